package io.github.doctor409.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main flow with the keyboard only: no click anywhere. */
@ExtendWith(ApplicationExtension.class)
class MainWindowKeyboardTest {

    private MainWindowFixture window;
    private final AtomicInteger reportCopies = new AtomicInteger();
    private final AtomicInteger nextSteps = new AtomicInteger();

    @Start
    void start(Stage stage) {
        window = new MainWindowFixture(stage, new Messages(Locale.ENGLISH));
        window.view.setCopyReportAction(reportCopies::incrementAndGet);
        window.view.setNextStepAction(nextSteps::incrementAndGet);
    }

    @Test
    void theWholeMainFlowWorksWithKeysAlone(FxRobot robot) throws Exception {
        Button run = robot.lookup("#run-again").queryButton();
        assertThat(onFx(run::isFocused)).isTrue();
        assertThat(onFx(run::isMnemonicParsing)).isTrue();

        // Alt+R is the mnemonic of "_Run checks again"
        robot.press(KeyCode.ALT, KeyCode.R).release(KeyCode.R, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(window.viewModel::isRunning)).as("Alt+R started the checks").isTrue();
        robot.interact(window::runQueued);
        assertThat(onFx(window.viewModel::isRunning)).isFalse();
        assertThat(onFx(() -> card("auth.token").hasPseudoClass(CardStatus.FAIL))).isTrue();

        // Tab order: Run, the toolbar, the menu, then every card in group order with its own buttons
        robot.interact(window.view::focusRunButton);
        List<String> order = new ArrayList<>();
        for (int i = 0; i < 18; i++) {
            order.add(onFx(() -> describe(run.getScene().getFocusOwner())));
            robot.type(KeyCode.TAB);
        }
        assertThat(order).containsSubsequence(
                "#run-again", "#open-walkthrough", "#open-report", "#app-menu",
                "#card-network-services", ".details-toggle", ".rerun",
                "#card-network-accesspoints", ".details-toggle", ".rerun",
                "#card-auth-token", ".details-toggle", ".fix", ".rerun",
                "#card-client-version");
        assertThat(order.subList(0, 4)).containsExactly("#run-again", "#open-walkthrough", "#open-report", "#app-menu");

        // Tab onto the failing card, open its details with Enter
        StepCard token = card("auth.token");
        tabUntil(robot, () -> token.isFocused());
        assertThat(onFx(token::getAccessibleText))
                .isEqualTo("Sign-in: Problem. Your sign-in has expired and could not be renewed. Sign in again.");
        robot.type(KeyCode.ENTER);
        TextArea details = robot.from(token).lookup(".details-text").query();
        assertThat(onFx(details::isVisible)).as("Enter on the card opens its details").isTrue();
        ScreenshotWriter.write(window.view, Path.of("target/screenshots/main-keyboard-card-focus.png"));

        // Tab to its available fix and press it with Space; the outcome shows in the header
        Button fix = robot.from(token).lookup(".fix").queryButton();
        tabUntil(robot, fix::isFocused);
        ScreenshotWriter.write(window.view, Path.of("target/screenshots/main-keyboard-button-focus.png"));
        robot.type(KeyCode.SPACE);
        robot.interact(window::runQueued);
        assertThat(window.fixRuns.get()).isEqualTo(1);
        assertThat(onFx(() -> robot.lookup("#notice").queryLabeled().getText())).isEqualTo("Signed in again.");

        // the shortcuts
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C).release(KeyCode.C, KeyCode.SHIFT, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(reportCopies.get()).as("Ctrl+Shift+C").isEqualTo(1);
        assertThat(nextSteps.get()).as("Ctrl+N").isEqualTo(1);

        // F5 runs everything again; Alt+S (the mnemonic of "_Stop") stops it
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(window.viewModel::isRunning)).isTrue();
        robot.press(KeyCode.ALT, KeyCode.S).release(KeyCode.S, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(window.viewModel::isRunning)).as("Alt+S stopped the run").isFalse();
        assertThat(onFx(() -> robot.lookup("#notice").queryLabeled().getText()))
                .isEqualTo("Stopped before every check finished.");
    }

    private void tabUntil(FxRobot robot, Callable<Boolean> focused) throws Exception {
        for (int i = 0; i < 40 && !onFx(focused); i++) {
            robot.type(KeyCode.TAB);
        }
        assertThat(onFx(focused)).as("reached with Tab").isTrue();
    }

    private StepCard card(String checkId) {
        return (StepCard) window.view.lookup("#card-" + checkId.replace('.', '-'));
    }

    /** The focused node as "#id" or, for a card's own buttons, ".style-class". */
    private static String describe(Node node) {
        if (node == null) {
            return "nothing";
        }
        if (node.getId() != null) {
            return "#" + node.getId();
        }
        for (String styleClass : List.of("details-toggle", "fix", "rerun")) {
            if (node.getStyleClass().contains(styleClass)) {
                return "." + styleClass;
            }
        }
        return node.getClass().getSimpleName() + node.getStyleClass();
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }
}
