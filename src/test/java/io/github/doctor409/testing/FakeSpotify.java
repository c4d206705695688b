package io.github.doctor409.testing;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import javax.net.ssl.SSLSocketFactory;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
 */
public final class FakeSpotify implements AutoCloseable {

    private final MockWebServer server = new MockWebServer();
    private final Map<String, String> accessTokens = new ConcurrentHashMap<>();
    private final Map<String, String> refreshTokens = new ConcurrentHashMap<>();
    private volatile String product = "premium";
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
        accessTokens.put(token, "user-1");
        return this;
    }

    public FakeSpotify acceptRefreshToken(String token) {
        refreshTokens.put(token, "user-1");
        return this;
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
            if ("/v1/me".equals(path) && "GET".equals(request.getMethod())) {
                return me(request.getHeaders().get("Authorization"));
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

        private MockResponse token(String body) {
            Map<String, String> form = form(body);
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
            String access = "fresh-access-" + accessTokens.size();
            accessTokens.put(access, user);
            return json(200, "{\"access_token\":\"" + access + "\",\"token_type\":\"Bearer\",\"expires_in\":3600,"
                    + "\"scope\":\"user-read-private user-read-email user-read-playback-state\"}");
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
