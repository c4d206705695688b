package io.github.doctor409.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.doctor409.account.FileTokenStore;
import io.github.doctor409.account.StoredSession;
import io.github.doctor409.app.AppContext;
import io.github.doctor409.app.Config;
import io.github.doctor409.core.BackgroundExecutor;
import io.github.doctor409.core.HostEnvironment;
import io.github.doctor409.core.OperatingSystem;
import io.github.doctor409.report.TinySchemaValidator;
import io.github.doctor409.testing.FakeSpotify;
import io.github.doctor409.testing.SpotifyHome;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code doctor409 report} after a real sign-in against the local stand-in. */
class ReportCommandTest {

    private static final String ACCESS = "BQCaccessTokenForTheReportTest0123456789abcdef";
    private static final String REFRESH = "AQDrefreshTokenForTheReportTest0123456789abcdef";

    @TempDir
    Path home;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private FakeSpotify spotify;

    @BeforeEach
    void signIn() throws Exception {
        spotify = new FakeSpotify().acceptAccessToken(ACCESS).acceptRefreshToken(REFRESH);
        new SpotifyHome(home).linuxInstall("1.2.94.576.g8c0e69ee");
        new FileTokenStore(home.resolve("config"), Clock.systemUTC()).save(new StoredSession(ACCESS, Optional.of(REFRESH),
                Instant.now().plus(1, ChronoUnit.HOURS), Set.of("user-read-private", "user-read-email")));
    }

    @AfterEach
    void stop() {
        spotify.close();
    }

    private int run(String... args) {
        HostEnvironment host = new HostEnvironment(OperatingSystem.LINUX, home,
                Map.of("DOCTOR409_CONFIG_DIR", home.resolve("config").toString(),
                        "XDG_CONFIG_HOME", home.resolve(".config").toString(),
                        "XDG_CACHE_HOME", home.resolve(".cache").toString(),
                        "DOCTOR409_CLIENT_ID", "test-client",
                        "DOCTOR409_ACCOUNTS_URL", spotify.baseUrl(),
                        "DOCTOR409_API_URL", spotify.baseUrl(),
                        "DOCTOR409_APRESOLVE_URL", spotify.baseUrl()));
        CliEnvironment env = new CliEnvironment(host, new PrintWriter(out, true), new PrintWriter(err, true),
                policy -> new AppContext(host, Config.load(host, Optional.empty()), new BackgroundExecutor(),
                        Clock.systemUTC(), policy));
        return CommandLine409.run(args, env);
    }

    @Test
    void jsonReportFollowsTheSchemaAndHoldsNoPersonalData() throws Exception {
        int code = run("report", "--format", "json");

        assertThat(code).isZero();
        JsonObject report = JsonParser.parseString(out.toString()).getAsJsonObject();
        try (Reader schema = new InputStreamReader(io.github.doctor409.report.ReportFormat.class
                .getResourceAsStream("doctor409.report-1.schema.json"), StandardCharsets.UTF_8)) {
            assertThat(new TinySchemaValidator(JsonParser.parseReader(schema).getAsJsonObject()).validate(report)).isEmpty();
        }
        assertThat(report.getAsJsonArray("checks").toString()).contains("\"auth.token\"").contains("\"pass\"");
        assertNoPersonalData(out.toString());
    }

    @Test
    void markdownReportGoesToTheFileAndOnlyProgressToStderr() throws Exception {
        Path file = home.resolve("out/report.md");

        int code = run("report", "--format", "markdown", "--out", file.toString());

        assertThat(code).isZero();
        assertThat(out.toString()).isEmpty();
        String md = Files.readString(file);
        assertThat(md).startsWith("# 409 Doctor report").contains("| Sign-in (`auth.token`) | pass |")
                .contains("~/.cache/spotify");
        assertNoPersonalData(md);
        assertThat(err.toString()).contains("Report written to");
    }

    @Test
    void unknownFormatIsAUsageError() {
        assertThat(run("report", "--format", "pdf")).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("markdown or json");
    }

    private void assertNoPersonalData(String text) {
        for (String secret : List.of(ACCESS, REFRESH, "listener@example.com", "Test Listener", "user-1",
                home.toString())) {
            assertThat(text).as("report must not contain " + secret).doesNotContain(secret);
        }
    }
}
