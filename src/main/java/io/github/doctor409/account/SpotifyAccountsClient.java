package io.github.doctor409.account;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * Spotify's accounts service: the token endpoint ({@code POST /api/token}, form-encoded, no client
 * secret — SPOTIFY-FACTS §1). Outcomes are values, never exceptions.
 */
public final class SpotifyAccountsClient {

    /** Spotify's documented access-token lifetime, assumed when an answer leaves {@code expires_in} out. */
    static final Duration DEFAULT_LIFETIME = Duration.ofHours(1);

    private final OkHttpClient http;
    private final HttpUrl tokenUrl;

    /** @param accountsUrl the accounts service's base, {@code https://accounts.spotify.com} unless configured otherwise */
    public SpotifyAccountsClient(OkHttpClient http, URI accountsUrl) {
        this(http, HttpUrl.get(accountsUrl.toString()).newBuilder().addPathSegments("api/token").build());
    }

    private SpotifyAccountsClient(OkHttpClient http, HttpUrl tokenUrl) {
        this.http = Objects.requireNonNull(http, "http");
        this.tokenUrl = Objects.requireNonNull(tokenUrl, "tokenUrl");
    }

    /** A client whose token endpoint is exactly {@code tokenUrl}, e.g. another OAuth server's {@code /default/token}. */
    public static SpotifyAccountsClient withTokenUrl(OkHttpClient http, URI tokenUrl) {
        return new SpotifyAccountsClient(http, HttpUrl.get(tokenUrl.toString()));
    }

    /** The host the calls go to, for "waiting for …" descriptions. */
    public String host() {
        return tokenUrl.host();
    }

    /** The refresh grant, finished within {@code timeout}. */
    public RefreshAnswer refresh(String clientId, String refreshToken, Duration timeout) {
        FormBody form = new FormBody.Builder()
                .add("grant_type", "refresh_token")
                .add("refresh_token", refreshToken)
                .add("client_id", clientId)
                .build();
        return post(form, timeout);
    }

    /**
     * The authorization-code grant of PKCE (SPOTIFY-FACTS §1): {@code code}, the same {@code redirect_uri}
     * as the authorize request, {@code client_id} and {@code code_verifier}; no client secret.
     */
    public RefreshAnswer exchangeCode(String clientId, String code, URI redirectUri, String codeVerifier,
                                      Duration timeout) {
        FormBody form = new FormBody.Builder()
                .add("grant_type", "authorization_code")
                .add("code", code)
                .add("redirect_uri", redirectUri.toString())
                .add("client_id", clientId)
                .add("code_verifier", codeVerifier)
                .build();
        return post(form, timeout);
    }

    private RefreshAnswer post(FormBody form, Duration timeout) {
        Request request = new Request.Builder()
                .url(tokenUrl)
                .header("Accept", "application/json")
                .post(form)
                .build();
        BoundedCall.Outcome outcome = BoundedCall.execute(http, request, timeout);
        if (outcome instanceof BoundedCall.NotAnswered notAnswered) {
            return new RefreshAnswer.Failed(notAnswered.failure());
        }
        BoundedCall.Answered answer = (BoundedCall.Answered) outcome;
        if (answer.status() == 200) {
            return grant(answer.body());
        }
        if (answer.status() == 429) {
            return new RefreshAnswer.Failed(new CallFailure.RateLimited(answer.retryAfterSeconds()));
        }
        if (answer.isServerError()) {
            return new RefreshAnswer.Failed(new CallFailure.ServerError(answer.status()));
        }
        return oauthError(answer);
    }

    /** Token answer: access_token, token_type "Bearer", scope (space-separated), expires_in, refresh_token. */
    static RefreshAnswer grant(String body) {
        Optional<JsonObject> json = JsonObjects.parse(body);
        if (json.isEmpty()) {
            return malformed(200, "is not a JSON object");
        }
        Optional<String> accessToken = JsonObjects.text(json.get(), "access_token");
        if (accessToken.isEmpty()) {
            return malformed(200, "has no access token");
        }
        Optional<String> tokenType = JsonObjects.text(json.get(), "token_type");
        if (tokenType.isPresent() && !tokenType.get().equalsIgnoreCase("Bearer")) {
            return malformed(200, "has a token type other than Bearer");
        }
        Optional<Duration> expiresIn = expiresIn(json.get().get("expires_in"));
        if (expiresIn.isEmpty()) {
            return malformed(200, "has an expiry that is not a positive number of seconds");
        }
        JsonElement scope = json.get().get("scope");
        Optional<Set<String>> scopes = scope != null && scope.isJsonPrimitive() && scope.getAsJsonPrimitive().isString()
                ? Optional.of(scopes(scope.getAsString()))
                : Optional.empty();
        return new RefreshAnswer.Granted(new TokenGrant(accessToken.get(),
                JsonObjects.text(json.get(), "refresh_token"), expiresIn.get(), scopes));
    }

    private static Optional<Duration> expiresIn(JsonElement value) {
        if (value == null || value.isJsonNull()) {
            return Optional.of(DEFAULT_LIFETIME);
        }
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
            return Optional.empty();
        }
        double seconds = value.getAsDouble();
        if (!(seconds > 0) || seconds > Duration.ofDays(366).toSeconds()) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofSeconds((long) seconds));
    }

    private static Set<String> scopes(String spaceSeparated) {
        return Arrays.stream(spaceSeparated.trim().split("\\s+")).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }

    /** Error body {@code {"error": "invalid_grant", "error_description": "…"}}; only the code is used. */
    private static RefreshAnswer oauthError(BoundedCall.Answered answer) {
        Optional<String> error = JsonObjects.parse(answer.body()).flatMap(json -> JsonObjects.text(json, "error"));
        if (error.isEmpty()) {
            return answer.status() >= 400 && answer.status() < 500
                    ? malformed(answer.status(), "has no OAuth error code")
                    : new RefreshAnswer.Failed(new CallFailure.UnexpectedStatus(answer.status()));
        }
        if (error.get().equals("invalid_grant")) {
            return new RefreshAnswer.InvalidGrant();
        }
        String code = error.get().matches("[a-z_]{1,40}") ? error.get() : "unrecognised_error";
        return new RefreshAnswer.Refused(answer.status(), code);
    }

    private static RefreshAnswer malformed(int status, String reason) {
        return new RefreshAnswer.Failed(new CallFailure.MalformedAnswer(status, reason));
    }
}
