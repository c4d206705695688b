package io.github.doctor409.account;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/** The Spotify Web API calls the account checks make. Outcomes are values, never exceptions. */
public final class WebApiClient {

    private final OkHttpClient http;
    private final HttpUrl meUrl;
    private final HttpUrl devicesUrl;

    /** @param apiUrl the Web API's base, {@code https://api.spotify.com} unless configured otherwise */
    public WebApiClient(OkHttpClient http, URI apiUrl) {
        this.http = Objects.requireNonNull(http, "http");
        this.meUrl = HttpUrl.get(apiUrl.toString()).newBuilder().addPathSegments("v1/me").build();
        this.devicesUrl = meUrl.newBuilder().addPathSegments("player/devices").build();
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

    /** {@code GET /v1/me/player/devices} (scope user-read-playback-state), finished within {@code timeout}. */
    public DevicesAnswer devices(String accessToken, Duration timeout) {
        BoundedCall.Outcome outcome = BoundedCall.execute(http, get(devicesUrl, accessToken), timeout);
        if (outcome instanceof BoundedCall.NotAnswered notAnswered) {
            return new DevicesAnswer.Failed(notAnswered.failure());
        }
        BoundedCall.Answered answer = (BoundedCall.Answered) outcome;
        return switch (answer.status()) {
            case 200 -> deviceList(answer.body());
            case 401 -> new DevicesAnswer.Unauthorized();
            case 403 -> new DevicesAnswer.Forbidden();
            case 429 -> new DevicesAnswer.Failed(new CallFailure.RateLimited(answer.retryAfterSeconds()));
            default -> new DevicesAnswer.Failed(answer.isServerError()
                    ? new CallFailure.ServerError(answer.status())
                    : new CallFailure.UnexpectedStatus(answer.status()));
        };
    }

    /**
     * Display name and plan for the window's header; empty when {@code /v1/me} does not answer 200.
     * The display name goes nowhere else.
     */
    public Optional<AccountSummary> summary(String accessToken, Duration timeout) {
        BoundedCall.Outcome outcome = BoundedCall.execute(http, get(meUrl, accessToken), timeout);
        if (!(outcome instanceof BoundedCall.Answered answer) || answer.status() != 200) {
            return Optional.empty();
        }
        return JsonObjects.parse(answer.body()).map(json -> new AccountSummary(
                JsonObjects.text(json, "display_name"), JsonObjects.text(json, "product")));
    }

    private static Request get(HttpUrl url, String accessToken) {
        return new Request.Builder()
                .url(url)
                .header("Authorization", "Bearer " + accessToken)
                .header("Accept", "application/json")
                .get()
                .build();
    }

    private static DevicesAnswer deviceList(String body) {
        Optional<JsonObject> json = JsonObjects.parse(body);
        JsonElement list = json.map(j -> j.get("devices")).orElse(null);
        if (list == null || !list.isJsonArray()) {
            return new DevicesAnswer.Failed(new CallFailure.MalformedAnswer(200, "has no device list"));
        }
        List<DevicesAnswer.Device> devices = new ArrayList<>();
        for (JsonElement element : list.getAsJsonArray()) {
            if (!element.isJsonObject()) {
                return new DevicesAnswer.Failed(new CallFailure.MalformedAnswer(200, "has a device that is not an object"));
            }
            JsonObject device = element.getAsJsonObject();
            String type = JsonObjects.text(device, "type").filter(t -> t.matches("[A-Za-z_ -]{1,30}")).orElse("unknown");
            devices.add(new DevicesAnswer.Device(type.toLowerCase(java.util.Locale.ROOT), flag(device, "is_active"),
                    flag(device, "is_restricted")));
        }
        return new DevicesAnswer.Ok(devices);
    }

    private static boolean flag(JsonObject json, String key) {
        JsonElement value = json.get(key);
        return value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isBoolean() && value.getAsBoolean();
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
