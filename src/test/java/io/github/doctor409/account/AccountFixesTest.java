package io.github.doctor409.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.doctor409.core.FixContext;
import io.github.doctor409.core.FixOutcome;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AccountFixesTest {

    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final FixContext CONTEXT = new FixContext() {
        @Override
        public void progress(double fraction, String message) {}

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    private MockWebServer server;
    private final MemoryTokenStore store = new MemoryTokenStore();
    private SecretWatch watch;

    @BeforeEach
    void start() throws IOException {
        server = LocalNetwork.startedServer();
        watch = SecretWatch.start();
    }

    @AfterEach
    void stop() {
        watch.stop();
        server.close();
    }

    private RefreshFix refreshFix() {
        return new RefreshFix(store, new SpotifyAccountsClient(LocalNetwork.client(), LocalNetwork.baseOf(server)),
                Optional.of("client-409"), CLOCK);
    }

    private void signedIn() {
        store.save(new StoredSession("old-access", Optional.of("kept-refresh"), NOW.minusSeconds(10),
                Set.of("user-read-private")));
    }

    @Test
    void refreshKeepsTheStoredRefreshTokenWhenTheAnswerHasNone() throws Exception {
        signedIn();
        server.enqueue(WebApiClientTest.json(200, "{\"access_token\":\"new-access\",\"token_type\":\"Bearer\",\"expires_in\":3600}"));

        FixOutcome outcome = refreshFix().apply(CONTEXT);

        assertThat(outcome).isInstanceOf(FixOutcome.Done.class);
        StoredSession session = ((SessionLoad.Found) store.load()).session();
        assertThat(session.accessToken()).isEqualTo("new-access");
        assertThat(session.refreshToken()).contains("kept-refresh");
        assertThat(session.scopes()).containsExactly("user-read-private");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void invalidGrantEndsTheSessionAndSuggestsSigningInWithoutRetrying() throws Exception {
        signedIn();
        server.enqueue(WebApiClientTest.json(400, "{\"error\":\"invalid_grant\",\"error_description\":\"Refresh token revoked\"}"));

        FixOutcome outcome = refreshFix().apply(CONTEXT);

        assertThat(outcome).isInstanceOf(FixOutcome.Failed.class);
        assertThat(outcome.message()).contains("sign in again");
        assertThat(store.load()).isInstanceOf(SessionLoad.NoSession.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
        RecordedRequest request = server.takeRequest();
        assertThat(LocalNetwork.form(request.getBody().utf8())).containsEntry("refresh_token", "kept-refresh");
        watch.assertNoneOf("kept-refresh", "old-access");
    }

    @Test
    void refreshThatSpotifyCannotAnswerKeepsTheSession() throws Exception {
        signedIn();
        server.enqueue(WebApiClientTest.json(503, "{}"));

        FixOutcome outcome = refreshFix().apply(CONTEXT);

        assertThat(outcome).isInstanceOf(FixOutcome.Failed.class);
        assertThat(store.load()).isInstanceOf(SessionLoad.Found.class);
    }

    @Test
    void refreshWithoutASessionRefusesWithoutAsking() throws Exception {
        assertThat(refreshFix().apply(CONTEXT)).isInstanceOf(FixOutcome.Refused.class);
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void signOutForgetsTheSessionAndPointsToTheRemoveAccessPage() throws Exception {
        signedIn();
        SignOutFix fix = new SignOutFix(store);

        FixOutcome outcome = fix.apply(CONTEXT);

        assertThat(fix.changesDisk()).isTrue();
        assertThat(fix.describe()).contains("https://www.spotify.com/account/apps/");
        assertThat(outcome.message()).contains("https://www.spotify.com/account/apps/");
        assertThat(store.load()).isInstanceOf(SessionLoad.NoSession.class);
    }

    @Test
    void signInFixWithoutAClientIdRefusesAndExplains() throws Exception {
        PkceSignIn signIn = new PkceSignIn(Optional.empty(), LocalNetwork.baseOf(server).resolve("/authorize"),
                new SpotifyAccountsClient(LocalNetwork.client(), LocalNetwork.baseOf(server)), store,
                new ThreadsWithManualTimer(), CLOCK, new java.security.SecureRandom(), 0);
        ScriptedBrowser browser = new ScriptedBrowser();

        FixOutcome outcome = new SignInFix(signIn, browser, java.time.Duration.ofMinutes(1)).apply(CONTEXT);

        assertThat(outcome).isInstanceOf(FixOutcome.Refused.class);
        assertThat(outcome.message()).isEqualTo(ClientIdHelp.SUMMARY);
        assertThat(browser.wasOpened()).isFalse();
    }
}
