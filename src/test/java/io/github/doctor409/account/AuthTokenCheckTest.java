package io.github.doctor409.account;

import static io.github.doctor409.account.WebApiClientTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.doctor409.core.CheckResult;
import io.github.doctor409.core.FakeCheckContext;
import io.github.doctor409.core.MutableClock;
import io.github.doctor409.core.Status;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuthTokenCheckTest {

    private static final String ACCESS = "AT-planted-access-4d2e";
    private static final String REFRESH = "RT-planted-refresh-9b71";
    private static final String NEW_ACCESS = "AT-planted-renewed-c05f";
    private static final String EMAIL = "planted.listener@example.com";
    private static final String NAME = "Planted Display Name";
    private static final String USER_ID = "planted-user-id-31337";
    private static final String CLIENT_ID = "client-409";
    private static final List<String> SECRETS = List.of(ACCESS, REFRESH, NEW_ACCESS, EMAIL, NAME, USER_ID);

    private static final String PROFILE = """
            {"id": "%s", "display_name": "%s", "email": "%s", "product": "premium", "country": "SE", "type": "user"}"""
            .formatted(USER_ID, NAME, EMAIL);
    private static final String GRANT_WITHOUT_REFRESH_TOKEN = """
            {"access_token": "%s", "token_type": "Bearer", "expires_in": 3600,
             "scope": "user-read-private user-read-email"}""".formatted(NEW_ACCESS);

    @TempDir
    Path configDir;

    private final MutableClock clock = MutableClock.atEpochDay();
    private MockWebServer server;
    private FileTokenStore store;

    @BeforeEach
    void startServer() throws IOException {
        server = LocalNetwork.startedServer();
        store = new FileTokenStore(configDir, clock);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void noStoredSessionWarnsNotSignedInAndOffersSignIn() {
        CheckResult result = run(check());

        assertThat(result.status()).isEqualTo(Status.WARN);
        assertThat(result.summary()).isEqualTo("Not signed in.");
        assertThat(result.fixes()).containsExactly("fix.sign-in");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void withoutAClientIdTheSignInCardExplainsHowToRegisterAnAppAndOffersNoSignIn() {
        CheckResult result = run(check(LocalNetwork.baseOf(server), Optional.empty()));

        assertThat(result.status()).isEqualTo(Status.WARN);
        assertThat(result.summary()).contains("needs a Spotify app id");
        assertThat(String.join("\n", result.details())).contains("https://developer.spotify.com/dashboard")
                .contains("http://127.0.0.1/callback (no port)").contains("DOCTOR409_CLIENT_ID");
        assertThat(result.fixes()).isEmpty();
        assertThat(result.evidence()).containsEntry("clientId", "missing");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void unreadableStoredSessionWarnsThatItWasSetAside() throws IOException {
        Files.writeString(configDir.resolve(FileTokenStore.FILE_NAME), "{\"accessToken\": \"" + ACCESS);

        CheckResult result = run(check());

        assertThat(result.status()).isEqualTo(Status.WARN);
        assertThat(result.summary()).contains("could not be read", "set aside");
        assertThat(result.evidence()).containsEntry("setAsideAs", "session.json.corrupt-20261124T120000Z");
        assertThat(result.fixes()).containsExactly("fix.sign-in");
        assertNoSecrets(result);
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void workingTokenPassesWithProductScopesAndExpiryButNoPersonalData() throws Exception {
        storeSession(ACCESS, Optional.of(REFRESH), clock.instant().plusSeconds(1800));
        server.enqueue(json(200, PROFILE));

        CheckResult result = run(check());

        assertThat(result.status()).isEqualTo(Status.PASS);
        assertThat(result.summary()).isEqualTo("Your sign-in works.");
        assertThat(result.evidence())
                .containsEntry("product", "premium")
                .containsEntry("scopes", List.of("user-read-email", "user-read-private"))
                .containsEntry("expiresInSeconds", 1800L)
                .containsEntry("refreshed", false);
        assertNoSecrets(result);
        RecordedRequest request = server.takeRequest();
        assertThat(request.getTarget()).isEqualTo("/v1/me");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + ACCESS);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void unauthorizedWithoutARefreshTokenFailsAndOffersSignIn() {
        storeSession(ACCESS, Optional.empty(), clock.instant().plusSeconds(1800));
        server.enqueue(json(401, "{\"error\": {\"status\": 401, \"message\": \"Invalid access token\"}}"));

        CheckResult result = run(check());

        assertThat(result.status()).isEqualTo(Status.FAIL);
        assertThat(result.summary()).contains("no longer accepts your sign-in");
        assertThat(result.fixes()).containsExactly("fix.sign-in");
        assertThat(result.evidence()).containsEntry("httpStatus", 401);
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertNoSecrets(result);
    }

    @Test
    void unauthorizedIsRenewedOnceAndAskedAgain() throws Exception {
        storeSession(ACCESS, Optional.of(REFRESH), clock.instant().plusSeconds(1800));
        server.enqueue(json(401, "{\"error\": {\"status\": 401, \"message\": \"The access token expired\"}}"));
        server.enqueue(json(200, GRANT_WITHOUT_REFRESH_TOKEN));
        server.enqueue(json(200, PROFILE));

        CheckResult result = run(check());

        assertThat(result.status()).isEqualTo(Status.PASS);
        assertThat(result.evidence()).containsEntry("refreshed", true);
        assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer " + ACCESS);
        assertRefreshRequest(server.takeRequest());
        assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer " + NEW_ACCESS);
        assertThat(server.getRequestCount()).isEqualTo(3);
        assertNoSecrets(result);
    }

    @Test
    void unauthorizedAfterARenewalFailsWithoutLooping() throws Exception {
        storeSession(ACCESS, Optional.of(REFRESH), clock.instant().plusSeconds(1800));
        server.enqueue(json(401, "{\"error\": {\"status\": 401, \"message\": \"Invalid access token\"}}"));
        server.enqueue(json(200, GRANT_WITHOUT_REFRESH_TOKEN));
        server.enqueue(json(401, "{\"error\": {\"status\": 401, \"message\": \"Invalid access token\"}}"));
        server.enqueue(json(200, GRANT_WITHOUT_REFRESH_TOKEN));
        server.enqueue(json(200, PROFILE));

        CheckResult result = run(check());

        assertThat(result.status()).isEqualTo(Status.FAIL);
        assertThat(result.summary()).contains("no longer accepts your sign-in");
        assertThat(result.details()).anyMatch(line -> line.contains("even after the sign-in was renewed once"));
        assertThat(result.fixes()).containsExactly("fix.sign-in");
        assertThat(server.getRequestCount()).isEqualTo(3);
        assertNoSecrets(result);
    }

    @Test
    void forbiddenFailsAsAnAccountOrAppRestriction() {
        storeSession(ACCESS, Optional.of(REFRESH), clock.instant().plusSeconds(1800));
        server.enqueue(json(403, "{\"error\": {\"status\": 403, \"message\": \"the user may not be registered\"}}"));

        CheckResult result = run(check());

        assertThat(result.status()).isEqualTo(Status.FAIL);
        assertThat(result.summary()).contains("refused access for this account or app", "development mode");
        assertThat(result.evidence()).containsEntry("httpStatus", 403);
        assertThat(server.getRequestCount()).as("a 403 is not a token problem, so nothing is renewed").isEqualTo(1);
        assertNoSecrets(result);
    }

    @Test
    void rateLimitIsUnknownWithRetryAfterNotAnInvalidToken() {
        storeSession(ACCESS, Optional.of(REFRESH), clock.instant().plusSeconds(1800));
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "17").build());

        CheckResult result = run(check());

        assertThat(result.status()).isEqualTo(Status.UNKNOWN);
        assertThat(result.summary()).contains("17 seconds");
        assertThat(result.evidence()).containsEntry("retryAfterSeconds", 17L).containsEntry("httpStatus", 429);
        assertThat(result.fixes()).containsExactly("fix.retry");
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertNoSecrets(result);
    }

    @Test
    void serverErrorIsUnknownOnSpotifysSide() {
        storeSession(ACCESS, Optional.of(REFRESH), clock.instant().plusSeconds(1800));
        server.enqueue(new MockResponse.Builder().code(503).body("<html>down</html>").build());

        CheckResult result = run(check());

        assertThat(result.status()).isEqualTo(Status.UNKNOWN);
        assertThat(result.summary()).contains("Spotify's side").doesNotContainIgnoringCase("invalid");
        assertThat(result.evidence()).containsEntry("httpStatus", 503);
        assertThat(result.fixes()).containsExactly("fix.retry");
        assertNoSecrets(result);
    }

    @Test
    void malformedJsonOn200IsUnknown() {
        storeSession(ACCESS, Optional.of(REFRESH), clock.instant().plusSeconds(1800));
        server.enqueue(json(200, "{\"id\": \"" + USER_ID + "\", "));

        CheckResult result = run(check());

        assertThat(result.status()).isEqualTo(Status.UNKNOWN);
        assertThat(result.summary()).contains("could not be understood");
        assertNoSecrets(result);
    }

    @Test
    void aServerThatNeverAnswersIsUnknownBeforeTheDeadline() throws IOException {
        storeSession(ACCESS, Optional.of(REFRESH), clock.instant().plusSeconds(1800));
        try (ServerSocket silent = LocalNetwork.silentServer()) {
            AuthTokenCheck check = check(LocalNetwork.baseOf(silent), Optional.of(CLIENT_ID));
            FakeCheckContext context = FakeCheckContext.withDeadline(Duration.ofMillis(1500));

            CheckResult result = check.run(context);

            assertThat(Instant.now()).isBefore(context.deadline());
            assertThat(result.status()).isEqualTo(Status.UNKNOWN);
            assertThat(result.summary()).isEqualTo("Could not reach Spotify, so your sign-in could not be checked.");
            assertThat(result.evidence()).containsEntry("phase", "timeout");
            assertThat(context.waits()).contains("an answer from 127.0.0.1 to GET /v1/me");
            assertNoSecrets(result);
        }
    }

    @Test
    void aClosedPortIsUnknownCouldNotReachSpotify() throws IOException {
        storeSession(ACCESS, Optional.of(REFRESH), clock.instant().plusSeconds(1800));

        CheckResult result = run(check(LocalNetwork.closedPort(), Optional.of(CLIENT_ID)));

        assertThat(result.status()).isEqualTo(Status.UNKNOWN);
        assertThat(result.summary()).contains("Could not reach Spotify");
        assertThat(result.evidence()).containsEntry("phase", "connect");
        assertThat(result.fixes()).containsExactly("fix.network-help", "fix.retry");
        assertNoSecrets(result);
    }

    @Test
    void expiredTokenIsRefreshedOnceSavedWithTheOldRefreshTokenAndChecked() throws Exception {
        storeSession(ACCESS, Optional.of(REFRESH), clock.instant().minusSeconds(60));
        server.enqueue(json(200, GRANT_WITHOUT_REFRESH_TOKEN));
        server.enqueue(json(200, PROFILE));

        CheckResult result = run(check());

        assertThat(result.status()).isEqualTo(Status.PASS);
        assertThat(result.evidence()).containsEntry("refreshed", true).containsEntry("expiresInSeconds", 3600L);
        assertRefreshRequest(server.takeRequest());
        assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer " + NEW_ACCESS);
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(store.load()).isEqualTo(new SessionLoad.Found(new StoredSession(NEW_ACCESS, Optional.of(REFRESH),
                clock.instant().plusSeconds(3600), Set.of("user-read-private", "user-read-email"))));
        assertNoSecrets(result);
    }

    @Test
    void expiredTokenWithAnEndedSessionFailsAndOffersSignIn() throws Exception {
        storeSession(ACCESS, Optional.of(REFRESH), clock.instant().minusSeconds(60));
        server.enqueue(json(400, "{\"error\": \"invalid_grant\", \"error_description\": \"Refresh token revoked\"}"));

        CheckResult result = run(check());

        assertThat(result.status()).isEqualTo(Status.FAIL);
        assertThat(result.summary()).isEqualTo("Your sign-in has ended; please sign in again.");
        assertThat(result.fixes()).containsExactly("fix.sign-in");
        assertThat(result.evidence()).containsEntry("oauthError", "invalid_grant");
        assertRefreshRequest(server.takeRequest());
        assertThat(server.getRequestCount()).as("no /v1/me with a token known to be dead").isEqualTo(1);
        assertNoSecrets(result);
    }

    @Test
    void expiredTokenWhoseRenewalIsRefusedFails() {
        storeSession(ACCESS, Optional.of(REFRESH), clock.instant().minusSeconds(60));
        server.enqueue(json(400, "{\"error\": \"invalid_client\", \"error_description\": \"Invalid client\"}"));

        CheckResult result = run(check());

        assertThat(result.status()).isEqualTo(Status.FAIL);
        assertThat(result.evidence()).containsEntry("oauthError", "invalid_client");
        assertThat(result.fixes()).containsExactly("fix.sign-in");
    }

    @Test
    void expiredTokenWhoseRenewalCannotBeVerifiedIsUnknown() {
        storeSession(ACCESS, Optional.of(REFRESH), clock.instant().minusSeconds(60));
        server.enqueue(new MockResponse.Builder().code(500).build());

        CheckResult result = run(check());

        assertThat(result.status()).isEqualTo(Status.UNKNOWN);
        assertThat(result.evidence()).containsEntry("httpStatus", 500).containsEntry("endpoint", "POST /api/token");
        assertThat(result.fixes()).containsExactly("fix.retry", "fix.refresh");
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(store.load()).as("the stored session is left as it was")
                .isInstanceOfSatisfying(SessionLoad.Found.class, found -> assertThat(found.session().accessToken()).isEqualTo(ACCESS));
        assertNoSecrets(result);
    }

    @Test
    void expiredTokenWithoutAClientIdWarnsWithoutCallingSpotify() {
        storeSession(ACCESS, Optional.of(REFRESH), clock.instant().minusSeconds(60));

        CheckResult result = run(check(LocalNetwork.baseOf(server), Optional.empty()));

        assertThat(result.status()).isEqualTo(Status.WARN);
        assertThat(result.summary()).contains("expired", "cannot be renewed");
        assertThat(result.fixes()).containsExactly("fix.sign-in");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void expiredTokenWithoutARefreshTokenWarnsWithoutCallingSpotify() {
        storeSession(ACCESS, Optional.empty(), clock.instant().minusSeconds(60));

        CheckResult result = run(check());

        assertThat(result.status()).isEqualTo(Status.WARN);
        assertThat(result.fixes()).containsExactly("fix.sign-in");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void renewedSessionThatCannotBeSavedStillChecksButWarns() throws IOException {
        storeSession(ACCESS, Optional.of(REFRESH), clock.instant().minusSeconds(60));
        server.enqueue(json(200, GRANT_WITHOUT_REFRESH_TOKEN));
        server.enqueue(json(200, PROFILE));
        TokenStore unwritable = new TokenStore() {
            @Override
            public SessionLoad load() {
                return store.load();
            }

            @Override
            public void save(StoredSession session) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void clear() {}
        };

        CheckResult result = run(new AuthTokenCheck(unwritable, accounts(LocalNetwork.baseOf(server)),
                api(LocalNetwork.baseOf(server)), clock, Optional.of(CLIENT_ID)));

        assertThat(result.status()).isEqualTo(Status.WARN);
        assertThat(result.details()).anyMatch(line -> line.contains("could not be saved (IOException)"));
        assertThat(result.fixes()).containsExactly("fix.refresh");
        assertNoSecrets(result);
    }

    @Test
    void describesTheCheckForTheCard() {
        AuthTokenCheck check = check();

        assertThat(check.id()).isEqualTo("auth.token");
        assertThat(check.title()).isEqualTo("Sign-in");
        assertThat(check.group()).isEqualTo(io.github.doctor409.core.CheckGroup.ACCOUNT);
        assertThat(check.kind()).isEqualTo(io.github.doctor409.core.CheckKind.NETWORK);
    }

    private AuthTokenCheck check() {
        return check(LocalNetwork.baseOf(server), Optional.of(CLIENT_ID));
    }

    private AuthTokenCheck check(URI base, Optional<String> clientId) {
        return new AuthTokenCheck(store, accounts(base), api(base), clock, clientId);
    }

    private static SpotifyAccountsClient accounts(URI base) {
        return new SpotifyAccountsClient(LocalNetwork.client(), base);
    }

    private static WebApiClient api(URI base) {
        return new WebApiClient(LocalNetwork.client(), base);
    }

    private static CheckResult run(AuthTokenCheck check) {
        return check.run(FakeCheckContext.withDeadline(Duration.ofSeconds(5)));
    }

    private void storeSession(String access, Optional<String> refresh, Instant expiresAt) {
        try {
            store.save(new StoredSession(access, refresh, expiresAt, Set.of("user-read-private", "user-read-email")));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertRefreshRequest(RecordedRequest request) {
        assertThat(request.getTarget()).isEqualTo("/api/token");
        assertThat(LocalNetwork.form(request.getBody().utf8())).isEqualTo(Map.of(
                "grant_type", "refresh_token", "refresh_token", REFRESH, "client_id", CLIENT_ID));
    }

    private static void assertNoSecrets(CheckResult result) {
        String everything = result.toString();
        assertThat(everything).doesNotContain(SECRETS);
        assertThat(everything).doesNotContain("AT-planted", "RT-planted");
    }
}
