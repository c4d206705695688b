package io.github.doctor409.network;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * One local server standing in for all three Spotify services: each service has its own test host name
 * (resolved to 127.0.0.1 by {@link FakeDns}) and the server answers by the request's Host header.
 */
final class ServiceHosts extends Dispatcher {

    static final String ACCOUNTS = "accounts.spotify.test";
    static final String API = "api.spotify.test";
    static final String APRESOLVE = "apresolve.spotify.test";
    static final String DEALER = "dealer.spotify.test";
    static final String SPCLIENT = "spclient.spotify.test";

    static final String SERVER_DATE = "Tue, 24 Nov 2026 12:00:00 GMT";
    static final String APRESOLVE_JSON = """
            {"accesspoint":["ap-gew4.spotify.com:4070","ap-gew4.spotify.com:443","ap-gew4.spotify.com:80"],
             "dealer":["gew4-dealer.spotify.com:443"],
             "spclient":["gew4-spclient.spotify.com:443"]}""";

    private final Map<String, MockResponse> answers = new HashMap<>();

    /**
     * Answers as Spotify does: accounts 200, api 401 (no token), apresolve 200 with the three lists —
     * whose dealer and spclient entries point at this server ({@link #apresolveJson(int)}) — and 404 from
     * dealer and spclient for a plain GET.
     */
    static ServiceHosts answeringLikeSpotify() {
        return new ServiceHosts()
                .answer(ACCOUNTS, ok(200).body("<html>accounts</html>").build())
                .answer(API, ok(401).addHeader("Content-Type", "application/json")
                        .body("{\"error\":{\"status\":401,\"message\":\"No token provided\"}}").build())
                .answer(DEALER, ok(404).build())
                .answer(SPCLIENT, ok(404).build());
    }

    /** apresolve's answer with dealer and spclient on this server's port. */
    static String apresolveJson(int port) {
        return """
                {"accesspoint":["ap-gew4.spotify.com:4070","ap-gew4.spotify.com:443","ap-gew4.spotify.com:80"],
                 "dealer":["%s:%d"],"spclient":["%s:%d"]}""".formatted(DEALER, port, SPCLIENT, port);
    }

    /** A response builder with Spotify's Date header. */
    static MockResponse.Builder ok(int code) {
        return new MockResponse.Builder().code(code).addHeader("Date", SERVER_DATE);
    }

    ServiceHosts answer(String host, MockResponse response) {
        answers.put(host, response);
        return this;
    }

    static ServiceEndpoints endpoints(String scheme, int port) {
        return new ServiceEndpoints(URI.create(scheme + "://" + ACCOUNTS + ":" + port),
                URI.create(scheme + "://" + API + ":" + port), URI.create(scheme + "://" + APRESOLVE + ":" + port));
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        String host = request.getHeaders().get("Host");
        String name = host == null ? "" : host.replaceFirst(":\\d+$", "");
        MockResponse response = answers.get(name);
        if (response == null && name.equals(APRESOLVE)) {
            return ok(200).addHeader("Content-Type", "application/json").body(apresolveJson(request.getUrl().port())).build();
        }
        return response != null ? response : new MockResponse.Builder().code(421).build();
    }
}
