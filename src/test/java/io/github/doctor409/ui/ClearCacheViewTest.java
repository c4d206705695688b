package io.github.doctor409.ui;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import io.github.doctor409.core.HostEnvironment;
import io.github.doctor409.core.ManualExecutor;
import io.github.doctor409.core.MutableClock;
import io.github.doctor409.core.OperatingSystem;
import io.github.doctor409.desktop.CacheQuarantine;
import io.github.doctor409.desktop.ClearCacheFix;
import io.github.doctor409.desktop.QuarantineIndex;
import io.github.doctor409.desktop.RealFileMoves;
import io.github.doctor409.desktop.SpotifyInstallLocator;
import io.github.doctor409.desktop.SpotifyProcesses;
import io.github.doctor409.testing.NoProcesses;
import io.github.doctor409.testing.SpotifyHome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The clear-cache screen against a temporary Spotify home: plan, progress, before/after, Undo — with pictures. */
@ExtendWith(ApplicationExtension.class)
class ClearCacheViewTest {

    @TempDir
    static Path home;

    private final ManualExecutor executor = new ManualExecutor(MutableClock.atEpochDay());
    private final AtomicBoolean closed = new AtomicBoolean();
    private SpotifyHome spotify;
    private ClearCacheView view;

    @Start
    void start(Stage stage) {
        spotify = new SpotifyHome(home.resolve("h" + System.nanoTime())).linuxInstall("1.2.98.474.gabcdef12");
        HostEnvironment host = new HostEnvironment(OperatingSystem.LINUX, spotify.home(), Map.of());
        CacheQuarantine quarantine = new CacheQuarantine(new QuarantineIndex(spotify.home().resolve("config")),
                new RealFileMoves(), new SpotifyProcesses(new NoProcesses(), OperatingSystem.LINUX),
                new MutableClock(Instant.parse("2026-11-24T12:00:00Z")));
        ClearCacheFix fix = new ClearCacheFix(new SpotifyInstallLocator(host), quarantine);
        Messages messages = new Messages(java.util.Locale.ENGLISH);
        ClearCacheViewModel viewModel = new ClearCacheViewModel(fix, executor, Platform::runLater, new CheckTexts(messages));
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        view = new ClearCacheView(viewModel, messages, () -> closed.set(true));
        stage.setScene(new Scene(view, 600, 540));
        stage.show();
        viewModel.start();
    }

    private void work() {
        executor.runAll();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void showsThePlanThenProgressThenBeforeAndAfterAndUndoPutsEverythingBack(FxRobot robot) throws Exception {
        work();
        Label reassurance = robot.lookup("#reassurance").queryAs(Label.class);
        assertThat(reassurance.getText()).contains("offline downloads").contains("stay");
        assertThat(robot.lookup(".plan-table.move .plan-name").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("Browser", "Data");
        assertThat(robot.lookup(".plan-table.keep .plan-name").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("Storage");
        ScreenshotWriter.write(view, Path.of("target/screenshots/clear-cache-plan.png"));

        robot.clickOn("#clear");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#clear-progress").tryQuery()).isPresent();
        ScreenshotWriter.write(view, Path.of("target/screenshots/clear-cache-progress.png"));

        work();
        assertThat(robot.lookup("#before").queryAs(Label.class).getText()).isEqualTo("2 files, 73.7 KB");
        assertThat(robot.lookup("#after").queryAs(Label.class).getText()).isEqualTo("0 files, 0 B");
        assertThat(robot.lookup("#outcome").queryAs(Label.class).getText()).contains("Cleared 2 files");
        assertThat(spotify.cacheRoot().resolve("Data")).doesNotExist();
        assertThat(spotify.cacheRoot().resolve("Storage/offline-track.file")).exists();
        ScreenshotWriter.write(view, Path.of("target/screenshots/clear-cache-done.png"));

        robot.clickOn("#undo");
        work();
        assertThat(robot.lookup("#outcome").queryAs(Label.class).getText()).contains("Put back 2 files");
        assertThat(Files.size(spotify.cacheRoot().resolve("Data/0a/0a1b2c3d4e5f.file"))).isEqualTo(64 * 1024);

        robot.clickOn("#close");
        assertThat(closed).isTrue();
    }

    @Test
    void cancelClosesWithoutChangingAnything(FxRobot robot) {
        work();

        robot.clickOn(robot.lookup("#close").queryAs(Button.class));

        assertThat(closed).isTrue();
        assertThat(spotify.cacheRoot().resolve("Data")).isDirectory();
        assertThat(executor.queued()).isZero();
    }
}
