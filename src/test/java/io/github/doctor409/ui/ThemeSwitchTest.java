package io.github.doctor409.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.doctor409.core.BackgroundExecutor;
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
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Light and dark, switched live: the stylesheet changes and what the cards draw really changes colour. */
@ExtendWith(ApplicationExtension.class)
class ThemeSwitchTest {

    private final ManualExecutor executor = new ManualExecutor(MutableClock.atEpochDay());
    private final BackgroundExecutor background = new BackgroundExecutor();
    private final AtomicBoolean systemIsDark = new AtomicBoolean(false);
    private ThemeController theme;
    private MainView view;

    @Start
    void start(Stage stage) {
        Diagnosis diagnosis = new Diagnosis(List.of(
                check("network.services", "Spotify services", CheckGroup.CONNECTION, Status.PASS, "Spotify’s servers answer."),
                check("auth.token", "Sign-in", CheckGroup.ACCOUNT, Status.FAIL, "Your sign-in has expired."),
                check("client.cache", "Local cache", CheckGroup.SPOTIFY_APP, Status.WARN, "The cache is large.")),
                executor, executor.clock(), DeadlinePolicy.defaults());
        MainViewModel viewModel = new MainViewModel(diagnosis, new FixCatalog(List.of()), executor, Runnable::run,
                new RecordingDialogs(false), new Messages(java.util.Locale.ENGLISH));
        theme = new ThemeController(background, Platform::runLater, systemIsDark::get, Application::setUserAgentStylesheet);
        theme.show(false);
        view = new MainView(viewModel);
        stage.setScene(new Scene(view, 960, 640));
        stage.show();
        viewModel.runAll();
        executor.runAll();
    }

    @AfterEach
    void lightAgain() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> theme.show(false)).get(5, TimeUnit.SECONDS);
        background.shutdown();
    }

    @Test
    void darkIsAppliedLiveAndTheCardsReallyTurnDark(FxRobot robot) throws Exception {
        Region card = robot.lookup("#card-auth-token").query();
        Color lightCard = backgroundOf(card);
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(ThemeController.LIGHT);
        assertThat(lightCard.getBrightness()).as("a light card").isGreaterThan(0.9);
        ScreenshotWriter.write(view, Path.of("target/screenshots/main-light.png"));

        WaitForAsyncUtils.asyncFx(() -> theme.apply("dark")).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        Color darkCard = backgroundOf(card);
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(ThemeController.DARK);
        assertThat(theme.darkProperty().get()).isTrue();
        assertThat(darkCard.getBrightness()).as("a dark card").isLessThan(0.3);
        Color darkText = textOf(robot.lookup("#card-auth-token .summary").query());
        assertThat(darkText.getBrightness()).as("light text on it").isGreaterThan(0.7);
        ScreenshotWriter.write(view, Path.of("target/screenshots/main-dark.png"));

        WaitForAsyncUtils.asyncFx(() -> theme.apply("light")).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(backgroundOf(card)).isEqualTo(lightCard);
    }

    @Test
    void systemAsksTheProbeOffTheFxThreadAndFollowsIt(FxRobot robot) throws Exception {
        Region card = robot.lookup("#card-auth-token").query();
        AtomicBoolean askedOnFxThread = new AtomicBoolean(true);
        ThemeController probing = new ThemeController(background, Platform::runLater, () -> {
            askedOnFxThread.set(Platform.isFxApplicationThread());
            return true;
        }, Application::setUserAgentStylesheet);

        WaitForAsyncUtils.asyncFx(() -> probing.apply("system")).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> ThemeController.DARK.equals(Application.getUserAgentStylesheet()));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(askedOnFxThread).isFalse();
        assertThat(backgroundOf(card).getBrightness()).isLessThan(0.3);
    }

    @Test
    void twiceTheRootFontSizeStillFitsTheHeader(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            view.setStyle("-fx-font-size: 28px;");
            view.getScene().getWindow().setWidth(1260);
            view.getScene().getWindow().setHeight(780);
        }).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        ScreenshotWriter.write(view, Path.of("target/screenshots/main-light-200.png"));
        WaitForAsyncUtils.asyncFx(() -> theme.show(true)).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        ScreenshotWriter.write(view, Path.of("target/screenshots/main-dark-200.png"));

        javafx.scene.control.Labeled headline = robot.lookup("#headline").queryLabeled();
        assertThat(headline.getFont().getSize()).isGreaterThan(28);
    }

    private static Color backgroundOf(Region region) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            region.applyCss();
            Paint fill = region.getBackground().getFills().get(0).getFill();
            return (Color) fill;
        }).get(5, TimeUnit.SECONDS);
    }

    private static Color textOf(javafx.scene.control.Labeled label) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            label.applyCss();
            return (Color) label.getTextFill();
        }).get(5, TimeUnit.SECONDS);
    }

    private static ScriptedCheck check(String id, String title, CheckGroup group, Status status, String summary) {
        return new ScriptedCheck(id, group, Set.of(), (c, context) -> CheckResult.of(id, title, status, summary).build());
    }
}
