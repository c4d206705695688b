package io.github.doctor409.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.time.Duration;
import javax.net.ssl.SSLSocketFactory;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.HttpUrl;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A stand-in for Spotify's accounts, Web API and apresolve services on one local port, answering as
 * SPOTIFY-FACTS §1–2 and the OpenAPI definition describe: {@code /v1/me} without a token is 401 with an
 * error body, a known bearer token gets a private user object, the token endpoint takes form-encoded
 * refresh grants, and {@code /?type=...} answers like apresolve — its access point, dealer and spclient
 * entries name this same server as {@code 127.0.0.1:port}, so nothing a check does leaves the machine.
 * Every answer carries a {@code Date} header, by the real clock shifted by {@link #clockSkew(Duration)}.
 *
 * <p>Sign-in: {@code GET /authorize} acts as a user who is logged in and consents at once — it checks
 * the client id, the redirect URI (a loopback literal, any port, path {@code /callback}; never
 * {@code localhost}), {@code response_type=code} and an S256 challenge, then redirects with a code and the
 * given state. The {@code authorization_code} grant checks the code (single use), the redirect URI (same
 * as at authorize), the client id and the verifier against the challenge. {@code GET /v1/me/player/devices}
 * needs the {@code user-read-playback-state} scope.
 */
public final class FakeSpotify implements AutoCloseable {

    private final MockWebServer server = new MockWebServer();
    private final Map<String, String> accessTokens = new ConcurrentHashMap<>();
    private final Map<String, String> refreshTokens = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> tokenScopes = new ConcurrentHashMap<>();
    private final Map<String, PendingCode> codes = new ConcurrentHashMap<>();
    private final List<String> devices = new CopyOnWriteArrayList<>();
    /** Every authorization code handed out and every code_verifier received, for tests that hunt for them in logs. */
    private final List<String> oauthSecretsSeen = new CopyOnWriteArrayList<>();
    private final AtomicInteger issued = new AtomicInteger();
    private final AtomicInteger codeExchanges = new AtomicInteger();
    private volatile String product = "premium";
    private volatile String clientId = "client-409";
    private volatile Set<String> grantedScopes = Set.of("user-read-private", "user-read-email", "user-read-playback-state");
    private volatile String authorizeError;
    private volatile int apiFailureStatus;
    private volatile String apiRetryAfter;
    private volatile Duration clockSkew = Duration.ZERO;

    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", java.util.Locale.US);

    private final boolean https;

    public FakeSpotify() throws IOException {
        this(null);
    }

    private FakeSpotify(SSLSocketFactory tls) throws IOException {
        https = tls != null;
        if (https) {
            server.useHttps(tls);
        }
        server.setDispatcher(new Routes());
        server.start();
    }

    /** The same stand-in behind TLS with the given server certificate (e.g. a self-signed one). */
    public static FakeSpotify overHttps(SSLSocketFactory tls) throws IOException {
        return new FakeSpotify(tls);
    }

    /** Base URL usable as accounts, API and apresolve address, without a trailing slash. */
    public String baseUrl() {
        return (https ? "https" : "http") + "://127.0.0.1:" + server.getPort();
    }

    public FakeSpotify acceptAccessToken(String token) {
        return acceptAccessToken(token, "user-read-private", "user-read-email", "user-read-playback-state");
    }

    public FakeSpotify acceptAccessToken(String token, String... scopes) {
        accessTokens.put(token, "user-1");
        tokenScopes.put(token, Set.of(scopes));
        return this;
    }

    public FakeSpotify acceptRefreshToken(String token) {
        refreshTokens.put(token, "user-1");
        return this;
    }

    /** The client id registered with this fake (default {@code client-409}). */
    public FakeSpotify clientId(String id) {
        clientId = id;
        return this;
    }

    /** The scopes the user grants at /authorize, whatever was asked for. */
    public FakeSpotify grantScopes(String... scopes) {
        grantedScopes = Set.of(scopes);
        return this;
    }

    /** /authorize redirects back with this OAuth error instead of a code, e.g. {@code access_denied}. */
    public FakeSpotify denyAuthorization(String error) {
        authorizeError = error;
        return this;
    }

    /** Every Web API call answers {@code status} (e.g. 503, or 429 with Retry-After); 0 ends that. */
    public FakeSpotify failApiCalls(int status, String retryAfter) {
        apiFailureStatus = status;
        apiRetryAfter = retryAfter;
        return this;
    }

    /** Adds a device to the user's device list. */
    public FakeSpotify device(String name, String type, boolean active) {
        devices.add("{\"id\":\"dev-" + devices.size() + "\",\"is_active\":" + active + ",\"is_private_session\":false,"
                + "\"is_restricted\":false,\"name\":\"" + name + "\",\"type\":\"" + type + "\",\"volume_percent\":50,"
                + "\"supports_volume\":true}");
        return this;
    }

    /** Access tokens handed out so far by either grant. */
    public Set<String> issuedAccessTokens() {
        return Set.copyOf(tokenScopes.keySet());
    }

    /** How many authorization-code grants were asked for, accepted or not. */
    /** The authorization codes issued and the code verifiers received so far. */
    public List<String> oauthSecretsSeen() {
        return List.copyOf(oauthSecretsSeen);
    }

    public int codeExchanges() {
        return codeExchanges.get();
    }

    public FakeSpotify product(String newProduct) {
        product = newProduct;
        return this;
    }

    /** Shifts the server's Date headers: positive means the server's clock is ahead of this machine's. */
    public FakeSpotify clockSkew(Duration skew) {
        clockSkew = skew;
        return this;
    }

    public int requestCount() {
        return server.getRequestCount();
    }

    @Override
    public void close() {
        server.close();
    }

    private final class Routes extends Dispatcher {
        @Override
        public MockResponse dispatch(RecordedRequest request) {
            MockResponse answer = route(request);
            return answer.newBuilder().setHeader("Date", HTTP_DATE.format(ZonedDateTime.now(ZoneOffset.UTC).plus(clockSkew)))
                    .build();
        }

        private MockResponse route(RecordedRequest request) {
            String path = request.getUrl().encodedPath();
            if ("/".equals(path) && request.getUrl().queryParameterValues("type").size() > 0) {
                String self = "\"127.0.0.1:" + server.getPort() + "\"";
                return json(200, "{\"accesspoint\":[" + self + "],\"dealer\":[" + self + "],\"spclient\":[" + self + "]}");
            }
            if ("/".equals(path)) {
                return new MockResponse.Builder().code(302).setHeader("Location", "/en/login").build();
            }
            if ("/authorize".equals(path) && "GET".equals(request.getMethod())) {
                return authorize(request.getUrl());
            }
            if (path.startsWith("/v1/") && apiFailureStatus != 0) {
                MockResponse.Builder failure = new MockResponse.Builder().code(apiFailureStatus)
                        .setHeader("Content-Type", "application/json; charset=utf-8")
                        .body("{\"error\":{\"status\":" + apiFailureStatus + ",\"message\":\"Service unavailable\"}}");
                if (apiRetryAfter != null) {
                    failure.setHeader("Retry-After", apiRetryAfter);
                }
                return failure.build();
            }
            if ("/v1/me".equals(path) && "GET".equals(request.getMethod())) {
                return me(request.getHeaders().get("Authorization"));
            }
            if ("/v1/me/player/devices".equals(path) && "GET".equals(request.getMethod())) {
                return devices(request.getHeaders().get("Authorization"));
            }
            if ("/api/token".equals(path) && "POST".equals(request.getMethod())) {
                return token(request.getBody() == null ? "" : request.getBody().utf8());
            }
            return json(404, "{\"error\":{\"status\":404,\"message\":\"Service not found\"}}");
        }

        private MockResponse me(String authorization) {
            if (authorization == null || !authorization.startsWith("Bearer ")) {
                return json(401, "{\"error\":{\"status\":401,\"message\":\"No token provided\"}}");
            }
            String user = accessTokens.get(authorization.substring("Bearer ".length()));
            if (user == null) {
                return json(401, "{\"error\":{\"status\":401,\"message\":\"Invalid access token\"}}");
            }
            return json(200, "{\"country\":\"SE\",\"display_name\":\"Test Listener\",\"email\":\"listener@example.com\","
                    + "\"explicit_content\":{\"filter_enabled\":false,\"filter_locked\":false},"
                    + "\"external_urls\":{\"spotify\":\"https://open.spotify.com/user/" + user + "\"},"
                    + "\"followers\":{\"href\":null,\"total\":0},\"href\":\"https://api.spotify.com/v1/users/" + user + "\","
                    + "\"id\":\"" + user + "\",\"images\":[],\"product\":\"" + product + "\",\"type\":\"user\","
                    + "\"uri\":\"spotify:user:" + user + "\"}");
        }

        private MockResponse authorize(HttpUrl url) {
            if (!clientId.equals(url.queryParameter("client_id"))) {
                return page(400, "INVALID_CLIENT: Invalid client");
            }
            String redirect = url.queryParameter("redirect_uri");
            if (!allowedRedirect(redirect)) {
                return page(400, "INVALID_CLIENT: Invalid redirect URI");
            }
            String state = url.queryParameter("state");
            if (!"code".equals(url.queryParameter("response_type"))) {
                return redirect(redirect, "error", "unsupported_response_type", state);
            }
            String challenge = url.queryParameter("code_challenge");
            if (!"S256".equals(url.queryParameter("code_challenge_method")) || challenge == null || challenge.isBlank()) {
                return redirect(redirect, "error", "invalid_request", state);
            }
            if (authorizeError != null) {
                return redirect(redirect, "error", authorizeError, state);
            }
            String code = "code-" + issued.incrementAndGet() + "-" + Long.toHexString(Double.doubleToLongBits(Math.random()));
            codes.put(code, new PendingCode(redirect, challenge, grantedScopes));
            oauthSecretsSeen.add(code);
            return redirect(redirect, "code", code, state);
        }

        private MockResponse devices(String authorization) {
            String token = authorization != null && authorization.startsWith("Bearer ")
                    ? authorization.substring("Bearer ".length()) : "";
            if (!accessTokens.containsKey(token)) {
                return json(401, "{\"error\":{\"status\":401,\"message\":\"Invalid access token\"}}");
            }
            if (!tokenScopes.getOrDefault(token, Set.of()).contains("user-read-playback-state")) {
                return json(403, "{\"error\":{\"status\":403,\"message\":\"Insufficient client scope\"}}");
            }
            return json(200, "{\"devices\":[" + String.join(",", devices) + "]}");
        }

        private MockResponse codeGrant(Map<String, String> form) {
            codeExchanges.incrementAndGet();
            if (!clientId.equals(form.get("client_id"))) {
                return json(400, "{\"error\":\"invalid_client\",\"error_description\":\"Invalid client\"}");
            }
            PendingCode pending = codes.remove(form.getOrDefault("code", ""));
            if (pending == null) {
                return json(400, "{\"error\":\"invalid_grant\",\"error_description\":\"Invalid authorization code\"}");
            }
            if (!pending.redirectUri().equals(form.get("redirect_uri"))) {
                return json(400, "{\"error\":\"invalid_grant\",\"error_description\":\"Invalid redirect URI\"}");
            }
            String verifier = form.getOrDefault("code_verifier", "");
            oauthSecretsSeen.add(verifier);
            if (!verifier.matches("[A-Za-z0-9._~-]{43,128}") || !challengeOf(verifier).equals(pending.challenge())) {
                return json(400, "{\"error\":\"invalid_grant\",\"error_description\":\"code_verifier was incorrect\"}");
            }
            int n = issued.incrementAndGet();
            String access = "granted-access-" + n;
            String refresh = "granted-refresh-" + n;
            accessTokens.put(access, "user-1");
            tokenScopes.put(access, pending.scopes());
            refreshTokens.put(refresh, "user-1");
            return json(200, "{\"access_token\":\"" + access + "\",\"token_type\":\"Bearer\",\"expires_in\":3600,"
                    + "\"refresh_token\":\"" + refresh + "\",\"scope\":\"" + String.join(" ", pending.scopes()) + "\"}");
        }

        private MockResponse token(String body) {
            Map<String, String> form = form(body);
            if ("authorization_code".equals(form.get("grant_type"))) {
                return codeGrant(form);
            }
            if (!"refresh_token".equals(form.get("grant_type"))) {
                return json(400, "{\"error\":\"unsupported_grant_type\",\"error_description\":\"grant_type not supported\"}");
            }
            if (form.get("client_id") == null) {
                return json(400, "{\"error\":\"invalid_client\",\"error_description\":\"Invalid client\"}");
            }
            String user = refreshTokens.get(form.getOrDefault("refresh_token", ""));
            if (user == null) {
                return json(400, "{\"error\":\"invalid_grant\",\"error_description\":\"Invalid refresh token\"}");
            }
            String access = "fresh-access-" + issued.incrementAndGet();
            accessTokens.put(access, user);
            tokenScopes.put(access, Set.of("user-read-private", "user-read-email", "user-read-playback-state"));
            return json(200, "{\"access_token\":\"" + access + "\",\"token_type\":\"Bearer\",\"expires_in\":3600,"
                    + "\"scope\":\"user-read-private user-read-email user-read-playback-state\"}");
        }
    }

    private record PendingCode(String redirectUri, String challenge, Set<String> scopes) {}

    /** Spotify accepts loopback IP literals with any port; {@code localhost} is refused (SPOTIFY-FACTS §1). */
    private static boolean allowedRedirect(String redirect) {
        if (redirect == null) {
            return false;
        }
        try {
            URI uri = new URI(redirect);
            return "http".equals(uri.getScheme()) && ("127.0.0.1".equals(uri.getHost()) || "[::1]".equals(uri.getHost()))
                    && "/callback".equals(uri.getPath()) && uri.getQuery() == null;
        } catch (Exception e) {
            return false;
        }
    }

    private static MockResponse redirect(String redirectUri, String key, String value, String state) {
        HttpUrl.Builder target = HttpUrl.get(redirectUri).newBuilder().addQueryParameter(key, value);
        if (state != null) {
            target.addQueryParameter("state", state);
        }
        return new MockResponse.Builder().code(302).setHeader("Location", target.build().toString()).build();
    }

    private static MockResponse page(int code, String text) {
        return new MockResponse.Builder().code(code).setHeader("Content-Type", "text/html; charset=utf-8")
                .body("<!doctype html><title>Error</title><p>" + text + "</p>").build();
    }

    /** base64url(SHA-256(verifier)), computed here independently of the app's code. */
    public static String challengeOf(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json; charset=utf-8")
                .body(body).build();
    }
}
