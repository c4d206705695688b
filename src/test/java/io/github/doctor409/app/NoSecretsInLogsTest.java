package io.github.doctor409.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.doctor409.account.FileTokenStore;
import io.github.doctor409.account.FollowingBrowser;
import io.github.doctor409.account.SessionLoad;
import io.github.doctor409.account.StoredSession;
import io.github.doctor409.core.BackgroundExecutor;
import io.github.doctor409.core.DeadlinePolicy;
import io.github.doctor409.core.DiagnosisListener;
import io.github.doctor409.core.DiagnosisReport;
import io.github.doctor409.core.FixContext;
import io.github.doctor409.core.FixOutcome;
import io.github.doctor409.core.HostEnvironment;
import io.github.doctor409.core.OperatingSystem;
import io.github.doctor409.report.Redaction;
import io.github.doctor409.testing.FakeSpotify;
import io.github.doctor409.testing.NoProcesses;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.stream.Stream;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real sign-in through the app's own fix (PKCE against the local stand-in for Spotify), a refresh, and
 * a whole diagnosis, with every logger at ALL into the app's log files: none of the secrets that
 * travelled — authorization code, state, code verifier, access and refresh tokens, the account's e-mail,
 * name and id — is in any log file, while the events themselves are.
 */
class NoSecretsInLogsTest {

    @TempDir
    Path home;

    private FakeSpotify spotify;
    private AppContext app;

    @BeforeEach
    void start() throws Exception {
        spotify = new FakeSpotify();
    }

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
        spotify.close();
    }

    @Test
    void signInRefreshAndDiagnosisLeaveNoSecretInTheLog() throws Exception {
        Path configDir = home.resolve("config");
        HostEnvironment host = new HostEnvironment(OperatingSystem.LINUX, home, Map.of(
                "DOCTOR409_CONFIG_DIR", configDir.toString(),
                "XDG_CONFIG_HOME", home.resolve(".config").toString(),
                "XDG_CACHE_HOME", home.resolve(".cache").toString(),
                "DOCTOR409_TOKEN_STORE", "file",
                "DOCTOR409_CLIENT_ID", "client-409",
                "DOCTOR409_ACCOUNTS_URL", spotify.baseUrl(),
                "DOCTOR409_API_URL", spotify.baseUrl(),
                "DOCTOR409_APRESOLVE_URL", spotify.baseUrl()));
        Config config = Config.load(host, Optional.empty());
        LogFiles logs = LogFiles.of(config);
        assertThat(logs.start(Level.ALL, new Redaction(host.home(), List.of()))).isTrue();
        AppContext.logStart(host, config);
        FollowingBrowser browser = new FollowingBrowser();
        app = new AppContext(host, config, new BackgroundExecutor(), Clock.systemUTC(), DeadlinePolicy.defaults(),
                browser, new NoProcesses(), logs);

        FixOutcome signedIn = app.fixes().find("fix.sign-in").orElseThrow().apply(new QuietFixContext());
        FixOutcome refreshed = app.fixes().find("fix.refresh").orElseThrow().apply(new QuietFixContext());
        DiagnosisReport report = app.diagnosis().start(new DiagnosisListener() {}).report().get(30, TimeUnit.SECONDS);

        assertThat(signedIn).isInstanceOf(FixOutcome.Done.class);
        assertThat(refreshed).isInstanceOf(FixOutcome.Done.class);
        StoredSession session = ((SessionLoad.Found) new FileTokenStore(configDir, Clock.systemUTC()).load()).session();
        List<String> secrets = new ArrayList<>(spotify.oauthSecretsSeen());
        assertThat(secrets).as("a code was issued and a verifier received").hasSizeGreaterThanOrEqualTo(2);
        secrets.addAll(spotify.issuedAccessTokens());
        secrets.add(session.accessToken());
        secrets.add(session.refreshToken().orElseThrow());
        secrets.add(HttpUrl.get(browser.opened()).queryParameter("state"));
        secrets.add(HttpUrl.get(browser.opened()).queryParameter("code_challenge"));
        secrets.addAll(List.of("listener@example.com", "Test Listener", "user-1"));
        assertThat(report.results()).anySatisfy(r -> assertThat(r.id()).isEqualTo("auth.token"));

        app.close();
        app = null;
        String log = everyLogFile(configDir.resolve(LogFiles.DIR_NAME));

        for (String secret : secrets) {
            assertThat(log).as("the log must not contain %s", secret).doesNotContain(secret);
        }
        assertThat(log)
                .contains("409 Doctor ").contains("starting on linux")
                .contains("Sign-in started").contains("Sign-in finished: signed in")
                .contains("Fix fix.sign-in applied").contains("Fix fix.sign-in ended: done")
                .contains("Fix fix.refresh ended: done")
                .contains("Diagnosis started").contains("Diagnosis finished")
                .contains("check auth.token pass").contains("check network.services");
    }

    private static String everyLogFile(Path dir) throws Exception {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                all.append(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
            }
        }
        assertThat(all).as("something was logged").isNotEmpty();
        return all.toString();
    }

    private static final class QuietFixContext implements FixContext {
        @Override
        public void progress(double fraction, String message) {}

        @Override
        public boolean isCancelled() {
            return false;
        }
    }
}
