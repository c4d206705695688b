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
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every status at once, with fixes and open details, written to target/screenshots/ so a person can look
 * at the window; also checks what the picture must show in words.
 */
@ExtendWith(ApplicationExtension.class)
class MainViewLookTest {

    private final ManualExecutor executor = new ManualExecutor(MutableClock.atEpochDay());
    private MainView view;

    @Start
    void start(Stage stage) {
        Diagnosis diagnosis = new Diagnosis(List.of(
                result("network.services", "Spotify services", CheckGroup.CONNECTION, Status.PASS,
                        "Spotify's servers answer normally.", "accounts.spotify.com: TLS 1.3, HTTP 200 in 84 ms"),
                result("network.accesspoints", "Desktop app connection", CheckGroup.CONNECTION, Status.WARN,
                        "Port 4070 is blocked; the app falls back to port 443, which works.",
                        "ap-gew4.spotify.com:4070 connect timed out after 2.0 s", "fix.network-help"),
                result("auth.token", "Sign-in", CheckGroup.ACCOUNT, Status.FAIL,
                        "Your sign-in has expired and could not be renewed. Sign in again.",
                        "POST /api/token -> 400 invalid_grant", "fix.sign-in", "fix.refresh"),
                result("account.devices", "Other devices", CheckGroup.ACCOUNT, Status.SKIPPED,
                        "Skipped: needs a valid sign-in first.", null),
                result("client.version", "Spotify app version", CheckGroup.SPOTIFY_APP, Status.UNKNOWN,
                        "Could not read the app's version file.", "prefs: app.last-launched-version missing"),
                result("client.cache", "Local cache", CheckGroup.SPOTIFY_APP, Status.ERROR,
                        "This check failed because of a bug in 409 Doctor; the other results still hold.",
                        "IllegalStateException: boom")),
                executor, executor.clock(), DeadlinePolicy.defaults());
        MainViewModel viewModel = new MainViewModel(diagnosis, new FixCatalog(List.of()), executor, Runnable::run,
                new RecordingDialogs(false), new Messages(Locale.ENGLISH));
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        view = new MainView(viewModel);
        stage.setScene(new Scene(view, 960, 720));
        stage.show();
        viewModel.runAll();
        executor.runAll();
    }

    @Test
    void everyStatusShowsItsWordAndUnavailableFixesAreDisabledWithATooltip(FxRobot robot) throws Exception {
        StepCard signIn = robot.lookup("#card-auth-token").query();
        robot.clickOn(robot.from(signIn).lookup(".details-toggle").queryLabeled());
        WaitForAsyncUtils.waitForFxEvents();

        TextArea details = robot.from(signIn).lookup(".details-text").query();
        assertThat(details.isVisible()).isTrue();
        assertThat(details.getText()).isEqualTo("POST /api/token -> 400 invalid_grant");
        Button signInAgain = robot.from(signIn).lookup(".fix").queryButton();
        assertThat(signInAgain.getText()).isEqualTo("Sign in again");
        assertThat(signInAgain.isDisabled()).isTrue();
        assertThat(signInAgain.getTooltip().getText()).isEqualTo("Not available in this version yet");
        assertThat(robot.lookup(".status-word").queryAll()).extracting(node -> ((javafx.scene.control.Label) node).getText())
                .containsExactly("Passed", "Warning", "Problem", "Skipped", "Not verified", "Error");
        assertThat(robot.lookup("#card-account-devices").<Node>query().lookup(".details-toggle").isVisible()).isFalse();

        ScreenshotWriter.write(view, Path.of("target/screenshots/main-window-all-states.png"));
        ScreenshotWriter.write(robot.lookup(".sections").query(), Path.of("target/screenshots/all-cards.png"));
        assertThat(WaitForAsyncUtils.asyncFx(() -> signIn.hasPseudoClass(CardStatus.FAIL)).get(5, TimeUnit.SECONDS))
                .isTrue();
    }

    private static ScriptedCheck result(String id, String title, CheckGroup group, Status status, String summary,
                                        String detail, String... fixes) {
        return new ScriptedCheck(id, group, Set.of(), (check, context) -> {
            CheckResult.Builder builder = CheckResult.of(id, title, status, summary);
            if (detail != null) {
                builder.detail(detail);
            }
            for (String fix : fixes) {
                builder.fix(fix);
            }
            return builder.build();
        });
    }
}
