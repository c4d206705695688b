package io.github.doctor409.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.doctor409.account.FileTokenStore;
import io.github.doctor409.account.StoredSession;
import io.github.doctor409.app.AppContext;
import io.github.doctor409.app.LogFiles;
import io.github.doctor409.core.HostEnvironment;
import io.github.doctor409.core.OperatingSystem;
import io.github.doctor409.report.TinySchemaValidator;
import io.github.doctor409.testing.FakeSpotify;
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
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line through the real composition root: logs go to the file, never to stdout or stderr. */
class CliLogsTest {

    private static final String ACCESS = "BQCaccessTokenForTheLogsTest0123456789abcdef";
    private static final String REFRESH = "AQDrefreshTokenForTheLogsTest0123456789abcdef";

    @TempDir
    Path home;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private FakeSpotify spotify;

    @BeforeEach
    void start() throws Exception {
        spotify = new FakeSpotify().acceptAccessToken(ACCESS).acceptRefreshToken(REFRESH);
    }

    @AfterEach
    void stop() {
        spotify.close();
    }

    private int run(Path configDir, String... args) {
        Map<String, String> variables = new HashMap<>(Map.of(
                "DOCTOR409_CONFIG_DIR", configDir.toString(),
                "XDG_CONFIG_HOME", home.resolve(".config").toString(),
                "XDG_CACHE_HOME", home.resolve(".cache").toString(),
                "DOCTOR409_TOKEN_STORE", "file",
                "DOCTOR409_CLIENT_ID", "test-client",
                "DOCTOR409_ACCOUNTS_URL", spotify.baseUrl(),
                "DOCTOR409_API_URL", spotify.baseUrl(),
                "DOCTOR409_APRESOLVE_URL", spotify.baseUrl()));
        HostEnvironment host = new HostEnvironment(OperatingSystem.LINUX, home, variables);
        CliEnvironment env = new CliEnvironment(host, new PrintWriter(out, true), new PrintWriter(err, true),
                policy -> AppContext.create(host, policy));
        return CommandLine409.run(args, env);
    }

    private Path signedIn() throws Exception {
        Path configDir = home.resolve("config");
        new FileTokenStore(configDir, Clock.systemUTC()).save(new StoredSession(ACCESS, Optional.of(REFRESH),
                Instant.now().plus(1, ChronoUnit.HOURS), Set.of("user-read-private", "user-read-email")));
        return configDir;
    }

    @Test
    void checkJsonLogsToTheFileAndKeepsBothStreamsClean() throws Exception {
        Path configDir = signedIn();

        int code = run(configDir, "check", "--json", "--only", "network.services,auth.token");

        assertThat(code).isZero();
        JsonParser.parseString(out.toString()).getAsJsonObject();
        assertThat(err.toString()).doesNotContain("INFO").doesNotContain("Diagnosis started").doesNotContain("HTTP GET");
        String log = Files.readString(configDir.resolve("logs").resolve("doctor409.0.log"), StandardCharsets.UTF_8);
        assertThat(log).contains("starting on linux").contains("Diagnosis started: 2 checks")
                .contains("check auth.token pass").doesNotContain(ACCESS);
    }

    @Test
    void reportWithLogsCarriesTheRecentLinesRedactedInBothFormats() throws Exception {
        Path configDir = signedIn();
        Files.createDirectories(configDir.resolve("logs"));
        Files.writeString(configDir.resolve("logs").resolve("doctor409.1.log"),
                "2026-11-24T12:00:00Z INFO    Old: an older line with " + ACCESS + " and " + home.resolve("x") + "\n");

        int json = run(configDir, "report", "--format", "json", "--include-logs");
        JsonObject report = JsonParser.parseString(out.toString()).getAsJsonObject();
        out.getBuffer().setLength(0);
        int markdown = run(configDir, "report", "--include-logs");

        assertThat(json).isZero();
        assertThat(markdown).isZero();
        try (Reader schema = new InputStreamReader(io.github.doctor409.report.ReportFormat.class
                .getResourceAsStream("doctor409.report-1.schema.json"), StandardCharsets.UTF_8)) {
            assertThat(new TinySchemaValidator(JsonParser.parseReader(schema).getAsJsonObject()).validate(report)).isEmpty();
        }
        String lines = report.getAsJsonArray("recentLog").toString();
        assertThat(lines).contains("an older line with [redacted] and ~/x").contains("Diagnosis started");
        assertThat(out.toString()).contains("## Recent log").contains("an older line with [redacted]")
                .doesNotContain(ACCESS).doesNotContain(home.toString());
    }

    @Test
    void reportWithoutTheOptionCarriesNoLog() throws Exception {
        int code = run(signedIn(), "report", "--format", "json");

        assertThat(code).isZero();
        assertThat(JsonParser.parseString(out.toString()).getAsJsonObject().has("recentLog")).isFalse();
    }

    @Test
    void anUnwritableLogFolderIsSaidOnceAndTheCommandStillWorks() throws Exception {
        Path notADirectory = Files.writeString(home.resolve("config-file"), "not a folder");

        int code = run(notADirectory, "check", "--json", "--only", "network.services");

        assertThat(code).isZero();
        JsonParser.parseString(out.toString()).getAsJsonObject();
        String warning = "warning: The log folder " + notADirectory.resolve(LogFiles.DIR_NAME);
        assertThat(err.toString()).containsOnlyOnce(warning).contains("works on without a log");
    }
}
