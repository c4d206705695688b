package io.github.doctor409.account;

import com.google.gson.JsonObject;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/** The Spotify Web API calls the account checks make. Outcomes are values, never exceptions. */
public final class WebApiClient {

    private final OkHttpClient http;
    private final HttpUrl meUrl;

    /** @param apiUrl the Web API's base, {@code https://api.spotify.com} unless configured otherwise */
    public WebApiClient(OkHttpClient http, URI apiUrl) {
        this.http = Objects.requireNonNull(http, "http");
        this.meUrl = HttpUrl.get(apiUrl.toString()).newBuilder().addPathSegments("v1/me").build();
    }

    /** The host the calls go to, for "waiting for …" descriptions. */
    public String host() {
        return meUrl.host();
    }

    /** {@code GET /v1/me} with the access token, finished within {@code timeout}. */
    public MeAnswer me(String accessToken, Duration timeout) {
        Request request = new Request.Builder()
                .url(meUrl)
                .header("Authorization", "Bearer " + accessToken)
                .header("Accept", "application/json")
                .get()
                .build();
        BoundedCall.Outcome outcome = BoundedCall.execute(http, request, timeout);
        if (outcome instanceof BoundedCall.NotAnswered notAnswered) {
            return new MeAnswer.Failed(notAnswered.failure());
        }
        BoundedCall.Answered answer = (BoundedCall.Answered) outcome;
        return switch (answer.status()) {
            case 200 -> profile(answer);
            case 401 -> new MeAnswer.Unauthorized();
            case 403 -> new MeAnswer.Forbidden();
            case 429 -> new MeAnswer.Failed(new CallFailure.RateLimited(answer.retryAfterSeconds()));
            default -> new MeAnswer.Failed(answer.isServerError()
                    ? new CallFailure.ServerError(answer.status())
                    : new CallFailure.UnexpectedStatus(answer.status()));
        };
    }

    private static MeAnswer profile(BoundedCall.Answered answer) {
        Optional<JsonObject> json = JsonObjects.parse(answer.body());
        if (json.isEmpty()) {
            return new MeAnswer.Failed(new CallFailure.MalformedAnswer(200, "is not a JSON object"));
        }
        Optional<String> id = JsonObjects.text(json.get(), "id");
        if (id.isEmpty()) {
            return new MeAnswer.Failed(new CallFailure.MalformedAnswer(200, "has no user id"));
        }
        return new MeAnswer.Ok(new UserProfile(id.get(), JsonObjects.text(json.get(), "product"),
                JsonObjects.text(json.get(), "country")));
    }
}
