package io.github.doctor409.ui;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import com.google.gson.JsonParser;
import io.github.doctor409.core.CheckResult;
import io.github.doctor409.core.DiagnosisReport;
import io.github.doctor409.core.OperatingSystem;
import io.github.doctor409.core.Status;
import io.github.doctor409.core.Verdict;
import io.github.doctor409.report.Redaction;
import io.github.doctor409.report.ReportMetadata;
import io.github.doctor409.report.SupportReport;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ReportPreviewViewTest {

    private static final Path HOME = Path.of("/home/harriet");

    @TempDir
    Path folder;

    private final List<String> events = new ArrayList<>();
    private ReportPreviewView view;

    @Start
    void start(Stage stage) {
        CheckResult services = CheckResult.of("network.services", "Spotify services", Status.PASS,
                        "Spotify's services answer from this computer.")
                .detail("api: GET https://api.spotify.com/v1/me → HTTP 401 (dns 4 ms, connect 21 ms, tls 48 ms, total 97 ms)")
                .evidence("api", Map.of("reachable", true, "httpStatus", 401)).build().withDuration(Duration.ofMillis(97));
        CheckResult token = CheckResult.of("auth.token", "Sign-in", Status.FAIL,
                        "Spotify no longer accepts your sign-in; please sign in again.")
                .detail("GET /v1/me: 401 — the access token was turned down (harriet@example.com, from 192.168.1.20).")
                .evidence("session", "stored").fix("fix.sign-in").build().withDuration(Duration.ofMillis(140));
        CheckResult cache = CheckResult.of("client.cache", "Local cache", Status.PASS, "The cache looks fine.")
                .evidence("cacheRoot", HOME + "/.cache/spotify").build().withDuration(Duration.ofMillis(30));
        List<CheckResult> results = List.of(services, token, cache);
        DiagnosisReport report = new DiagnosisReport(Instant.parse("2026-11-24T12:00:00Z"), Duration.ofMillis(150), results,
                Verdict.of(results), false);
        ReportPreviewModel model = new ReportPreviewModel(() -> report,
                () -> new ReportMetadata("1.0.0", OperatingSystem.LINUX, "amd64", "17.0.12", Instant.parse("2026-11-24T12:00:05Z")),
                new SupportReport(new Redaction(HOME, List.of())),
                text -> events.add("copy:" + text.length()),
                (title, name, extension) -> {
                    events.add("save-dialog:" + name);
                    return Optional.of(folder.resolve(name));
                },
                page -> events.add("open:" + page), new Messages(java.util.Locale.ENGLISH), java.time.ZoneOffset.UTC);
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        view = new ReportPreviewView(model, new Messages(java.util.Locale.ENGLISH));
        stage.setScene(new Scene(view, 920, 680));
        stage.show();
    }

    @Test
    void previewShowsTheRedactedTextThatCopyAndSaveHandOver(FxRobot robot) throws Exception {
        String markdown = text(robot);
        assertThat(markdown).startsWith("# 409 Doctor report").contains("~/.cache/spotify")
                .doesNotContain("harriet@example.com").doesNotContain("192.168.1.20").doesNotContain("/home/harriet");
        ScreenshotWriter.write(view, Path.of("target/screenshots/report-preview.png"));

        robot.clickOn("#copy-report");
        robot.clickOn("#save-report");

        String name = "doctor409-report-20261124-1200.md";
        assertThat(events).containsExactly("copy:" + markdown.length(), "save-dialog:" + name);
        assertThat(Files.readString(folder.resolve(name))).isEqualTo(markdown);
        assertThat(robot.lookup("#report-message").queryLabeled().getText()).isEqualTo("Saved as " + name + ".");
    }

    @Test
    void jsonFormatShowsOneJsonDocument(FxRobot robot) {
        robot.clickOn("#format-json");

        assertThat(JsonParser.parseString(text(robot)).getAsJsonObject().get("schema").getAsString())
                .isEqualTo("doctor409.report/1");
    }

    @Test
    void contactSupportCopiesFirstThenOpensSpotifySupport(FxRobot robot) {
        robot.clickOn("#contact-support");

        assertThat(events).hasSize(2);
        assertThat(events.get(0)).startsWith("copy:");
        assertThat(events.get(1)).isEqualTo("open:" + URI.create("https://support.spotify.com/"));
    }

    private static String text(FxRobot robot) {
        return robot.lookup("#report-text").<TextArea>query().getText();
    }
}
