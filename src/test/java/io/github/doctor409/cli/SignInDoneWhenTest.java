package io.github.doctor409.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.doctor409.account.FileTokenStore;
import io.github.doctor409.account.SecretWatch;
import io.github.doctor409.account.StoredSession;
import io.github.doctor409.app.AppContext;
import io.github.doctor409.app.Config;
import io.github.doctor409.core.BackgroundExecutor;
import io.github.doctor409.core.HostEnvironment;
import io.github.doctor409.core.OperatingSystem;
import io.github.doctor409.testing.FakeSpotify;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Proxy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "done when", driven only through {@code login} and {@code check --json} against the fake;
 * the login's browser is a client that follows the authorize redirect.
 */
class SignInDoneWhenTest {

    private static final String ACCOUNT_CHECKS = "auth.token,auth.scopes,account.plan,account.devices";

    @TempDir
    Path home;

    private FakeSpotify spotify;
    private SecretWatch watch;
    private StringWriter out;
    private StringWriter err;

    @BeforeEach
    void start() throws IOException {
        spotify = new FakeSpotify();
        watch = SecretWatch.start();
    }

    @AfterEach
    void stop() {
        watch.stop();
        spotify.close();
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        HostEnvironment host = new HostEnvironment(OperatingSystem.LINUX, home, Map.of(
                "DOCTOR409_CONFIG_DIR", home.resolve("config").toString(),
                "DOCTOR409_TOKEN_STORE", "file",
                "DOCTOR409_CLIENT_ID", "client-409",
                "DOCTOR409_ACCOUNTS_URL", spotify.baseUrl(),
                "DOCTOR409_API_URL", spotify.baseUrl(),
                "DOCTOR409_APRESOLVE_URL", spotify.baseUrl()));
        CliEnvironment env = new CliEnvironment(host, new PrintWriter(out, true), new PrintWriter(err, true),
                policy -> new AppContext(host, Config.load(host, Optional.empty()), new BackgroundExecutor(),
                        Clock.systemUTC(), policy, SignInDoneWhenTest::follow));
        return CommandLine409.run(args, env);
    }

    private static void follow(java.net.URI page) throws IOException {
        OkHttpClient browser = new OkHttpClient.Builder().proxy(Proxy.NO_PROXY).followRedirects(true).build();
        try (Response response = browser.newCall(new Request.Builder().url(HttpUrl.get(page)).build()).execute()) {
            response.body().string();
        }
    }

    private JsonObject check() {
        run("check", "--json", "--only", ACCOUNT_CHECKS);
        return JsonParser.parseString(out.toString()).getAsJsonObject();
    }

    private static Map<String, JsonObject> byId(JsonObject report) {
        return StreamSupport.stream(report.getAsJsonArray("checks").spliterator(), false)
                .map(JsonElement::getAsJsonObject)
                .collect(Collectors.toMap(c -> c.get("id").getAsString(), c -> c));
    }

    private static Map<String, String> statuses(JsonObject report) {
        return byId(report).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get("status").getAsString()));
    }

    @Test
    void healthyAccountPassesEveryAccountCheckAfterLogin() {
        spotify.device("Kitchen speaker", "speaker", true).device("Work laptop", "computer", false);
        assertThat(run("login")).isZero();

        JsonObject report = check();

        assertThat(statuses(report)).containsOnly(Map.entry("auth.token", "pass"), Map.entry("auth.scopes", "pass"),
                Map.entry("account.plan", "pass"), Map.entry("account.devices", "pass"));
        assertThat(out.toString()).doesNotContain("Kitchen speaker").doesNotContain("Test Listener")
                .doesNotContain("listener@example.com");
        assertNoSecretsAnywhere();
    }

    @Test
    void expiredTokenIsRefreshedAndTheAccountStillPasses() throws IOException {
        spotify.acceptRefreshToken("stored-refresh-token");
        new FileTokenStore(home.resolve("config"), Clock.systemUTC()).save(new StoredSession("expired-access-token",
                Optional.of("stored-refresh-token"), Instant.now().minusSeconds(60),
                Set.of("user-read-private", "user-read-email", "user-read-playback-state")));

        JsonObject report = check();

        assertThat(statuses(report)).containsEntry("auth.token", "pass").containsEntry("account.devices", "pass");
        assertThat(byId(report).get("auth.token").getAsJsonObject("evidence").get("refreshed").getAsBoolean()).isTrue();
        assertThat(out.toString()).doesNotContain("stored-refresh-token").doesNotContain("fresh-access");
    }

    @Test
    void revokedSessionFailsWithSignIn() throws IOException {
        new FileTokenStore(home.resolve("config"), Clock.systemUTC()).save(new StoredSession("revoked-access-token",
                Optional.of("revoked-refresh-token"), Instant.now().plusSeconds(3600), Set.of("user-read-private")));

        JsonObject report = check();

        JsonObject token = byId(report).get("auth.token");
        assertThat(token.get("status").getAsString()).isEqualTo("fail");
        assertThat(token.getAsJsonArray("fixes").toString()).contains("fix.sign-in");
        assertThat(statuses(report)).containsEntry("auth.scopes", "skipped").containsEntry("account.plan", "skipped")
                .containsEntry("account.devices", "skipped");
    }

    @Test
    void spotifyOutageAndRateLimitAreUnknownAndTheRateLimitNamesItsWait() {
        assertThat(run("login")).isZero();

        spotify.failApiCalls(503, null);
        JsonObject outage = check();
        spotify.failApiCalls(429, "17");
        JsonObject limited = check();

        assertThat(statuses(outage).get("auth.token")).isEqualTo("unknown");
        JsonObject token = byId(limited).get("auth.token");
        assertThat(token.get("status").getAsString()).isEqualTo("unknown");
        assertThat(token.get("summary").getAsString()).contains("17 seconds");
        assertThat(token.getAsJsonObject("evidence").get("retryAfterSeconds").getAsInt()).isEqualTo(17);
    }

    @Test
    void twoActiveDevicesWarn() {
        spotify.device("Kitchen speaker", "speaker", true).device("Phone", "smartphone", true);
        assertThat(run("login")).isZero();

        JsonObject report = check();

        JsonObject devices = byId(report).get("account.devices");
        assertThat(devices.get("status").getAsString()).isEqualTo("warn");
        assertThat(devices.getAsJsonObject("evidence").get("active").getAsInt()).isEqualTo(2);
        assertThat(out.toString()).doesNotContain("Kitchen speaker").doesNotContain("Phone\"");
    }

    @Test
    void sessionWithoutPlaybackStateWarnsOnPermissions() {
        spotify.grantScopes("user-read-private", "user-read-email");
        assertThat(run("login")).isZero();

        JsonObject report = check();

        JsonObject scopes = byId(report).get("auth.scopes");
        assertThat(scopes.get("status").getAsString()).isEqualTo("warn");
        assertThat(scopes.getAsJsonArray("fixes").toString()).contains("fix.sign-in");
        assertThat(scopes.getAsJsonObject("evidence").getAsJsonArray("missing").toString())
                .contains("user-read-playback-state");
        assertThat(statuses(report)).containsEntry("account.devices", "unknown").containsEntry("auth.token", "pass");
    }

    @Test
    void freePlanWarnsOnThePlanCard() {
        spotify.product("free");
        assertThat(run("login")).isZero();

        assertThat(statuses(check())).containsEntry("account.plan", "warn");
    }

    private void assertNoSecretsAnywhere() {
        Set<String> tokens = spotify.issuedAccessTokens();
        assertThat(tokens).isNotEmpty();
        for (String token : tokens) {
            assertThat(out.toString() + err).doesNotContain(token);
            watch.assertNoneOf(token);
        }
    }
}
