package io.github.doctor409.ui;

import io.github.doctor409.app.LogFiles;
import io.github.doctor409.core.TaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The app menu's "Open logs folder" and "About 409 Doctor", and the first-run welcome. The folder opens
 * off the FX thread through the injected {@link FolderOpener}; when that fails, a small window shows the
 * path with a Copy button instead.
 */
final class AppMenu {

    private static final System.Logger LOG = System.getLogger(AppMenu.class.getName());

    private final Window owner;
    private final Messages messages;
    private final LogFiles logs;
    private final FolderOpener opener;
    private final TaskExecutor executor;
    private final Consumer<Runnable> fxThread;
    private final ClipboardAccess clipboard;
    private final Browser browser;
    private final AboutView.Facts facts;
    private Stage about;
    private Stage logsFolder;

    AppMenu(Window owner, Messages messages, LogFiles logs, FolderOpener opener, TaskExecutor executor,
            Consumer<Runnable> fxThread, ClipboardAccess clipboard, Browser browser, AboutView.Facts facts) {
        this.owner = owner;
        this.messages = messages;
        this.logs = logs;
        this.opener = opener;
        this.executor = executor;
        this.fxThread = fxThread;
        this.clipboard = clipboard;
        this.browser = browser;
        this.facts = facts;
    }

    List<MenuItem> items() {
        MenuItem openLogs = new MenuItem("", new FontIcon(Feather.FOLDER));
        openLogs.setId("menu-open-logs");
        openLogs.textProperty().bind(messages.text("about.menu.logs"));
        openLogs.setOnAction(e -> openLogsFolder());
        MenuItem aboutItem = new MenuItem("", new FontIcon(Feather.INFO));
        aboutItem.setId("menu-about");
        aboutItem.textProperty().bind(messages.text("about.menu.about"));
        aboutItem.setOnAction(e -> openAbout());
        return List.of(openLogs, aboutItem);
    }

    /** Asks the file manager to show the logs folder; shows the path instead when it cannot. */
    void openLogsFolder() {
        Path folder = logs.directory();
        executor.submit(() -> {
            try {
                if (!Files.isDirectory(folder)) {
                    throw new java.io.FileNotFoundException("no logs folder yet");
                }
                opener.open(folder);
                LOG.log(System.Logger.Level.INFO, "Opened the logs folder in the file manager");
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                LOG.log(System.Logger.Level.INFO, "Could not open the logs folder: " + e.getClass().getSimpleName());
                fxThread.accept(() -> showLogsFolder(folder));
            }
        });
    }

    void openAbout() {
        if (about == null) {
            AboutView view = new AboutView(messages, facts, ThirdPartyLicences.bundled(), clipboard, browser,
                    this::openLogsFolder, () -> about.close());
            about = window(view, "about.about.window");
            about.setOnShown(e -> view.focusClose());
        }
        about.show();
        about.toFront();
    }

    /**
     * On the first start, shows the welcome over the main window (the checks run behind it) and then
     * remembers that it was shown, so it never comes again.
     */
    void welcomeIfFirstRun(FirstRun firstRun, Clock clock) {
        if (!firstRun.welcomeDue()) {
            return;
        }
        Stage[] stage = new Stage[1];
        WelcomeView view = new WelcomeView(messages, () -> stage[0].close());
        stage[0] = window(view, "about.welcome.window");
        stage[0].setOnShown(e -> {
            view.focusStart();
            executor.submit(() -> firstRun.welcomeShown(clock.instant()));
        });
        stage[0].show();
    }

    private void showLogsFolder(Path folder) {
        if (logsFolder != null) {
            logsFolder.close();
        }
        Stage[] stage = new Stage[1];
        stage[0] = window(new LogsFolderView(messages, folder, logs.problem().isPresent(), clipboard,
                () -> stage[0].close()), "about.logs.title");
        logsFolder = stage[0];
        logsFolder.show();
        logsFolder.toFront();
    }

    private Stage window(Parent content, String titleKey) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
            if (owner instanceof Stage ownerStage) {
                stage.getIcons().setAll(ownerStage.getIcons());
            }
        }
        stage.titleProperty().bind(messages.text(() -> DoctorApplication.TITLE + " — " + messages.get(titleKey)));
        Scene scene = new Scene(content);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                stage.close();
                event.consume();
            }
        });
        stage.setScene(scene);
        stage.setResizable(true);
        Objects.requireNonNull(stage.getScene());
        return stage;
    }
}
