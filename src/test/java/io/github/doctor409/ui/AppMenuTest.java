package io.github.doctor409.ui;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import io.github.doctor409.app.LogFiles;
import io.github.doctor409.core.TaskExecutor;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The app menu's logs folder and About, and the first-run welcome, in a real (headless) window. */
@ExtendWith(ApplicationExtension.class)
class AppMenuTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path configDir;

    private final List<Path> opened = new CopyOnWriteArrayList<>();
    private final List<String> copied = new CopyOnWriteArrayList<>();
    private final List<URI> browsed = new CopyOnWriteArrayList<>();
    private volatile boolean openerFails;
    private final Messages messages = new Messages(Locale.ENGLISH);
    private Stage main;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        main = stage;
        stage.setScene(new Scene(new Label("main window"), 960, 720));
        stage.show();
    }

    private AppMenu menu() {
        LogFiles logs = new LogFiles(configDir.resolve(LogFiles.DIR_NAME));
        FolderOpener opener = folder -> {
            if (openerFails) {
                throw new IOException("no file manager");
            }
            opened.add(folder);
        };
        AboutView.Facts facts = new AboutView.Facts("9.9.9", Optional.of("63bbb45797"), Optional.of("2026-12-02"), "17.0.12",
                "21.0.11", Path.of("/home/you/.config/doctor409/logs"), false, URI.create("https://github.com/doctor409/doctor409/issues"));
        return new AppMenu(main, messages, logs, opener, new DirectExecutor(), Platform::runLater, copied::add,
                browsed::add, facts);
    }

    @Test
    void welcomeShowsOnceOnTheFirstStartAndTheMarkerIsWrittenOnlyAfterItShowed(FxRobot robot) throws Exception {
        FirstRun firstRun = new FirstRun(configDir);
        AppMenu menu = menu();
        assertThat(firstRun.welcomeDue()).isTrue();

        robot.interact(() -> menu.welcomeIfFirstRun(firstRun, CLOCK));

        Labeled start = robot.lookup("#welcome-start").queryAs(Labeled.class);
        assertThat(start.getText()).isEqualTo("Start");
        assertThat(start.isFocused()).isTrue();
        assertThat(texts(robot)).contains("your offline downloads", "the Spotify app’s settings", "your Spotify account")
                .anyMatch(t -> t.contains("can reach Spotify")).anyMatch(t -> t.contains("clock"));
        assertThat(Files.readString(firstRun.marker())).startsWith("2026-11-24T12:00:00Z");
        assertThat(firstRun.welcomeDue()).isFalse();
        ScreenshotWriter.write(start.getScene().getRoot(), Path.of("target/screenshots/welcome.png"));

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#welcome-start").tryQuery()).isEmpty();

        robot.interact(() -> menu.welcomeIfFirstRun(new FirstRun(configDir), CLOCK));
        assertThat(robot.lookup("#welcome-start").tryQuery()).as("never shown again").isEmpty();
    }

    @Test
    void startClosesTheWelcomeAndGermanReadsNaturally(FxRobot robot) throws Exception {
        robot.interact(() -> messages.setLocale(Locale.GERMAN));
        robot.interact(() -> menu().welcomeIfFirstRun(new FirstRun(configDir), CLOCK));

        Labeled start = robot.lookup("#welcome-start").queryAs(Labeled.class);
        assertThat(start.getText()).isEqualTo("Los geht’s");
        ScreenshotWriter.write(start.getScene().getRoot(), Path.of("target/screenshots/welcome-de.png"));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#welcome-start").tryQuery()).isEmpty();
    }

    @Test
    void aboutShowsVersionBuildRuntimeAndEveryLicence(FxRobot robot) throws Exception {
        AppMenu menu = menu();
        robot.interact(menu::openAbout);

        assertThat(robot.lookup("#about-version").queryAs(Labeled.class).getText()).isEqualTo("Version 9.9.9");
        assertThat(robot.lookup("#about-build").queryAs(Labeled.class).getText())
                .isEqualTo("Commit 63bbb45797, built Dec 2, 2026");
        assertThat(robot.lookup("#about-runtime").queryAs(Labeled.class).getText()).isEqualTo("Java 17.0.12 · JavaFX 21.0.11");
        ListView<?> licences = robot.lookup("#about-licences").queryAs(ListView.class);
        assertThat(licences.getItems()).hasSameSizeAs(ThirdPartyLicences.bundled()).hasSizeGreaterThan(10);
        assertThat(licences.getItems().stream().map(String::valueOf).toList())
                .anyMatch(l -> l.contains("okhttp-jvm") && l.contains("Apache"))
                .anyMatch(l -> l.contains("javafx-controls") && l.contains("GPLv2+CE"));
        assertThat(robot.lookup("#about-licences-title").queryAs(Labeled.class).getText())
                .isEqualTo("Open-source software inside (" + licences.getItems().size() + ")");
        assertThat(robot.lookup("#about-close").queryAs(Node.class).isFocused()).isTrue();
        ScreenshotWriter.write(licences.getScene().getRoot(), Path.of("target/screenshots/about.png"));

        robot.clickOn("#about-copy-issues");
        robot.clickOn("#about-issues-link");
        assertThat(copied).containsExactly("https://github.com/doctor409/doctor409/issues");
        assertThat(browsed).containsExactly(URI.create("https://github.com/doctor409/doctor409/issues"));

        robot.interact(() -> messages.setLocale(Locale.forLanguageTag("pt-BR")));
        assertThat(robot.lookup("#about-version").queryAs(Labeled.class).getText()).isEqualTo("Versão 9.9.9");
        ScreenshotWriter.write(licences.getScene().getRoot(), Path.of("target/screenshots/about-pt-BR.png"));

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#about-version").tryQuery()).isEmpty();
    }

    @Test
    void openLogsFolderAsksTheOpenerForTheLogsFolder(FxRobot robot) throws Exception {
        Files.createDirectories(configDir.resolve("logs"));
        AppMenu menu = menu();

        robot.interact(menu::openLogsFolder);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(opened).containsExactly(configDir.resolve("logs").toAbsolutePath());
        assertThat(robot.lookup("#logs-path").tryQuery()).isEmpty();
    }

    @Test
    void whenTheFolderCannotBeOpenedItsPathIsShownWithCopy(FxRobot robot) throws Exception {
        Files.createDirectories(configDir.resolve("logs"));
        openerFails = true;
        AppMenu menu = menu();

        robot.interact(menu::openLogsFolder);
        WaitForAsyncUtils.waitForFxEvents();

        TextField path = robot.lookup("#logs-path").queryAs(TextField.class);
        assertThat(path.getText()).isEqualTo(configDir.resolve("logs").toAbsolutePath().toString());
        ScreenshotWriter.write(path.getScene().getRoot(), Path.of("target/screenshots/logs-folder.png"));
        robot.clickOn("#copy-logs-path");
        assertThat(copied).containsExactly(path.getText());
        assertThat(robot.lookup("#logs-copied").queryAs(Labeled.class).getText()).isEqualTo("Copied.");
        robot.clickOn("#logs-close");
        assertThat(robot.lookup("#logs-path").tryQuery()).isEmpty();
    }

    @Test
    void theMenuHasBothEntriesInTheChosenLanguage() {
        List<String> labels = menu().items().stream().map(i -> i.getText()).toList();
        assertThat(labels).containsExactly("Open logs folder", "About 409 Doctor");
        messages.setLocale(Locale.forLanguageTag("es"));
        assertThat(menu().items().get(1).getText()).isEqualTo("Acerca de 409 Doctor");
    }

    private static List<String> texts(FxRobot robot) {
        return robot.lookup(".label").queryAllAs(Labeled.class).stream().map(Labeled::getText).toList();
    }

    /** Runs each task at once on the calling thread. */
    private static final class DirectExecutor implements TaskExecutor {
        @Override
        public Future<?> submit(Runnable task) {
            task.run();
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public Future<?> schedule(Runnable action, Duration delay) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ExecutorService asExecutorService() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void shutdown() {}
    }

}
