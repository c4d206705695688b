package io.github.doctor409.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.doctor409.app.AppContext;
import io.github.doctor409.app.Config;
import io.github.doctor409.core.BackgroundExecutor;
import io.github.doctor409.core.HostEnvironment;
import io.github.doctor409.core.OperatingSystem;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

    @TempDir
    Path home;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        HostEnvironment host = new HostEnvironment(OperatingSystem.LINUX, home,
                Map.of("DOCTOR409_CONFIG_DIR", home.resolve("config").toString(),
                        "DOCTOR409_TOKEN_STORE", "file",
                        // a closed port: nothing on the internet is ever asked
                        "DOCTOR409_ACCOUNTS_URL", "http://127.0.0.1:9",
                        "DOCTOR409_API_URL", "http://127.0.0.1:9",
                        "DOCTOR409_APRESOLVE_URL", "http://127.0.0.1:9"));
        CliEnvironment env = new CliEnvironment(host, new PrintWriter(out, true), new PrintWriter(err, true),
                policy -> new AppContext(host, Config.load(host, Optional.empty()), new BackgroundExecutor(),
                        Clock.systemUTC(), policy));
        return CommandLine409.run(args, env);
    }

    @Test
    void jsonModePrintsExactlyOneReportDocumentOnStdout() {
        int code = run("check", "--json");

        JsonObject report = JsonParser.parseString(out.toString()).getAsJsonObject();
        assertThat(report.get("schema").getAsString()).isEqualTo("doctor409.report/1");
        assertThat(report.getAsJsonObject("tool").get("name").getAsString()).isEqualTo("409 Doctor");
        assertThat(report.getAsJsonObject("platform").get("os").getAsString()).isEqualTo("linux");
        assertThat(report.has("verdict")).isTrue();
        assertThat(report.getAsJsonArray("checks")).isNotNull();
        assertThat(code).isBetween(0, 3);
    }

    @Test
    void versionPrintsTheToolName() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).startsWith("409 Doctor ");
    }

    @Test
    void helpListsTheCheckCommandAndExitCodes() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("check").contains("64").contains("usage error");
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertThat(run("check", "--frobnicate")).isEqualTo(64);
        assertThat(err.toString()).contains("--frobnicate");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void unknownCheckIdIsAUsageErrorNamingIt() {
        assertThat(run("check", "--only", "no.such.check")).isEqualTo(64);
        assertThat(err.toString()).contains("no.such.check");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void nonPositiveTimeoutIsAUsageError() {
        assertThat(run("check", "--timeout", "0")).isEqualTo(64);
        assertThat(run("check", "--timeout", "abc")).isEqualTo(64);
        assertThat(err.toString()).contains("--timeout");
    }

    @Test
    void missingCommandIsAUsageError() {
        assertThat(run("--json")).isEqualTo(64);
    }
}
