package io.github.doctor409.ui;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import io.github.doctor409.core.CheckResult;
import io.github.doctor409.core.ManualExecutor;
import io.github.doctor409.core.MutableClock;
import io.github.doctor409.core.Status;
import io.github.doctor409.guide.MonitorHistory;
import io.github.doctor409.guide.MonitorSample;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The monitor window over a scripted probe: a history of trouble, then Spotify answers again. */
@ExtendWith(ApplicationExtension.class)
class MonitorViewTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T12:00:00Z"));
    private final ManualExecutor executor = new ManualExecutor(clock);
    private final List<String> notifications = new ArrayList<>();
    private MonitorView view;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("monitor-view");
        MonitorHistory history = new MonitorHistory(dir.resolve(MonitorHistory.FILE_NAME), 240);
        for (int i = 0; i < 16; i++) {
            history.append(pastRound(i));
        }
        clock.advance(Duration.ofSeconds(16 * 30));
        MonitorViewModel model = new MonitorViewModel(() -> List.of(services(Status.PASS, 90), token(Status.PASS)),
                executor, clock, history, Runnable::run, (title, message) -> notifications.add(message),
                new Messages(java.util.Locale.ENGLISH), ZoneOffset.UTC);
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        view = new MonitorView(model);
        stage.setScene(new Scene(view, 920, 680));
        stage.show();
    }

    @Test
    void drawsLatencyAndStatusAndSaysWhenAllIsGreenAgain(FxRobot robot) throws Exception {
        LineChart<?, ?> latency = robot.lookup("#latency-chart").query();
        assertThat(latency.getData()).extracting(s -> s.getName()).containsExactly("accounts", "api", "apresolve");

        robot.clickOn("#monitor-start");
        robot.interact(executor::runAll);
        WaitForAsyncUtils.waitForFxEvents();

        String greenAgain = "Everything is green again: Spotify answers and your sign-in works.";
        assertThat(robot.lookup("#monitor-message").queryLabeled().getText()).isEqualTo(greenAgain);
        assertThat(notifications).containsExactly(greenAgain);
        assertThat(robot.lookup("#monitor-stop").queryButton().isDisabled()).isFalse();
        LineChart<?, ?> status = robot.lookup("#status-chart").query();
        assertThat(status.getData()).extracting(s -> s.getData().size()).containsOnly(17);
        ScreenshotWriter.write(view, Path.of("target/screenshots/monitor.png"));

        robot.clickOn("#monitor-stop");
        robot.interact(() -> executor.advance(Duration.ofMinutes(5)));
        robot.interact(executor::runAll);
        assertThat(status.getData().get(0).getData()).hasSize(17);
    }

    /** Trouble first: the API refused, then rate-limited sign-in, then slowly better. */
    private MonitorSample pastRound(int i) {
        Instant at = clock.instant().plusSeconds(i * 30L);
        Map<String, Status> statuses = new LinkedHashMap<>();
        statuses.put("network.services", i < 5 ? Status.FAIL : i < 12 ? Status.WARN : Status.PASS);
        statuses.put("auth.token", i < 8 ? Status.UNKNOWN : Status.WARN);
        Map<String, Long> latency = new LinkedHashMap<>();
        if (i >= 5) {
            latency.put("accounts", 420L - i * 18 + (i % 3) * 25);
            latency.put("api", 380L - i * 15 + (i % 2) * 40);
            latency.put("apresolve", 150L + (i % 4) * 20);
        }
        return new MonitorSample(at, statuses, latency);
    }

    private static CheckResult services(Status status, long ms) {
        return CheckResult.of("network.services", "Spotify services", status, "x")
                .evidence("accounts", Map.of("reachable", true, "timingsMs", Map.of("total", ms + 30)))
                .evidence("api", Map.of("reachable", true, "timingsMs", Map.of("total", ms)))
                .evidence("apresolve", Map.of("reachable", true, "timingsMs", Map.of("total", ms - 20)))
                .build();
    }

    private static CheckResult token(Status status) {
        return CheckResult.of("auth.token", "Sign-in", status, "x").build();
    }
}
