package io.github.doctor409.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.doctor409.account.FileTokenStore;
import io.github.doctor409.account.SecretWatch;
import io.github.doctor409.account.SessionLoad;
import io.github.doctor409.app.AppContext;
import io.github.doctor409.app.Config;
import io.github.doctor409.core.BackgroundExecutor;
import io.github.doctor409.core.HostEnvironment;
import io.github.doctor409.core.OperatingSystem;
import io.github.doctor409.testing.FakeSpotify;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.net.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoginCommandTest {

    @TempDir
    Path home;

    private FakeSpotify spotify;
    private SecretWatch watch;
    private final LineWatcher out = new LineWatcher();
    private final StringWriter err = new StringWriter();

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

    private Path configDir() {
        return home.resolve("config");
    }

    private CompletableFuture<Integer> runInBackground(Map<String, String> extra, String... args) {
        Map<String, String> variables = new HashMap<>(Map.of(
                "DOCTOR409_CONFIG_DIR", configDir().toString(),
                "DOCTOR409_TOKEN_STORE", "file",
                "DOCTOR409_CLIENT_ID", "client-409",
                "DOCTOR409_ACCOUNTS_URL", spotify.baseUrl(),
                "DOCTOR409_API_URL", spotify.baseUrl(),
                "DOCTOR409_APRESOLVE_URL", spotify.baseUrl()));
        variables.putAll(extra);
        HostEnvironment host = new HostEnvironment(OperatingSystem.LINUX, home, variables);
        CliEnvironment env = new CliEnvironment(host, new PrintWriter(out, true), new PrintWriter(err, true),
                policy -> new AppContext(host, Config.load(host, Optional.empty()), new BackgroundExecutor(),
                        Clock.systemUTC(), policy, page -> {
                            throw new IOException("no browser in tests");
                        }));
        return CompletableFuture.supplyAsync(() -> CommandLine409.run(args, env));
    }

    @Test
    void loginWithoutBrowserPrintsTheAddressAloneOnStdoutAndStoresTheSession() throws Exception {
        CompletableFuture<Integer> login = runInBackground(Map.of(), "login", "--no-browser", "--timeout", "60");
        String url = out.firstUrl().get(20, TimeUnit.SECONDS);

        int browserStatus = follow(url);

        assertThat(login.get(20, TimeUnit.SECONDS)).isZero();
        assertThat(browserStatus).isEqualTo(200);
        assertThat(out.text().strip()).isEqualTo(url);
        assertThat(url).startsWith(spotify.baseUrl() + "/authorize?");
        SessionLoad stored = new FileTokenStore(configDir(), Clock.systemUTC()).load();
        assertThat(stored).isInstanceOf(SessionLoad.Found.class);
        String access = ((SessionLoad.Found) stored).session().accessToken();
        String refresh = ((SessionLoad.Found) stored).session().refreshToken().orElseThrow();
        assertThat(Files.getPosixFilePermissions(configDir().resolve(FileTokenStore.FILE_NAME)))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(out.text() + err).doesNotContain(access).doesNotContain(refresh);
        watch.assertNoneOf(access, refresh);
    }

    @Test
    void loginThatOpensNoBrowserFallsBackToPrintingTheAddress() throws Exception {
        CompletableFuture<Integer> login = runInBackground(Map.of(), "login", "--timeout", "60");
        String url = out.firstUrl().get(20, TimeUnit.SECONDS);

        follow(url);

        assertThat(login.get(20, TimeUnit.SECONDS)).isZero();
        assertThat(err.toString()).contains("Could not open a browser");
    }

    @Test
    void deniedLoginExitsOneAndStoresNothing() throws Exception {
        spotify.denyAuthorization("access_denied");
        CompletableFuture<Integer> login = runInBackground(Map.of(), "login", "--no-browser");

        follow(out.firstUrl().get(20, TimeUnit.SECONDS));

        assertThat(login.get(20, TimeUnit.SECONDS)).isEqualTo(1);
        assertThat(err.toString()).contains("cancelled");
        assertThat(Files.exists(configDir().resolve(FileTokenStore.FILE_NAME))).isFalse();
    }

    @Test
    void loginWithoutAClientIdExplainsHowToRegisterAnApp() throws Exception {
        int code = runInBackground(Map.of("DOCTOR409_CLIENT_ID", " "), "login", "--no-browser").get(20, TimeUnit.SECONDS);

        assertThat(code).isEqualTo(1);
        assertThat(out.text()).isEmpty();
        assertThat(err.toString()).contains("http://127.0.0.1/callback").contains("DOCTOR409_CLIENT_ID");
        assertThat(spotify.requestCount()).isZero();
    }

    @Test
    void badTimeoutIsAUsageError() throws Exception {
        assertThat(runInBackground(Map.of(), "login", "--timeout", "0").get(20, TimeUnit.SECONDS)).isEqualTo(64);
    }

    @Test
    void logoutForgetsTheStoredSession() throws Exception {
        CompletableFuture<Integer> login = runInBackground(Map.of(), "login", "--no-browser");
        follow(out.firstUrl().get(20, TimeUnit.SECONDS));
        assertThat(login.get(20, TimeUnit.SECONDS)).isZero();

        int code = runInBackground(Map.of(), "logout").get(20, TimeUnit.SECONDS);

        assertThat(code).isZero();
        assertThat(out.text()).contains("https://www.spotify.com/account/apps/");
        assertThat(new FileTokenStore(configDir(), Clock.systemUTC()).load()).isInstanceOf(SessionLoad.NoSession.class);
    }

    /** Plays the browser: asks the authorize page and follows its redirect to the loopback listener. */
    private static int follow(String url) throws IOException {
        OkHttpClient browser = new OkHttpClient.Builder().proxy(Proxy.NO_PROXY).followRedirects(true).build();
        try (Response response = browser.newCall(new Request.Builder().url(url).build()).execute()) {
            return response.code();
        }
    }

    /** Collects stdout and completes when a line starting with http appears. */
    private static final class LineWatcher extends Writer {
        private final StringBuffer text = new StringBuffer();
        private final CompletableFuture<String> firstUrl = new CompletableFuture<>();

        CompletableFuture<String> firstUrl() {
            return firstUrl;
        }

        String text() {
            return text.toString();
        }

        @Override
        public void write(char[] buffer, int offset, int length) {
            text.append(buffer, offset, length);
            for (String line : text.toString().split("\n")) {
                if (line.startsWith("http") && text.indexOf(line + System.lineSeparator()) >= 0) {
                    firstUrl.complete(line.strip());
                }
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }
}
