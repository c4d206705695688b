package io.github.doctor409.network;

import static io.github.doctor409.network.ServiceHosts.ACCOUNTS;
import static io.github.doctor409.network.ServiceHosts.API;
import static io.github.doctor409.network.ServiceHosts.APRESOLVE;
import static io.github.doctor409.network.ServiceHosts.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.doctor409.core.CheckResult;
import io.github.doctor409.core.FakeCheckContext;
import io.github.doctor409.core.Status;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The services answer; what each answer means. */
class ServicesCheckAnswersTest {

    private static final Instant NOW = Instant.parse("2026-11-24T12:00:03Z");

    private final MockWebServer server = new MockWebServer();
    private final FakeDns dns = new FakeDns();
    private OkHttpClient client;

    @BeforeEach
    void startServer() throws Exception {
        server.start(InetAddress.getByName("127.0.0.1"), 0);
        client = new OkHttpClient.Builder().dns(dns).followRedirects(false).followSslRedirects(false)
                .retryOnConnectionFailure(false).build();
    }

    @AfterEach
    void stopServer() {
        dns.release();
        client.dispatcher().cancelAll();
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
        server.close();
    }

    @Test
    void servicesAnsweringLikeSpotifyPass() throws Exception {
        server.setDispatcher(ServiceHosts.answeringLikeSpotify());

        CheckResult result = run();

        assertThat(result.status()).isEqualTo(Status.PASS);
        assertThat(result.summary()).isEqualTo("Spotify's services answer from this computer.");
        assertThat(result.fixes()).isEmpty();
        assertThat(endpoint(result, "accounts")).containsEntry("reachable", true).containsEntry("httpStatus", 200);
        assertThat(endpoint(result, "api")).containsEntry("reachable", true).containsEntry("httpStatus", 401)
                .containsEntry("url", "http://" + API + ":" + server.getPort() + "/v1/me");
        assertThat(endpoint(result, "dealer")).containsEntry("reachable", true).containsEntry("httpStatus", 404)
                .containsEntry("url", "http://" + ServiceHosts.DEALER + ":" + server.getPort() + "/");
        assertThat(endpoint(result, "spclient")).containsEntry("reachable", true);
        @SuppressWarnings("unchecked")
        Map<String, Object> latency = (Map<String, Object>) endpoint(result, "api").get("latencyMs");
        assertThat(latency).containsKeys("best", "median");
        assertThat((List<?>) latency.get("tries")).hasSize(3);
        assertThat(result.details()).anyMatch(line -> line.startsWith("api: GET http://" + API));
    }

    @Test
    void apiProbeAsksForTheCurrentUserWithoutAToken() throws Exception {
        server.setDispatcher(ServiceHosts.answeringLikeSpotify());

        run();

        Map<String, RecordedRequest> requests = takeThreeRequests();
        RecordedRequest api = requests.get(API);
        assertThat(api.getMethod()).isEqualTo("GET");
        assertThat(api.getUrl().encodedPath()).isEqualTo("/v1/me");
        assertThat(api.getHeaders().get("Authorization")).isNull();
        assertThat(requests.get(ACCOUNTS).getUrl().encodedPath()).isEqualTo("/");
        assertThat(requests.get(APRESOLVE).getUrl().encodedPath()).isEqualTo("/");
        assertThat(requests.get(APRESOLVE).getUrl().queryParameterValues("type"))
                .containsExactly("accesspoint", "dealer", "spclient");
    }

    @Test
    void apresolveListsAndServerDatesAreKeptForLaterChecks() throws Exception {
        server.setDispatcher(ServiceHosts.answeringLikeSpotify());

        CheckResult result = run();

        Map<String, Object> apresolve = endpoint(result, "apresolve");
        assertThat(apresolve.get("accesspoint"))
                .isEqualTo(List.of("ap-gew4.spotify.com:4070", "ap-gew4.spotify.com:443", "ap-gew4.spotify.com:80"));
        assertThat(apresolve.get("dealer")).isEqualTo(List.of(ServiceHosts.DEALER + ":" + server.getPort()));
        assertThat(apresolve.get("spclient")).isEqualTo(List.of(ServiceHosts.SPCLIENT + ":" + server.getPort()));
        for (String name : List.of("accounts", "api", "apresolve")) {
            assertThat(endpoint(result, name))
                    .containsEntry("serverDate", "2026-11-24T12:00:00Z")
                    .containsEntry("receivedAt", NOW.toString());
        }
    }

    @Test
    void accountsRedirectCountsAsReachableAndIsNotFollowed() throws Exception {
        server.setDispatcher(ServiceHosts.answeringLikeSpotify()
                .answer(ACCOUNTS, ok(302).addHeader("Location", "http://" + ACCOUNTS + ":" + server.getPort() + "/login").build()));

        CheckResult result = run();

        assertThat(result.status()).isEqualTo(Status.PASS);
        assertThat(endpoint(result, "accounts")).containsEntry("httpStatus", 302);
        for (RecordedRequest request = server.takeRequest(200, TimeUnit.MILLISECONDS); request != null;
                request = server.takeRequest(200, TimeUnit.MILLISECONDS)) {
            assertThat(request.getUrl().encodedPath()).isNotEqualTo("/login");
        }
    }

    @Test
    void apiAnswering403InsteadOf401Warns() throws Exception {
        server.setDispatcher(ServiceHosts.answeringLikeSpotify()
                .answer(API, ok(403).body("{\"error\":{\"status\":403,\"message\":\"Forbidden\"}}").build()));

        CheckResult result = run();

        assertThat(result.status()).isEqualTo(Status.WARN);
        assertThat(result.summary()).contains(API + " answered 403 where 401 was expected");
        assertThat(endpoint(result, "api")).containsEntry("reachable", true).containsEntry("httpStatus", 403);
        assertThat(result.fixes()).containsExactly("fix.network-help");
    }

    @Test
    void rateLimitIsUnknownWithRetryAfter() throws Exception {
        server.setDispatcher(ServiceHosts.answeringLikeSpotify()
                .answer(API, ok(429).addHeader("Retry-After", "30").build()));

        CheckResult result = run();

        assertThat(result.status()).isEqualTo(Status.UNKNOWN);
        assertThat(result.summary()).contains("could not be fully verified").contains(API).contains("30 s");
        assertThat(endpoint(result, "api")).containsEntry("httpStatus", 429).containsEntry("retryAfterSeconds", 30L);
        assertThat(result.details()).contains("api: Retry-After: 30");
        assertThat(result.fixes()).containsExactly("fix.retry", "fix.network-help");
    }

    @Test
    void serverErrorIsUnknownOnSpotifysSide() throws Exception {
        server.setDispatcher(ServiceHosts.answeringLikeSpotify().answer(APRESOLVE, ok(503).build()));

        CheckResult result = run();

        assertThat(result.status()).isEqualTo(Status.UNKNOWN);
        assertThat(result.summary()).contains(APRESOLVE + " had a problem on Spotify's side (503)");
        assertThat(endpoint(result, "apresolve")).containsEntry("reachable", true).containsEntry("httpStatus", 503)
                .doesNotContainKey("accesspoint");
    }

    @Test
    void malformedApresolveJsonWarns() throws Exception {
        server.setDispatcher(ServiceHosts.answeringLikeSpotify()
                .answer(APRESOLVE, ok(200).body("{\"accesspoint\": [\"ap.spotify.com:443\"").build()));

        CheckResult result = run();

        assertThat(result.status()).isEqualTo(Status.WARN);
        assertThat(result.summary()).contains(APRESOLVE + " answered, but its list of Spotify servers could not be read");
        assertThat(result.details()).contains("apresolve: the answer is not valid JSON");
        assertThat(endpoint(result, "apresolve")).doesNotContainKey("accesspoint");
    }

    @Test
    void apresolveAnswerMissingListsWarnsNamingThem() throws Exception {
        server.setDispatcher(ServiceHosts.answeringLikeSpotify()
                .answer(APRESOLVE, ok(200).body("{\"accesspoint\":[\"ap.spotify.com:443\"],\"dealer\":[]}").build()));

        CheckResult result = run();

        assertThat(result.status()).isEqualTo(Status.WARN);
        assertThat(result.details()).contains("apresolve: no usable dealer, spclient list in the answer");
    }

    @Test
    void hugeApresolveAnswerIsNotReadIntoMemory() throws Exception {
        String huge = "{\"accesspoint\":[\"" + "a".repeat(2 * 1024 * 1024) + "\"]}";
        server.setDispatcher(ServiceHosts.answeringLikeSpotify().answer(APRESOLVE, ok(200).body(huge).build()));

        CheckResult result = run();

        assertThat(result.status()).isEqualTo(Status.WARN);
        assertThat(result.details()).contains("apresolve: the answer is larger than 64 KiB");
    }

    @Test
    void slowDripAnswerEndsBeforeTheDeadline() throws Exception {
        server.setDispatcher(ServiceHosts.answeringLikeSpotify().answer(APRESOLVE, ok(200)
                .body(ServiceHosts.APRESOLVE_JSON).throttleBody(1, 1, TimeUnit.SECONDS).build()));
        FakeCheckContext context = FakeCheckContext.withDeadline(Duration.ofMillis(1500));

        CheckResult result = check().run(context);

        assertThat(Instant.now()).isBefore(context.deadline());
        assertThat(result.status()).isEqualTo(Status.WARN);
        assertThat(endpoint(result, "apresolve")).containsEntry("httpStatus", 200);
        assertThat(result.details()).anyMatch(line -> line.startsWith("apresolve: the answer broke off"));
    }

    private CheckResult run() throws Exception {
        return check().run(FakeCheckContext.withDeadline(Duration.ofSeconds(5)));
    }

    private ServicesCheck check() {
        return new ServicesCheck(client, ServiceHosts.endpoints("http", server.getPort()), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    /** The first request to each host. */
    private Map<String, RecordedRequest> takeThreeRequests() throws InterruptedException {
        Map<String, RecordedRequest> byHost = new HashMap<>();
        for (RecordedRequest request = server.takeRequest(1, TimeUnit.SECONDS); request != null;
                request = server.takeRequest(200, TimeUnit.MILLISECONDS)) {
            byHost.putIfAbsent(request.getHeaders().get("Host").replaceFirst(":\\d+$", ""), request);
        }
        return byHost;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> endpoint(CheckResult result, String name) {
        assertThat(result.evidence()).containsKey(name);
        return (Map<String, Object>) result.evidence().get(name);
    }
}
