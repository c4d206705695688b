package io.github.doctor409.ui;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import io.github.doctor409.core.CheckGroup;
import io.github.doctor409.core.CheckResult;
import io.github.doctor409.core.DeadlinePolicy;
import io.github.doctor409.core.Diagnosis;
import io.github.doctor409.core.FixCatalog;
import io.github.doctor409.core.ManualExecutor;
import io.github.doctor409.core.MutableClock;
import io.github.doctor409.core.Status;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The latency line of network.services and the "still waiting for" notice, as a person sees them. */
@ExtendWith(ApplicationExtension.class)
class NetworkCardsLookTest {

    private final ManualExecutor executor = new ManualExecutor(MutableClock.atEpochDay());
    private MainView view;

    @Start
    void start(Stage stage) {
        ScriptedCheck services = new ScriptedCheck("network.services", CheckGroup.CONNECTION, Set.of(), (check, context) ->
                CheckResult.of("network.services", "Spotify services", Status.PASS, "Spotify's services answer from this computer.")
                        .detail("api: latency best 38 ms, median 40 ms of 3 tries")
                        .evidence("accounts", Map.of("latencyMs", Map.of("best", 41L, "median", 44L)))
                        .evidence("api", Map.of("latencyMs", Map.of("best", 38L, "median", 40L)))
                        .evidence("apresolve", Map.of("latencyMs", Map.of("best", 35L, "median", 36L)))
                        .evidence("dealer", Map.of("latencyMs", Map.of("best", 52L, "median", 55L)))
                        .evidence("spclient", Map.of("latencyMs", Map.of("best", 47L, "median", 49L)))
                        .build());
        ScriptedCheck accessPoints = new ScriptedCheck("network.accesspoints", CheckGroup.CONNECTION, Set.of(),
                (check, context) -> CheckResult.of(check, Status.PASS, "never shown").build());
        Diagnosis diagnosis = new Diagnosis(List.of(services, accessPoints), executor, executor.clock(), DeadlinePolicy.defaults());
        MainViewModel viewModel = new MainViewModel(diagnosis, new FixCatalog(List.of()), executor, Runnable::run,
                new RecordingDialogs(false), new Messages(Locale.ENGLISH));
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        view = new MainView(viewModel);
        stage.setScene(new Scene(view, 960, 560));
        stage.show();
        viewModel.runAll();
        executor.runNext();
        executor.hangNext();
        executor.runNext();
        viewModel.card("network.accesspoints").orElseThrow()
                .noteWaitingFor("TCP connections to ap-gew4.spotify.com:4070, ap-gew4.spotify.com:443");
        executor.advance(Duration.ofSeconds(3));
    }

    @Test
    void servicesShowLatencyPerEndpointAndASlowCardSaysWhatItWaitsFor(FxRobot robot) throws Exception {
        Label latency = robot.from(robot.lookup("#card-network-services").<StepCard>query()).lookup(".latency").query();
        assertThat(latency.isVisible()).isTrue();
        assertThat(latency.getText())
                .isEqualTo("Latency (median): accounts 44 ms · api 40 ms · apresolve 36 ms · dealer 55 ms · spclient 49 ms");
        Label waiting = robot.from(robot.lookup("#card-network-accesspoints").<StepCard>query()).lookup(".summary").query();
        assertThat(waiting.getText()).isEqualTo(
                "Still waiting for TCP connections to ap-gew4.spotify.com:4070, ap-gew4.spotify.com:443…");
        Label noLatency = robot.from(robot.lookup("#card-network-accesspoints").<StepCard>query()).lookup(".latency").query();
        assertThat(noLatency.isVisible()).isFalse();

        ScreenshotWriter.write(view, Path.of("target/screenshots/network-cards.png"));
    }
}
