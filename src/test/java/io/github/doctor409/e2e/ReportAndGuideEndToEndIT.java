package io.github.doctor409.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import io.github.doctor409.account.FileTokenStore;
import io.github.doctor409.account.StoredSession;
import io.github.doctor409.report.ReportFormat;
import io.github.doctor409.report.TinySchemaValidator;
import io.github.doctor409.testing.FakeSpotify;
import io.github.doctor409.testing.SpotifyHome;
import java.io.InputStreamReader;
import java.io.Reader;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The "done when" of the walkthrough-and-report issue, against the packaged jar. */
class ReportAndGuideEndToEndIT {

    private static final String ACCESS = "BQDe2eAccessTokenThatMustNeverAppear0123456789";
    private static final String REFRESH = "AQDe2eRefreshTokenThatMustNeverAppear0123456789";

    @TempDir
    Path home;

    private Map<String, String> signedInAgainst(FakeSpotify spotify) throws Exception {
        new SpotifyHome(home).linuxInstall("1.2.98.2099.g1f2e3d4c");
        spotify.acceptAccessToken(ACCESS).acceptRefreshToken(REFRESH);
        new FileTokenStore(home.resolve("doctor409-config"), Clock.systemUTC()).save(new StoredSession(ACCESS,
                Optional.of(REFRESH), Instant.now().plus(1, ChronoUnit.HOURS), Set.of("user-read-private", "user-read-email")));
        return Map.of("DOCTOR409_ACCOUNTS_URL", spotify.baseUrl(), "DOCTOR409_API_URL", spotify.baseUrl(),
                "DOCTOR409_APRESOLVE_URL", spotify.baseUrl(), "DOCTOR409_CLIENT_ID", "e2e-client");
    }

    @Test
    void reportsInBothFormatsFollowTheSchemaAndHoldNoPersonalData() throws Exception {
        try (FakeSpotify spotify = new FakeSpotify()) {
            Map<String, String> env = signedInAgainst(spotify);

            PackagedJar.Run json = PackagedJar.run(home, env, "report", "--format", "json");
            PackagedJar.Run markdown = PackagedJar.run(home, env, "report", "--format", "markdown", "--out", "report.md");

            assertThat(json.exitCode()).as(json.stderr()).isZero();
            try (Reader schema = new InputStreamReader(ReportFormat.class.getResourceAsStream("doctor409.report-1.schema.json"),
                    StandardCharsets.UTF_8)) {
                assertThat(new TinySchemaValidator(JsonParser.parseReader(schema).getAsJsonObject())
                        .validate(JsonParser.parseString(json.stdout()))).isEmpty();
            }
            assertThat(markdown.exitCode()).as(markdown.stderr()).isZero();
            String md = Files.readString(home.resolve("report.md"));
            assertThat(md).startsWith("# 409 Doctor report").contains("| Sign-in (`auth.token`) | pass |");
            for (String text : List.of(json.stdout(), md)) {
                assertThat(text).doesNotContain(ACCESS).doesNotContain(REFRESH).doesNotContain("listener@example.com")
                        .doesNotContain("Test Listener").doesNotContain(home.toString());
            }
        }
    }

    @Test
    void guideCanBeCompletedFromPipedAnswers() throws Exception {
        PackagedJar.Run run = PackagedJar.runWithInput(home, Map.of("DOCTOR409_ACCOUNTS_URL", "http://127.0.0.1:9",
                "DOCTOR409_API_URL", "http://127.0.0.1:9", "DOCTOR409_APRESOLVE_URL", "http://127.0.0.1:9"),
                "n\nf\ny\n", "guide");

        assertThat(run.stdout()).contains("Step 1 of 10: Check your network connection")
                .contains("Step 2 of 10: Sign in again")
                .contains("Fixed: \"Sign in again\" did it.");
        assertThat(run.exitCode()).as(run.stderr()).isZero();
    }
}
