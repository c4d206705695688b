package io.github.doctor409.ui;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import io.github.doctor409.core.CheckResult;
import io.github.doctor409.core.DiagnosisReport;
import io.github.doctor409.core.OperatingSystem;
import io.github.doctor409.core.Status;
import io.github.doctor409.core.Verdict;
import io.github.doctor409.report.Redaction;
import io.github.doctor409.report.ReportFormat;
import io.github.doctor409.report.ReportMetadata;
import io.github.doctor409.report.SupportReport;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The report preview's recent-log option: off by default, and the lines it adds are redacted again. */
@ExtendWith(ApplicationExtension.class)
class RecentLogOptionTest {

    private static final String LOG_LINE = "2026-11-24T12:00:00Z INFO    Old: token=AQDsecret0123456789 from /home/harriet/x";

    private ReportPreviewModel model;

    @Start
    void start(Stage stage) {
        List<CheckResult> results = List.of(CheckResult.of("network.services", "Spotify services", Status.PASS, "Fine.")
                .build().withDuration(Duration.ofMillis(97)));
        DiagnosisReport report = new DiagnosisReport(Instant.parse("2026-11-24T12:00:00Z"), Duration.ofMillis(100), results,
                Verdict.of(results), false);
        model = new ReportPreviewModel(() -> report,
                () -> new ReportMetadata("1.0.0", OperatingSystem.LINUX, "amd64", "17.0.12", Instant.parse("2026-11-24T12:00:05Z")),
                new SupportReport(new Redaction(Path.of("/home/harriet"), List.of())), text -> { },
                (title, name, extension) -> Optional.empty(), page -> { }, new Messages(Locale.ENGLISH), java.time.ZoneOffset.UTC);
        model.offerRecentLog(() -> List.of(LOG_LINE));
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        ReportPreviewView view = new ReportPreviewView(model, new Messages(Locale.ENGLISH));
        view.addOption(new RecentLogOption(model, new Messages(Locale.ENGLISH)));
        stage.setScene(new Scene(view, 920, 680));
        stage.show();
    }

    @Test
    void theLogIsLeftOutUntilTickedAndThenRedactedInBothFormats(FxRobot robot) throws Exception {
        CheckBox option = robot.lookup("#include-log").queryAs(CheckBox.class);
        TextArea text = robot.lookup("#report-text").queryAs(TextArea.class);
        assertThat(option.isSelected()).isFalse();
        assertThat(option.getText()).isEqualTo("Include the recent log (last 200 lines)");
        assertThat(text.getText()).doesNotContain("Recent log").doesNotContain("Old:");

        robot.clickOn("#include-log");

        assertThat(model.includeLogProperty().get()).isTrue();
        ScreenshotWriter.write(text.getScene().getRoot(), Path.of("target/screenshots/report-with-log.png"));
        assertThat(text.getText()).contains("## Recent log").contains("Old: token=[redacted] from ~/x")
                .doesNotContain("AQDsecret").doesNotContain("/home/harriet");
        robot.interact(() -> model.formatProperty().set(ReportFormat.JSON));
        assertThat(text.getText()).contains("\"recentLog\"").contains("token=[redacted]").doesNotContain("AQDsecret");
    }
}
