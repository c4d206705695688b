package io.github.doctor409.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.doctor409.testing.FakeSpotify;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PkceSignInTest {

    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    private static final Duration WAIT = Duration.ofMinutes(5);

    @TempDir
    Path configDir;

    private final ThreadsWithManualTimer executor = new ThreadsWithManualTimer();
    private final OkHttpClient http = LocalNetwork.client();
    private FakeSpotify spotify;
    private FileTokenStore store;
    private SecretWatch watch;

    @BeforeEach
    void start() throws IOException {
        spotify = new FakeSpotify();
        store = new FileTokenStore(configDir, Clock.fixed(NOW, ZoneOffset.UTC));
        watch = SecretWatch.start();
    }

    @AfterEach
    void stop() {
        watch.stop();
        spotify.close();
        executor.shutdown();
    }

    private PkceSignIn signIn(URI accounts) {
        return signIn(accounts, 0);
    }

    private PkceSignIn signIn(URI accounts, int port) {
        return new PkceSignIn(Optional.of("client-409"), URI.create(accounts + "/authorize"),
                new SpotifyAccountsClient(http, accounts), store, executor, Clock.fixed(NOW, ZoneOffset.UTC),
                new SecureRandom(), port);
    }

    private URI fake() {
        return URI.create(spotify.baseUrl());
    }

    /** Starts a sign-in on a background thread; the test plays the browser. */
    private Future<SignInOutcome> startInBackground(PkceSignIn signIn, ScriptedBrowser browser) {
        return CompletableFuture.supplyAsync(() -> signIn.signIn(browser, WAIT), executor.asExecutorService());
    }

    @Test
    void signInThroughTheBrowserStoresTheSessionSpotifyGranted() {
        FollowingBrowser browser = new FollowingBrowser();

        SignInOutcome outcome = signIn(fake()).signIn(browser, WAIT);

        assertThat(outcome).isInstanceOf(SignInOutcome.SignedIn.class);
        assertThat(((SignInOutcome.SignedIn) outcome).scopes())
                .containsExactlyInAnyOrder("user-read-private", "user-read-email", "user-read-playback-state");
        StoredSession stored = ((SessionLoad.Found) store.load()).session();
        assertThat(spotify.issuedAccessTokens()).contains(stored.accessToken());
        assertThat(stored.refreshToken()).isPresent();
        assertThat(stored.expiresAt()).isEqualTo(NOW.plusSeconds(3600));
        assertThat(browser.lastStatus()).isEqualTo(200);
        assertThat(browser.lastPage()).contains("You can close this tab and return to 409 Doctor");
        assertThat(spotify.codeExchanges()).isEqualTo(1);
        watch.assertNoneOf(stored.accessToken(), stored.refreshToken().orElseThrow());
    }

    @Test
    void authorizePageCarriesEveryPkceParameterAndAFreshStateOfAtLeast128Bits() throws Exception {
        List<HttpUrl> pages = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            ScriptedBrowser browser = new ScriptedBrowser();
            Future<SignInOutcome> running = startInBackground(signIn(fake()), browser);
            pages.add(HttpUrl.get(browser.awaitOpened()));
            awaitTimerArmed();
            executor.fireTimers();
            running.get(10, TimeUnit.SECONDS);
            executor.resetTimerArmed();
        }
        HttpUrl page = pages.get(0);
        assertThat(page.encodedPath()).isEqualTo("/authorize");
        assertThat(page.queryParameter("client_id")).isEqualTo("client-409");
        assertThat(page.queryParameter("response_type")).isEqualTo("code");
        assertThat(page.queryParameter("code_challenge_method")).isEqualTo("S256");
        assertThat(page.queryParameter("code_challenge")).matches("[A-Za-z0-9_-]{43}");
        assertThat(page.queryParameter("scope")).isEqualTo("user-read-private user-read-email user-read-playback-state");
        assertThat(page.queryParameter("redirect_uri")).matches("http://127\\.0\\.0\\.1:\\d{2,5}/callback");
        assertThat(page.queryParameter("state")).matches("[A-Za-z0-9_-]{43}");
        assertThat(page.queryParameterNames()).doesNotContain("client_secret", "code_verifier");
        assertThat(pages.get(1).queryParameter("state")).isNotEqualTo(page.queryParameter("state"));
        assertThat(pages.get(1).queryParameter("code_challenge")).isNotEqualTo(page.queryParameter("code_challenge"));
    }

    @Test
    void callbackWithAWrongStateIsTurnedAwayAndNoCodeIsExchanged() throws Exception {
        ScriptedBrowser browser = new ScriptedBrowser();
        Future<SignInOutcome> running = startInBackground(signIn(fake()), browser);
        URI redirect = redirectOf(browser.awaitOpened());

        int status = get(redirect + "?code=stolen-code&state=not-the-state");
        int missing = get(redirect + "?code=stolen-code");
        int twice = get(redirect + "?code=stolen-code&state=" + stateOf(browser) + "&state=not-the-state");

        assertThat(status).isEqualTo(400);
        assertThat(missing).isEqualTo(400);
        assertThat(twice).isEqualTo(400);
        assertThat(running).isNotDone();
        assertThat(spotify.codeExchanges()).isZero();
        awaitTimerArmed();
        executor.fireTimers();
        assertThat(running.get(10, TimeUnit.SECONDS)).isInstanceOf(SignInOutcome.TimedOut.class);
        assertThat(spotify.codeExchanges()).isZero();
        assertThat(store.load()).isInstanceOf(SessionLoad.NoSession.class);
    }

    @Test
    void theRealAnswerStillSignsInAfterAForgedOne() throws Exception {
        ScriptedBrowser browser = new ScriptedBrowser();
        Future<SignInOutcome> running = startInBackground(signIn(fake()), browser);
        URI authorize = browser.awaitOpened();

        get(redirectOf(authorize) + "?code=forged&state=forged");
        int status = get(authorize.toString(), true);

        assertThat(status).isEqualTo(200);
        assertThat(running.get(10, TimeUnit.SECONDS)).isInstanceOf(SignInOutcome.SignedIn.class);
        assertThat(spotify.codeExchanges()).isEqualTo(1);
    }

    @Test
    void replayedCallbackFindsTheListenerClosedAndTheCodeSpent() throws Exception {
        ScriptedBrowser browser = new ScriptedBrowser();
        Future<SignInOutcome> running = startInBackground(signIn(fake()), browser);
        URI authorize = browser.awaitOpened();
        String callback = redirectTarget(authorize);

        assertThat(get(callback)).isEqualTo(200);
        assertThat(running.get(10, TimeUnit.SECONDS)).isInstanceOf(SignInOutcome.SignedIn.class);

        assertListenerGone(callback);
        assertListenerGone(redirectOf(authorize) + "?code=second&state=" + stateOf(browser));
        assertThat(spotify.codeExchanges()).isEqualTo(1);
        String code = HttpUrl.get(callback).queryParameter("code");
        RefreshAnswer again = new SpotifyAccountsClient(http, fake()).exchangeCode("client-409", code,
                redirectOf(authorize), "a".repeat(43), Duration.ofSeconds(5));
        assertThat(again).isInstanceOf(RefreshAnswer.InvalidGrant.class);
    }

    @Test
    void accessDeniedEndsTheSignInWithoutAnExchange() {
        spotify.denyAuthorization("access_denied");
        FollowingBrowser browser = new FollowingBrowser();

        SignInOutcome outcome = signIn(fake()).signIn(browser, WAIT);

        assertThat(outcome).isEqualTo(new SignInOutcome.Denied("access_denied"));
        assertThat(outcome.message()).contains("cancelled");
        assertThat(browser.lastPage()).contains("close this tab");
        assertThat(spotify.codeExchanges()).isZero();
        assertThat(store.load()).isInstanceOf(SessionLoad.NoSession.class);
    }

    @Test
    void callbackWithTheRightStateButNoCodeFailsWithoutAnExchange() throws Exception {
        ScriptedBrowser browser = new ScriptedBrowser();
        Future<SignInOutcome> running = startInBackground(signIn(fake()), browser);
        URI authorize = browser.awaitOpened();

        assertThat(get(redirectOf(authorize) + "?state=" + stateOf(browser))).isEqualTo(400);

        SignInOutcome outcome = running.get(10, TimeUnit.SECONDS);
        assertThat(outcome).isInstanceOf(SignInOutcome.Failed.class);
        assertThat(spotify.codeExchanges()).isZero();
    }

    @Test
    void aFloodOfRequestsDoesNotStopTheRealAnswer() throws Exception {
        ScriptedBrowser browser = new ScriptedBrowser();
        Future<SignInOutcome> running = startInBackground(signIn(fake()), browser);
        URI authorize = browser.awaitOpened();
        URI redirect = redirectOf(authorize);

        for (int i = 0; i < 150; i++) {
            int status = get(switch (i % 3) {
                case 0 -> redirect + "?code=c" + i + "&state=s" + i;
                case 1 -> "http://127.0.0.1:" + redirect.getPort() + "/favicon.ico";
                default -> redirect + "?" + "x".repeat(3000);
            });
            assertThat(status).isIn(400, 404);
        }
        rawRequest(redirect.getPort(), "GARBAGE\r\n\r\n");
        rawRequest(redirect.getPort(), "GET /callback?" + "a".repeat(20_000) + " HTTP/1.1\r\n\r\n");

        assertThat(get(authorize.toString(), true)).isEqualTo(200);
        assertThat(running.get(10, TimeUnit.SECONDS)).isInstanceOf(SignInOutcome.SignedIn.class);
        assertThat(spotify.codeExchanges()).isEqualTo(1);
    }

    @Test
    void aTakenPortGivesAPlainFailureNotACrash() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, LocalNetwork.loopback())) {
            ScriptedBrowser browser = new ScriptedBrowser();

            SignInOutcome outcome = signIn(fake(), taken.getLocalPort()).signIn(browser, WAIT);

            assertThat(outcome).isInstanceOf(SignInOutcome.Failed.class);
            assertThat(outcome.message()).isEqualTo("409 Doctor could not open its local sign-in listener on this computer.");
            assertThat(browser.wasOpened()).isFalse();
        }
    }

    @Test
    void theListenerPicksAFreeEphemeralPortEachTime() throws Exception {
        try (LoopbackReceiver first = LoopbackReceiver.open("s1", executor);
             LoopbackReceiver second = LoopbackReceiver.open("s2", executor)) {
            assertThat(first.port()).isNotEqualTo(second.port()).isPositive();
            assertThat(first.redirectUri().getHost()).isEqualTo("127.0.0.1");
        }
    }

    @Test
    void whenNobodyComesBackTheSignInTimesOutAndTheListenerIsClosed() throws Exception {
        ScriptedBrowser browser = new ScriptedBrowser();
        Future<SignInOutcome> running = startInBackground(signIn(fake()), browser);
        URI redirect = redirectOf(browser.awaitOpened());
        awaitTimerArmed();

        executor.fireTimers();

        assertThat(running.get(10, TimeUnit.SECONDS)).isInstanceOf(SignInOutcome.TimedOut.class);
        assertListenerGone(redirect + "?code=late&state=" + stateOf(browser));
    }

    @Test
    void cancellingTheSignInClosesTheListener() throws Exception {
        ScriptedBrowser browser = new ScriptedBrowser();
        PkceSignIn signIn = signIn(fake());
        CompletableFuture<SignInOutcome> outcome = new CompletableFuture<>();
        Future<?> running = executor.submit(() -> outcome.complete(signIn.signIn(browser, WAIT)));
        URI redirect = redirectOf(browser.awaitOpened());

        running.cancel(true);

        assertThat(outcome.get(10, TimeUnit.SECONDS)).isInstanceOf(SignInOutcome.Cancelled.class);
        assertListenerGone(redirect + "?code=late&state=" + stateOf(browser));
    }

    @Test
    void listenerIsBoundToLoopbackOnlyAndNotReachableFromAnotherAddress() throws Exception {
        try (LoopbackReceiver receiver = LoopbackReceiver.open("state", executor)) {
            Optional<InetAddress> other = otherLocalAddress();
            if (other.isPresent()) {
                try (Socket socket = new Socket()) {
                    assertThatThrownBy(() -> socket.connect(new InetSocketAddress(other.get(), receiver.port()), 2000))
                            .isInstanceOf(IOException.class);
                }
            }
            assertThat(receiver.redirectUri()).isEqualTo(URI.create("http://127.0.0.1:" + receiver.port() + "/callback"));
        }
    }

    @Test
    void noClientIdMeansNoSignInIsPretended() {
        PkceSignIn signIn = new PkceSignIn(Optional.empty(), URI.create(fake() + "/authorize"),
                new SpotifyAccountsClient(http, fake()), store, executor, Clock.systemUTC(), new SecureRandom(), 0);
        ScriptedBrowser browser = new ScriptedBrowser();

        SignInOutcome outcome = signIn.signIn(browser, WAIT);

        assertThat(outcome).isInstanceOf(SignInOutcome.NotConfigured.class);
        assertThat(outcome.message()).contains("Spotify app id");
        assertThat(browser.wasOpened()).isFalse();
        assertThat(spotify.requestCount()).isZero();
    }

    @Test
    void tokenEndpointAnswersEndTheSignInPlainlyAndStoreNothing() throws Exception {
        Map<String, MockResponse> answers = Map.of(
                "invalid_grant", WebApiClientTest.json(400, "{\"error\":\"invalid_grant\",\"error_description\":\"Invalid authorization code\"}"),
                "503", WebApiClientTest.json(503, "{\"error\":\"server_error\"}"),
                "malformed", WebApiClientTest.json(200, "{\"access_token\": [1, 2"),
                "html", new MockResponse.Builder().code(200).body("<html>not json</html>").build());
        for (var answer : answers.entrySet()) {
            try (MockWebServer tokenServer = LocalNetwork.startedServer()) {
                tokenServer.enqueue(answer.getValue());
                PkceSignIn signIn = new PkceSignIn(Optional.of("client-409"), URI.create(fake() + "/authorize"),
                        new SpotifyAccountsClient(http, LocalNetwork.baseOf(tokenServer)), store, executor,
                        Clock.systemUTC(), new SecureRandom(), 0);
                FollowingBrowser browser = new FollowingBrowser();

                SignInOutcome outcome = signIn.signIn(browser, WAIT);

                assertThat(outcome).as(answer.getKey()).isInstanceOf(SignInOutcome.Failed.class);
                RecordedRequest exchange = tokenServer.takeRequest();
                Map<String, String> form = LocalNetwork.form(exchange.getBody().utf8());
                assertThat(form.keySet()).containsExactlyInAnyOrder("grant_type", "code", "redirect_uri", "client_id",
                        "code_verifier");
                assertThat(form.get("grant_type")).isEqualTo("authorization_code");
                assertThat(HttpUrl.get(browser.opened()).queryParameter("code_challenge"))
                        .isEqualTo(PkcePair.challengeOf(form.get("code_verifier")));
                assertThat(HttpUrl.get(browser.opened()).queryParameter("redirect_uri")).isEqualTo(form.get("redirect_uri"));
                assertThat(store.load()).isInstanceOf(SessionLoad.NoSession.class);
                assertThat(outcome.toString() + outcome.message() + ((SignInOutcome.Failed) outcome).technical())
                        .doesNotContain(form.get("code"), form.get("code_verifier"));
                watch.assertNoneOf(form.get("code"), form.get("code_verifier"));
            }
        }
    }

    @Test
    void aHangingTokenEndpointEndsTheSignInWithinTheExchangeLimit() throws Exception {
        try (ServerSocket silent = LocalNetwork.silentServer()) {
            PkceSignIn signIn = new PkceSignIn(Optional.of("client-409"), URI.create(fake() + "/authorize"),
                    new SpotifyAccountsClient(http, LocalNetwork.baseOf(silent)), store, executor,
                    Clock.systemUTC(), new SecureRandom(), 0).withExchangeTimeout(Duration.ofMillis(500));

            long started = System.nanoTime();
            SignInOutcome outcome = signIn.signIn(new FollowingBrowser(), WAIT);
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(outcome).isInstanceOf(SignInOutcome.Failed.class);
            assertThat(((SignInOutcome.Failed) outcome).technical()).contains("timeout");
            assertThat(took).isLessThan(Duration.ofSeconds(5));
        }
    }

    @Test
    void verifierAndChallengeFollowRfc7636() {
        PkcePair pair = PkcePair.generate(new SecureRandom());

        assertThat(pair.verifier()).matches("[A-Za-z0-9._~-]{43,128}");
        assertThat(pair.challenge()).isEqualTo(FakeSpotify.challengeOf(pair.verifier()));
        assertThat(pair.toString()).doesNotContain(pair.verifier());
        assertThat(new OAuthCallback.Received("secret-code").toString()).doesNotContain("secret-code");
    }

    // ---- the test's own browser moves ----

    private void awaitTimerArmed() throws Exception {
        executor.timerArmed().get(10, TimeUnit.SECONDS);
    }

    private static URI redirectOf(URI authorize) {
        return URI.create(HttpUrl.get(authorize).queryParameter("redirect_uri"));
    }

    private static String stateOf(ScriptedBrowser browser) throws Exception {
        return HttpUrl.get(browser.awaitOpened()).queryParameter("state");
    }

    /** Asks the fake's /authorize and returns where it redirects to (the callback with code and state). */
    private String redirectTarget(URI authorize) throws IOException {
        try (Response response = http.newCall(new Request.Builder().url(authorize.toString()).build()).execute()) {
            assertThat(response.code()).isEqualTo(302);
            return response.header("Location");
        }
    }

    /**
     * Our listener no longer answers on that port: the connection is refused, or (on a busy machine
     * where another program got the freed port at once) whatever answers is not our listener.
     */
    private void assertListenerGone(String url) {
        try (Response response = http.newCall(new Request.Builder().url(url).build()).execute()) {
            assertThat(response.body().string()).as("an answer from our listener").doesNotContain("409 Doctor");
        } catch (IOException noAnswer) {
            // refused, or (when the connection raced with closing) dropped without a byte of answer:
            // either way our listener said nothing
        }
    }

    private int get(String url) throws IOException {
        return get(url, false);
    }

    private int get(String url, boolean followRedirects) throws IOException {
        OkHttpClient client = http.newBuilder().followRedirects(followRedirects).build();
        try (Response response = client.newCall(new Request.Builder().url(url).build()).execute()) {
            return response.code();
        }
    }

    private static void rawRequest(int port, String request) throws IOException {
        try (Socket socket = new Socket(LocalNetwork.loopback(), port)) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            socket.getInputStream().readAllBytes();
        } catch (java.net.SocketException e) {
            // the listener may drop an over-long request without answering
        }
    }

    private static Optional<InetAddress> otherLocalAddress() throws IOException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (nic.isUp() && !nic.isLoopback()) {
                for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                    if (address instanceof Inet4Address) {
                        return Optional.of(address);
                    }
                }
            }
        }
        return Optional.empty();
    }
}
