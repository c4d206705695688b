package io.github.doctor409.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.doctor409.app.AppContext;
import io.github.doctor409.app.Config;
import io.github.doctor409.core.BackgroundExecutor;
import io.github.doctor409.core.HostEnvironment;
import io.github.doctor409.core.OperatingSystem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code doctor409 guide} with piped answers; Spotify's addresses point at a closed local port. */
class GuideCommandTest {

    @TempDir
    Path home;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int guide(String answers) {
        HostEnvironment host = new HostEnvironment(OperatingSystem.LINUX, home,
                Map.of("DOCTOR409_CONFIG_DIR", home.resolve("config").toString(),
                        "DOCTOR409_ACCOUNTS_URL", "http://127.0.0.1:9",
                        "DOCTOR409_API_URL", "http://127.0.0.1:9",
                        "DOCTOR409_APRESOLVE_URL", "http://127.0.0.1:9"));
        CliEnvironment env = new CliEnvironment(host, new PrintWriter(out, true), new PrintWriter(err, true),
                policy -> new AppContext(host, Config.load(host, Optional.empty()), new BackgroundExecutor(),
                        Clock.systemUTC(), policy, page -> {
                            throw new IOException("no browser in tests");
                        }),
                new java.io.BufferedReader(new java.io.StringReader(answers)));
        return CommandLine409.run(new String[] {"guide"}, env);
    }

    @Test
    void startsAtTheNetworkStepShowsCopyableCommandsAndMovesOnWithNo() {
        int code = guide("f\nn\nf\nq\n");

        String text = out.toString();
        assertThat(text).contains("Step 1 of 10: Check your network connection");
        assertThat(text).contains("Found:\n  - Spotify services:");
        assertThat(text).contains("curl -sS -o /dev/null -w '%{http_code}\\n' https://api.spotify.com/v1/me");
        assertThat(text).contains("Step 2 of 10: Sign in again");
        // the sign-in step runs the real fix, which says why it cannot sign in without an app id
        assertThat(text).contains("f runs \"Sign in again\"")
                .contains("Signing in needs a Spotify app id, and none is set up yet");
        assertThat(code).isEqualTo(ExitCode.INCOMPLETE);
    }

    @Test
    void yesEndsWithASummaryOfWhatWasDone() {
        int code = guide("f\ny\n");

        assertThat(out.toString()).contains("Fixed: \"Check your network connection\" did it.")
                .contains("Check your network connection: fixed it.")
                .contains("- Followed the steps for \"Check your network connection\"");
        assertThat(code).isZero();
    }

    @Test
    void notNeededStepsAreListedAndCanBeOpenedByNumber() {
        guide("l\no 10\nx\nq\n");

        String text = out.toString();
        assertThat(text).containsPattern("10\\. \\S.*\\(not needed\\)");
        assertThat(text).contains("Step 10 of 10:").contains("(not needed: no check found a problem here)");
        assertThat(text).contains("Type one of: " + GuideCommand.KEYS);
    }

    @Test
    void endOfInputStopsCleanly() {
        assertThat(guide("")).isEqualTo(ExitCode.INCOMPLETE);
        assertThat(out.toString()).contains("Stopped.");
    }
}
