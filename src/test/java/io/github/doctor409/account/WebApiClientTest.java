package io.github.doctor409.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WebApiClientTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);
    private static final String ACCESS = "AT-planted-access-77aa";

    private MockWebServer server;
    private WebApiClient client;

    @BeforeEach
    void startServer() throws IOException {
        server = LocalNetwork.startedServer();
        client = new WebApiClient(LocalNetwork.client(), LocalNetwork.baseOf(server));
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void okAnswerGivesTheProfileAndSendsTheBearerToken() throws InterruptedException {
        server.enqueue(json(200, """
                {"id": "user-1", "display_name": "Planted Name", "email": "planted@example.com",
                 "product": "premium", "country": "SE", "account_id": "aB3dE5fG7h", "type": "user"}"""));

        MeAnswer answer = client.me(ACCESS, TIMEOUT);

        assertThat(answer).isEqualTo(new MeAnswer.Ok(new UserProfile("user-1", Optional.of("premium"), Optional.of("SE"))));
        assertThat(answer.toString()).doesNotContain("Planted Name", "planted@example.com", "user-1");
        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getTarget()).isEqualTo("/v1/me");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + ACCESS);
    }

    @Test
    void profileWithoutProductLeavesItAbsent() {
        server.enqueue(json(200, "{\"id\": \"user-1\"}"));

        assertThat(client.me(ACCESS, TIMEOUT))
                .isEqualTo(new MeAnswer.Ok(new UserProfile("user-1", Optional.empty(), Optional.empty())));
    }

    @Test
    void status401IsUnauthorized() {
        server.enqueue(json(401, "{\"error\": {\"status\": 401, \"message\": \"The access token expired\"}}"));

        assertThat(client.me(ACCESS, TIMEOUT)).isEqualTo(new MeAnswer.Unauthorized());
    }

    @Test
    void status403IsForbidden() {
        server.enqueue(json(403, "{\"error\": {\"status\": 403, \"message\": \"the user may not be registered\"}}"));

        assertThat(client.me(ACCESS, TIMEOUT)).isEqualTo(new MeAnswer.Forbidden());
    }

    @Test
    void status429CarriesRetryAfterSeconds() {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "17")
                .body("{\"error\": {\"status\": 429, \"message\": \"API rate limit exceeded\"}}").build());

        assertThat(client.me(ACCESS, TIMEOUT))
                .isEqualTo(new MeAnswer.Failed(new CallFailure.RateLimited(OptionalLong.of(17))));
    }

    @Test
    void status429WithoutUsableRetryAfterHasNone() {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "soon").build());

        assertThat(client.me(ACCESS, TIMEOUT))
                .isEqualTo(new MeAnswer.Failed(new CallFailure.RateLimited(OptionalLong.empty())));
    }

    @Test
    void status5xxIsAServerError() {
        server.enqueue(new MockResponse.Builder().code(503).body("<html>Service Unavailable</html>").build());

        assertThat(client.me(ACCESS, TIMEOUT)).isEqualTo(new MeAnswer.Failed(new CallFailure.ServerError(503)));
    }

    @Test
    void anotherStatusIsUnexpected() {
        server.enqueue(new MockResponse.Builder().code(404).build());

        assertThat(client.me(ACCESS, TIMEOUT)).isEqualTo(new MeAnswer.Failed(new CallFailure.UnexpectedStatus(404)));
    }

    @Test
    void malformedJsonOn200IsMalformed() {
        server.enqueue(json(200, "{\"id\": \"user-1\", \"product\": "));

        assertThat(client.me(ACCESS, TIMEOUT)).isEqualTo(
                new MeAnswer.Failed(new CallFailure.MalformedAnswer(200, "is not a JSON object")));
    }

    @Test
    void jsonThatIsNotAUserIsMalformed() {
        server.enqueue(json(200, "[1, 2, 3]"));
        server.enqueue(json(200, "{\"id\": 42}"));

        assertThat(client.me(ACCESS, TIMEOUT)).isInstanceOf(MeAnswer.Failed.class);
        assertThat(client.me(ACCESS, TIMEOUT)).isEqualTo(
                new MeAnswer.Failed(new CallFailure.MalformedAnswer(200, "has no user id")));
    }

    @Test
    void aHugeBodyIsNotReadWhole() {
        String huge = "{\"id\": \"user-1\", \"pad\": \"" + "x".repeat((int) BoundedCall.MAX_BODY_BYTES) + "\"}";
        server.enqueue(json(200, huge));

        assertThat(client.me(ACCESS, TIMEOUT)).isEqualTo(
                new MeAnswer.Failed(new CallFailure.MalformedAnswer(200, "is larger than 256 KiB")));
    }

    @Test
    void aServerThatNeverAnswersTimesOutWithinTheTimeAllowed() throws IOException {
        try (ServerSocket silent = LocalNetwork.silentServer()) {
            WebApiClient hanging = new WebApiClient(LocalNetwork.client(), LocalNetwork.baseOf(silent));
            long started = System.nanoTime();

            MeAnswer answer = hanging.me(ACCESS, Duration.ofMillis(500));

            assertThat(answer).isEqualTo(new MeAnswer.Failed(
                    new CallFailure.NetworkFailure("timeout", "InterruptedIOException")));
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
        }
    }

    @Test
    void aClosedPortIsAConnectFailure() throws IOException {
        WebApiClient refused = new WebApiClient(LocalNetwork.client(), LocalNetwork.closedPort());

        assertThat(refused.me(ACCESS, TIMEOUT)).isInstanceOfSatisfying(MeAnswer.Failed.class, failed ->
                assertThat(failed.failure()).isInstanceOfSatisfying(CallFailure.NetworkFailure.class,
                        network -> assertThat(network.phase()).isEqualTo("connect")));
    }

    @Test
    void noTimeLeftMakesNoRequest() {
        assertThat(client.me(ACCESS, Duration.ZERO)).isEqualTo(new MeAnswer.Failed(new CallFailure.OutOfTime()));
        assertThat(server.getRequestCount()).isZero();
    }

    static MockResponse json(int status, String body) {
        return new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json").body(body).build();
    }
}
