package io.github.doctor409.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.doctor409.app.SettingKey;
import io.github.doctor409.app.Settings;
import io.github.doctor409.app.SettingsFile;
import io.github.doctor409.core.BackgroundExecutor;
import io.github.doctor409.core.HostEnvironment;
import io.github.doctor409.core.OperatingSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The settings window driven by keyboard only: mnemonics, typing, Enter to save, Escape to cancel. */
@ExtendWith(ApplicationExtension.class)
class SettingsViewTest {

    @TempDir
    static Path dir;

    private final BackgroundExecutor executor = new BackgroundExecutor();
    private final List<Settings> saved = new ArrayList<>();
    private final Messages messages = new Messages(Locale.ENGLISH);
    private SettingsWindow window;
    private Stage owner;

    @Start
    void start(Stage stage) {
        javafx.application.Application.setUserAgentStylesheet(ThemeController.LIGHT);
        owner = stage;
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 300, 200));
        stage.show();
    }

    @AfterEach
    void stop() {
        executor.shutdown();
    }

    private void open(Settings current, Map<String, String> environment) throws Exception {
        HostEnvironment host = new HostEnvironment(OperatingSystem.LINUX, dir, environment);
        SettingsFile file = new SettingsFile(dir, Clock.systemUTC());
        window = new SettingsWindow(owner, messages, () -> new SettingsViewModel(current, host, executor,
                Platform::runLater, file::save, saved::add));
        WaitForAsyncUtils.asyncFx(window::open).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void keyboardOnlyAnInvalidTimeoutIsShownAndBlocksSavingThenAFixSaves(FxRobot robot) throws Exception {
        Files.deleteIfExists(dir.resolve(SettingsFile.NAME));
        open(Settings.of(Map.of("future.key", "kept")), Map.of());
        Stage stage = window.stage();
        assertThat(robot.lookup("#setting-theme").<Node>query().isFocused()).as("first field has the focus").isTrue();

        robot.press(KeyCode.ALT).press(KeyCode.N).release(KeyCode.N).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        TextField timeout = robot.lookup("#setting-network-timeout").query();
        assertThat(timeout.isFocused()).as("Alt+N moves to the network timeout").isTrue();
        robot.push(KeyCode.SHORTCUT, KeyCode.A).type(KeyCode.DIGIT1);
        WaitForAsyncUtils.waitForFxEvents();

        Label problem = robot.lookup("#setting-network-timeout-problem").query();
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).isEqualTo("Enter a number from 2 to 60.");
        assertThat(timeout.getPseudoClassStates()).extracting(Object::toString).contains("danger");

        robot.press(KeyCode.SHIFT).press(KeyCode.TAB).release(KeyCode.TAB).release(KeyCode.SHIFT); // away from it
        robot.push(KeyCode.ENTER); // Save is the default button
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isShowing()).as("not saved while a field is wrong").isTrue();
        assertThat(saved).isEmpty();
        assertThat(timeout.isFocused()).as("the focus goes back to the wrong field").isTrue();
        ScreenshotWriter.write(stage.getScene().getRoot(), Path.of("target/screenshots/settings-error.png"));

        robot.push(KeyCode.SHORTCUT, KeyCode.A).type(KeyCode.DIGIT1, KeyCode.DIGIT2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(problem.isVisible()).isFalse();
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !stage.isShowing());

        assertThat(saved).singleElement().satisfies(s -> assertThat(s.get(SettingKey.NETWORK_TIMEOUT)).contains("12"));
        Settings onDisk = new SettingsFile(dir, Clock.systemUTC()).load().settings();
        assertThat(onDisk.get(SettingKey.NETWORK_TIMEOUT)).contains("12");
        assertThat(onDisk.others()).containsEntry("future.key", "kept");
    }

    @Test
    void aWrongAddressInTheCollapsedAdvancedSectionOpensItAndEscapeCancels(FxRobot robot) throws Exception {
        open(Settings.empty().with(SettingKey.API_URL, "http://127.0.0.1:9"), Map.of());
        Stage stage = window.stage();
        TitledPane advanced = robot.lookup("#settings-advanced").query();
        assertThat(advanced.isExpanded()).isFalse();

        WaitForAsyncUtils.asyncFx(() -> ((TextField) robot.lookup("#setting-api-url").query()).setText("ftp://example.com"))
                .get(5, TimeUnit.SECONDS);
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(advanced.isExpanded()).as("Save opens the section with the problem").isTrue();
        TextField api = robot.lookup("#setting-api-url").query();
        assertThat(api.isFocused()).isTrue();
        assertThat(robot.lookup("#setting-api-url-problem").queryLabeled().getText())
                .isEqualTo("The address must start with http:// or https://.");

        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !stage.isShowing());
        assertThat(saved).isEmpty();
    }

    @Test
    void anEnvironmentVariableLocksItsFieldAndSaysSo(FxRobot robot) throws Exception {
        open(Settings.empty(), Map.of("DOCTOR409_API_URL", "http://127.0.0.1:8000"));
        WaitForAsyncUtils.asyncFx(() -> ((TitledPane) robot.lookup("#settings-advanced").query()).setExpanded(true))
                .get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        TextField api = robot.lookup("#setting-api-url").query();
        assertThat(api.isDisabled()).isTrue();
        assertThat(api.getText()).isEqualTo("http://127.0.0.1:8000");
        assertThat(robot.lookup(".env-note").queryLabeled().getText())
                .isEqualTo("Set by the environment variable DOCTOR409_API_URL; change it there.");
        assertThat(robot.lookup("#setting-accounts-url").<TextField>query().isDisabled()).isFalse();
    }

    @Test
    void switchingTheLanguageRetranslatesTheOpenWindow(FxRobot robot) throws Exception {
        open(Settings.empty(), Map.of());
        assertThat(robot.lookup("#settings-save").queryButton().getText()).isEqualTo("_Save");

        WaitForAsyncUtils.asyncFx(() -> messages.setLocale(Locale.GERMAN)).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#settings-save").queryButton().getText()).isEqualTo("_Speichern");
        assertThat(window.stage().getTitle()).isEqualTo("Einstellungen");
        javafx.scene.control.ComboBox<?> theme = robot.lookup("#setting-theme").query();
        assertThat(((javafx.scene.control.ListCell<?>) theme.getButtonCell()).getText()).isEqualTo("Wie im System");
        WaitForAsyncUtils.asyncFx(() -> messages.setLocale(Locale.ENGLISH)).get(5, TimeUnit.SECONDS);
    }

    @Test
    void screenshotsLightDarkAndAtTwiceTheFontSize(FxRobot robot) throws Exception {
        open(Settings.empty().with(SettingKey.CLIENT_ID, "abc"), Map.of("DOCTOR409_APRESOLVE_URL", "http://127.0.0.1:8000"));
        Stage stage = window.stage();
        WaitForAsyncUtils.asyncFx(() -> {
            ((TitledPane) robot.lookup("#settings-advanced").query()).setExpanded(true);
            stage.setHeight(780); // Monocle's headless screen is 1280x800: no window may be larger
        }).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#setting-client-id-problem").queryLabeled().isVisible()).isTrue();
        ScreenshotWriter.write(stage.getScene().getRoot(), Path.of("target/screenshots/settings.png"));

        WaitForAsyncUtils.asyncFx(() -> javafx.application.Application.setUserAgentStylesheet(ThemeController.DARK))
                .get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        ScreenshotWriter.write(stage.getScene().getRoot(), Path.of("target/screenshots/settings-dark.png"));

        WaitForAsyncUtils.asyncFx(() -> {
            stage.getScene().getRoot().setStyle("-fx-font-size: 28px;");
            stage.setWidth(1100);
            stage.setHeight(780);
        }).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        ScreenshotWriter.write(stage.getScene().getRoot(), Path.of("target/screenshots/settings-dark-200.png"));
        WaitForAsyncUtils.asyncFx(() -> javafx.application.Application.setUserAgentStylesheet(ThemeController.LIGHT))
                .get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        ScreenshotWriter.write(stage.getScene().getRoot(), Path.of("target/screenshots/settings-light-200.png"));
        assertThat(robot.lookup("#settings-save").queryButton().getFont().getSize()).isGreaterThan(20);
    }
}
