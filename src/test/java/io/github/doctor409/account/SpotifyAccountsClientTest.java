package io.github.doctor409.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SpotifyAccountsClientTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);
    private static final String REFRESH = "RT-planted-refresh-31c8";

    private MockWebServer server;
    private SpotifyAccountsClient client;

    @BeforeEach
    void startServer() throws IOException {
        server = LocalNetwork.startedServer();
        client = new SpotifyAccountsClient(LocalNetwork.client(), LocalNetwork.baseOf(server));
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void refreshPostsTheFormTheDocsDescribeWithoutAClientSecret() throws InterruptedException {
        server.enqueue(WebApiClientTest.json(200, """
                {"access_token": "AT-new", "token_type": "Bearer", "scope": "user-read-private user-read-email",
                 "expires_in": 3600, "refresh_token": "RT-new"}"""));

        client.refresh("client-409", REFRESH, TIMEOUT);

        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getTarget()).isEqualTo("/api/token");
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/x-www-form-urlencoded");
        assertThat(request.getHeaders().get("Authorization")).isNull();
        assertThat(LocalNetwork.form(request.getBody().utf8())).isEqualTo(Map.of(
                "grant_type", "refresh_token", "refresh_token", REFRESH, "client_id", "client-409"));
    }

    @Test
    void grantedAnswerCarriesTokensScopesAndLifetime() {
        server.enqueue(WebApiClientTest.json(200, """
                {"access_token": "AT-new", "token_type": "Bearer", "scope": "user-read-private user-read-email",
                 "expires_in": 3600, "refresh_token": "RT-new"}"""));

        assertThat(client.refresh("client-409", REFRESH, TIMEOUT)).isEqualTo(new RefreshAnswer.Granted(
                new TokenGrant("AT-new", Optional.of("RT-new"), Duration.ofHours(1),
                        Optional.of(Set.of("user-read-private", "user-read-email")))));
    }

    @Test
    void answerWithoutRefreshTokenOrScopeLeavesThemAbsent() {
        server.enqueue(WebApiClientTest.json(200, "{\"access_token\": \"AT-new\", \"token_type\": \"Bearer\", \"expires_in\": 1800}"));

        assertThat(client.refresh("client-409", REFRESH, TIMEOUT)).isEqualTo(new RefreshAnswer.Granted(
                new TokenGrant("AT-new", Optional.empty(), Duration.ofMinutes(30), Optional.empty())));
    }

    @Test
    void invalidGrantMeansTheSessionIsOver() {
        server.enqueue(WebApiClientTest.json(400, "{\"error\": \"invalid_grant\", \"error_description\": \"Refresh token revoked\"}"));

        assertThat(client.refresh("client-409", REFRESH, TIMEOUT)).isEqualTo(new RefreshAnswer.InvalidGrant());
    }

    @Test
    void theErrorCodeDecidesNotTheMessageText() {
        server.enqueue(WebApiClientTest.json(400, "{\"error\": \"invalid_client\", \"error_description\": \"Invalid refresh token\"}"));

        assertThat(client.refresh("client-409", REFRESH, TIMEOUT)).isEqualTo(new RefreshAnswer.Refused(400, "invalid_client"));
    }

    @Test
    void anOddErrorCodeIsNotPassedOn() {
        server.enqueue(WebApiClientTest.json(400, "{\"error\": \"<script>alert(1)</script>\"}"));

        assertThat(client.refresh("client-409", REFRESH, TIMEOUT)).isEqualTo(new RefreshAnswer.Refused(400, "unrecognised_error"));
    }

    @Test
    void status429IsRateLimitedWithRetryAfter() {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "7").build());

        assertThat(client.refresh("client-409", REFRESH, TIMEOUT))
                .isEqualTo(new RefreshAnswer.Failed(new CallFailure.RateLimited(OptionalLong.of(7))));
    }

    @Test
    void status5xxIsAServerErrorNotAnEndedSession() {
        server.enqueue(WebApiClientTest.json(502, "{\"error\": \"invalid_grant\"}"));

        assertThat(client.refresh("client-409", REFRESH, TIMEOUT))
                .isEqualTo(new RefreshAnswer.Failed(new CallFailure.ServerError(502)));
    }

    @Test
    void status400WithoutAnErrorCodeIsMalformed() {
        server.enqueue(new MockResponse.Builder().code(400).body("<html>Bad Request</html>").build());

        assertThat(client.refresh("client-409", REFRESH, TIMEOUT))
                .isEqualTo(new RefreshAnswer.Failed(new CallFailure.MalformedAnswer(400, "has no OAuth error code")));
    }

    @Test
    void grantsSpotifyWouldNeverSendAreMalformed() {
        server.enqueue(WebApiClientTest.json(200, "{\"token_type\": \"Bearer\", \"expires_in\": 3600}"));
        server.enqueue(WebApiClientTest.json(200, "{\"access_token\": \"AT\", \"token_type\": \"mac\"}"));
        server.enqueue(WebApiClientTest.json(200, "{\"access_token\": \"AT\", \"expires_in\": -5}"));
        server.enqueue(WebApiClientTest.json(200, "{\"access_token\": \"AT\", "));

        assertThat(client.refresh("c", REFRESH, TIMEOUT)).isEqualTo(malformed("has no access token"));
        assertThat(client.refresh("c", REFRESH, TIMEOUT)).isEqualTo(malformed("has a token type other than Bearer"));
        assertThat(client.refresh("c", REFRESH, TIMEOUT))
                .isEqualTo(malformed("has an expiry that is not a positive number of seconds"));
        assertThat(client.refresh("c", REFRESH, TIMEOUT)).isEqualTo(malformed("is not a JSON object"));
    }

    @Test
    void aClosedPortIsAConnectFailure() throws IOException {
        SpotifyAccountsClient refused = new SpotifyAccountsClient(LocalNetwork.client(), LocalNetwork.closedPort());

        assertThat(refused.refresh("c", REFRESH, TIMEOUT)).isInstanceOfSatisfying(RefreshAnswer.Failed.class, failed ->
                assertThat(failed.failure()).isInstanceOfSatisfying(CallFailure.NetworkFailure.class,
                        network -> assertThat(network.phase()).isEqualTo("connect")));
    }

    private static RefreshAnswer malformed(String reason) {
        return new RefreshAnswer.Failed(new CallFailure.MalformedAnswer(200, reason));
    }
}
