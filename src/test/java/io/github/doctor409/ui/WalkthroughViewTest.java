package io.github.doctor409.ui;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import io.github.doctor409.core.CheckGroup;
import io.github.doctor409.core.CheckResult;
import io.github.doctor409.core.DeadlinePolicy;
import io.github.doctor409.core.Diagnosis;
import io.github.doctor409.core.DiagnosisListener;
import io.github.doctor409.core.DiagnosisRun;
import io.github.doctor409.core.Fix;
import io.github.doctor409.core.FixCatalog;
import io.github.doctor409.core.FixContext;
import io.github.doctor409.core.FixOutcome;
import io.github.doctor409.core.ManualExecutor;
import io.github.doctor409.core.MutableClock;
import io.github.doctor409.core.OperatingSystem;
import io.github.doctor409.core.Status;
import io.github.doctor409.guide.Walkthrough;
import io.github.doctor409.guide.WalkthroughPlan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The walkthrough window over local stand-in checks: by keyboard alone, "no" at the network and sign-in
 * steps, then the cache step's fix clears the warning and "yes" ends with the summary.
 */
@ExtendWith(ApplicationExtension.class)
class WalkthroughViewTest {

    private final ManualExecutor executor = new ManualExecutor(MutableClock.atEpochDay());
    private final AtomicBoolean cacheCleared = new AtomicBoolean();
    private final RecordingDialogs dialogs = new RecordingDialogs(true);
    private final List<String> copied = new ArrayList<>();
    private WalkthroughView view;

    @Start
    void start(Stage stage) throws Exception {
        Diagnosis diagnosis = new Diagnosis(List.of(
                fixed("network.services", "Spotify services", CheckGroup.CONNECTION, Status.FAIL,
                        "The connection to api.spotify.com was refused.", "fix.retry"),
                fixed("auth.token", "Sign-in", CheckGroup.ACCOUNT, Status.FAIL,
                        "Spotify no longer accepts your sign-in; please sign in again.", "fix.sign-in"),
                new ScriptedCheck("client.cache", CheckGroup.SPOTIFY_APP, Set.of(), (check, context) ->
                        CheckResult.of("client.cache", "Local cache", cacheCleared.get() ? Status.PASS : Status.WARN,
                                cacheCleared.get() ? "The cache looks fine." : "The cache was written by an older app version.")
                                .evidence("flavour", "linux-package").fix("fix.clear-cache").build())),
                executor, executor.clock(), DeadlinePolicy.defaults());
        FixCatalog catalog = new FixCatalog(List.of(new ClearCacheStandIn()));
        DiagnosisRun first = diagnosis.start(DiagnosisListener.NONE);
        executor.runAll();
        Walkthrough walkthrough = new Walkthrough(new WalkthroughPlan(catalog, OperatingSystem.LINUX),
                first.report().get().results());
        WalkthroughViewModel model = new WalkthroughViewModel(walkthrough, diagnosis, catalog, executor, Runnable::run,
                dialogs, copied::add, () -> { }, () -> { }, new CheckTexts(new Messages(java.util.Locale.ENGLISH)));
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        view = new WalkthroughView(model);
        stage.setScene(new Scene(view, 920, 680));
        stage.show();
    }

    @Test
    void walksTheLadderByKeyboardUntilAStepFixesIt(FxRobot robot) throws Exception {
        robot.interact(view::focusSteps);
        assertThat(title(robot)).isEqualTo("Check your network connection");
        assertThat(robot.lookup("#step-badge").queryLabeled().getText()).isEqualTo("A check found a problem here");
        ScreenshotWriter.write(view, Path.of("target/screenshots/walkthrough.png"));

        robot.type(KeyCode.C);
        robot.interact(executor::runAll);
        assertThat(robot.lookup("#walkthrough-message").queryLabeled().getText())
                .isEqualTo("The checks still show a problem here.");
        robot.type(KeyCode.N);
        assertThat(title(robot)).isEqualTo("Sign in again");
        robot.type(KeyCode.N);
        assertThat(title(robot)).isEqualTo("Clear the Spotify cache");
        assertThat(robot.lookup("#step-action").queryButton().getText()).isEqualTo("Clear cache safely");

        robot.type(KeyCode.F);
        robot.interact(executor::runAll);
        robot.interact(executor::runAll);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs.questions).containsExactly("Clear cache safely");
        assertThat(robot.lookup("#walkthrough-message").queryLabeled().getText())
                .isEqualTo("Moved the cache aside. The checks pass now. Did this fix it?");
        robot.type(KeyCode.Y);

        assertThat(robot.lookup("#summary-headline").queryLabeled().getText())
                .isEqualTo("Fixed: \"Clear the Spotify cache\" did it.");
        assertThat(robot.lookup(".summary-line").queryAll()).extracting(n -> ((Label) n).getText()).contains(
                "Check your network connection: tried, did not fix it.",
                "Sign in again: tried, did not fix it.",
                "Clear the Spotify cache: fixed it.",
                "  - Ran \"Clear cache safely\": Moved the cache aside.");
        ScreenshotWriter.write(view, Path.of("target/screenshots/walkthrough-summary.png"));
    }

    @Test
    void aNotNeededStepOpensFromTheListAndCommandsCanBeCopied(FxRobot robot) {
        robot.clickOn("Set the clock right");

        assertThat(title(robot)).isEqualTo("Set the clock right");
        assertThat(robot.lookup("#step-badge").queryLabeled().getText()).startsWith("Not needed");
        robot.clickOn(robot.lookup(".copy-command").queryButton());
        assertThat(copied).containsExactly("timedatectl set-ntp true");
    }

    private static ScriptedCheck fixed(String id, String title, CheckGroup group, Status status, String summary, String fix) {
        return new ScriptedCheck(id, group, Set.of(), (check, context) ->
                CheckResult.of(id, title, status, summary).fix(fix).build());
    }

    private static String title(FxRobot robot) {
        return robot.lookup("#step-title").queryLabeled().getText();
    }

    /** Stands in for fix.clear-cache: flips the cache check to pass. */
    private final class ClearCacheStandIn implements Fix {
        @Override
        public String id() {
            return "fix.clear-cache";
        }

        @Override
        public String title() {
            return "Clear cache (stand-in)";
        }

        @Override
        public String describe() {
            return "Moves the cache aside.";
        }

        @Override
        public boolean changesDisk() {
            return true;
        }

        @Override
        public Set<String> rechecks() {
            return Set.of("client.cache");
        }

        @Override
        public FixOutcome apply(FixContext context) {
            cacheCleared.set(true);
            return new FixOutcome.Done("Moved the cache aside.");
        }
    }
}
