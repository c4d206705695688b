package io.github.doctor409.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sign-in against a third-party OAuth server that enforces PKCE: mock-oauth2-server 2.3.0, run as a
 * separate process on 127.0.0.1 (endpoints {@code /default/authorize} and {@code /default/token}). Its
 * jars are fetched with Maven in {@link #startServer()}; without network access the tests are skipped
 * with the reason.
 */
class MockOAuth2ServerInteropTest {

    private static MockOAuth2ServerProcess server;

    private final ThreadsWithManualTimer executor = new ThreadsWithManualTimer();
    private final MemoryTokenStore store = new MemoryTokenStore();
    private final OkHttpClient http = LocalNetwork.client();
    private SecretWatch watch;

    @BeforeAll
    static void startServer() throws Exception {
        MockOAuth2ServerProcess.Result resolved = MockOAuth2ServerProcess.resolve();
        Assumptions.assumeTrue(resolved.lib().isPresent(),
                "Skipped: mock-oauth2-server " + MockOAuth2ServerProcess.VERSION + " is not available — " + resolved.whyNot());
        Path lib = resolved.lib().orElseThrow();
        server = MockOAuth2ServerProcess.start(lib);
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void watch() {
        watch = SecretWatch.start();
    }

    @AfterEach
    void stop() {
        watch.stop();
        executor.shutdown();
    }

    private PkceSignIn signIn() {
        List<String> scopes = new ArrayList<>(List.of("openid"));
        scopes.addAll(PkceSignIn.SCOPES);
        return new PkceSignIn(Optional.of("client-409"), URI.create(server.baseUrl() + "/default/authorize"),
                SpotifyAccountsClient.withTokenUrl(http, URI.create(server.baseUrl() + "/default/token")), store,
                executor, Clock.systemUTC(), new SecureRandom(), 0).withScopes(scopes);
    }

    @Test
    void signInCompletesAgainstAnIndependentPkceServer() {
        FollowingBrowser browser = new FollowingBrowser();

        SignInOutcome outcome = signIn().signIn(browser, Duration.ofMinutes(1));

        assertThat(outcome).as(outcome.toString()).isInstanceOf(SignInOutcome.SignedIn.class);
        assertThat(browser.lastPage()).contains("return to 409 Doctor");
        StoredSession session = ((SessionLoad.Found) store.load()).session();
        assertThat(session.accessToken()).isNotBlank();
        assertThat(session.expiresAt()).isAfter(java.time.Instant.now());
        watch.assertNoneOf(session.accessToken());
    }

    @Test
    void theIndependentServerRejectsAWrongVerifierAndWeReadItAsInvalidGrant() throws Exception {
        PkcePair pkce = PkcePair.generate(new SecureRandom());
        URI redirect = URI.create("http://127.0.0.1:9/callback");
        HttpUrl authorize = HttpUrl.get(server.baseUrl() + "/default/authorize").newBuilder()
                .addQueryParameter("client_id", "client-409")
                .addQueryParameter("response_type", "code")
                .addQueryParameter("redirect_uri", redirect.toString())
                .addQueryParameter("code_challenge_method", "S256")
                .addQueryParameter("code_challenge", pkce.challenge())
                .addQueryParameter("state", "interop-state")
                .addQueryParameter("scope", "openid user-read-private")
                .build();
        String code;
        try (Response response = http.newCall(new Request.Builder().url(authorize).build()).execute()) {
            assertThat(response.code()).isEqualTo(302);
            code = HttpUrl.get(response.header("Location")).queryParameter("code");
        }
        SpotifyAccountsClient accounts = SpotifyAccountsClient.withTokenUrl(http, URI.create(server.baseUrl() + "/default/token"));

        RefreshAnswer wrong = accounts.exchangeCode("client-409", code, redirect,
                PkcePair.generate(new SecureRandom()).verifier(), Duration.ofSeconds(10));
        RefreshAnswer right = accounts.exchangeCode("client-409", code, redirect, pkce.verifier(), Duration.ofSeconds(10));

        assertThat(wrong).isInstanceOf(RefreshAnswer.InvalidGrant.class);
        assertThat(right).isInstanceOf(RefreshAnswer.Granted.class);
    }
}
