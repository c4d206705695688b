package io.github.doctor409.ui;

import io.github.doctor409.app.AppContext;
import io.github.doctor409.app.CommandRunner;
import io.github.doctor409.app.Config;
import io.github.doctor409.app.SettingKey;
import io.github.doctor409.app.Settings;
import io.github.doctor409.app.SettingsFile;
import io.github.doctor409.app.SystemThemeProbe;
import io.github.doctor409.core.DeadlinePolicy;
import io.github.doctor409.core.HostEnvironment;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.MenuItem;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/**
 * The window: builds the composition root off the FX thread, shows the step cards, and only then starts
 * the diagnosis, so the window appears before any check runs. Closing it stops the checks.
 */
public final class DoctorApplication extends Application {

    static final String TITLE = "409 Doctor";

    /**
     * For packaging and benchmarks: print the wall-clock time of the first frame on stdout and quit. The
     * packaging script's training run uses it to record the classes a start loads (the CDS archive).
     */
    static final String EXIT_AFTER_FIRST_FRAME = "doctor409.exitAfterFirstFrame";

    /**
     * For the packaging script's CDS training run only: do not start the checks, so the archive holds
     * what the window needs to appear (every archived class costs image size; the checks' classes load
     * in the background after the first frame anyway).
     */
    static final String CDS_TRAINING = "doctor409.cdsTraining";

    /** Opens the settings from anywhere in the main window. */
    static final KeyCombination OPEN_SETTINGS = new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN);
    private static final System.Logger LOG = System.getLogger(DoctorApplication.class.getName());

    private AppContext context;
    private MainViewModel viewModel;
    private GuideWindows guideWindows;
    private SystemThemeProbe themeProbe;
    /** The OS's answer for the "system" theme, asked in init() so the first frame already has the right look. */
    private Boolean systemDarkAtStart;
    private Messages messages;
    private ThemeController theme;
    private WindowGeometry geometry;
    /** The settings file as last saved in this session; the settings window starts from it. */
    private Settings settings;

    @Override
    public void init() {
        HostEnvironment host = HostEnvironment.current();
        context = AppContext.create(host, DeadlinePolicy.defaults());
        settings = context.config().settings();
        themeProbe = new SystemThemeProbe(host, CommandRunner.system(), SystemThemeProbe.TIMEOUT);
        if ("system".equals(context.config().theme())) {
            systemDarkAtStart = themeProbe.prefersDark(); // init() runs off the FX thread
        }
    }

    @Override
    public void start(Stage stage) {
        Config config = context.config();
        messages = new Messages(locale(config.language()));
        Dialogs dialogs = new FxDialogs(stage, messages);
        Thread.setDefaultUncaughtExceptionHandler(new UncaughtErrorReporter(Platform::runLater, dialogs, messages));
        theme = new ThemeController(context.executor(), Platform::runLater, themeProbe::prefersDark,
                Application::setUserAgentStylesheet);
        if (systemDarkAtStart != null) {
            theme.show(systemDarkAtStart);
        } else {
            theme.apply(config.theme());
        }

        viewModel = new MainViewModel(context.diagnosis(), context.fixes(), context.executor(), Platform::runLater,
                dialogs, messages);
        ClearCacheDialog clearCache = new ClearCacheDialog(stage, context.clearCache(), context.executor(), Platform::runLater,
                messages);
        viewModel.useScreenFor(context.clearCache().id(), clearCache::open);
        AccountHeaderViewModel account = new AccountHeaderViewModel(context.signedInAccount(), context.executor(),
                Platform::runLater, viewModel);
        MainView view = new MainView(viewModel, account);
        guideWindows = new GuideWindows(stage, context, viewModel, dialogs, getHostServices(), messages);
        view.addToolbarButtons(guideWindows.buttons());
        SettingsWindow settingsWindow = new SettingsWindow(stage, messages, () -> new SettingsViewModel(settings,
                context.host(), context.executor(), Platform::runLater,
                new SettingsFile(config.configDir(), context.clock())::save, this::settingsSaved));
        MenuItem openSettings = new MenuItem();
        openSettings.setId("menu-settings");
        openSettings.textProperty().bind(messages.text("settings.menu"));
        openSettings.setAccelerator(OPEN_SETTINGS);
        openSettings.setOnAction(e -> settingsWindow.open());
        AppMenu appMenu = new AppMenu(stage, messages, context.logs(), new SystemFolderOpener(context.host().os()),
                context.executor(), Platform::runLater, new FxClipboard(), new FxBrowser(getHostServices()),
                AboutView.Facts.current(context.logs()));
        view.addMenuItems(List.of(openSettings));
        view.addMenuItems(appMenu.items());
        LOG.log(System.Logger.Level.INFO, "Window opening, JavaFX " + System.getProperty("javafx.runtime.version"));
        BorderPane root = new BorderPane(view);
        root.setTop(new SettingsNotice(config, messages, settingsWindow::open));
        view.setCopyReportAction(() -> {
            guideWindows.copyReport();
            viewModel.announce("main.notice.reportCopied");
        });
        view.setNextStepAction(guideWindows::nextStep);
        stage.setTitle(TITLE);
        stage.getIcons().add(new Image(DoctorApplication.class.getResource("icon.png").toExternalForm()));
        stage.setScene(new Scene(root, 960, 720));
        stage.getScene().getAccelerators().put(OPEN_SETTINGS, settingsWindow::open);
        stage.setMinWidth(640);
        stage.setMinHeight(480);
        geometry = new WindowGeometry(config.configDir());
        geometry.restoreAndTrack(stage);
        stage.setOnHiding(e -> geometry.save(stage));
        if (Boolean.getBoolean(EXIT_AFTER_FIRST_FRAME)) {
            long[] firstFrame = new long[1];
            stage.getScene().addPostLayoutPulseListener(() -> {
                if (firstFrame[0] == 0) {
                    firstFrame[0] = System.currentTimeMillis();
                    System.out.println("first-frame-epoch-ms=" + firstFrame[0]);
                }
            });
            afterFirstFrame(stage.getScene(), Platform::exit);
        }
        if (!Boolean.getBoolean(CDS_TRAINING)) {
            // the checks start once the window has drawn, so they never compete with its first frame
            afterFirstFrame(stage.getScene(), viewModel::runAll);
        }
        stage.show();
        view.focusRunButton();
        if (!Boolean.getBoolean(CDS_TRAINING) && !Boolean.getBoolean(EXIT_AFTER_FIRST_FRAME)) {
            // the checks start behind the welcome; it shows once, on the first start only
            appMenu.welcomeIfFirstRun(new FirstRun(context.config().configDir()), context.clock());
        }
    }

    /** Theme and language apply at once; the rest is read at the next start (the settings window says so). */
    private void settingsSaved(Settings saved) {
        settings = saved;
        messages.setLocale(locale(saved.valueOrDefault(SettingKey.LANGUAGE)));
        theme.apply(saved.valueOrDefault(SettingKey.THEME));
    }

    /** "system" is the JVM's default locale; otherwise the chosen language tag. */
    static Locale locale(String language) {
        return language == null || "system".equals(language) ? Locale.getDefault() : Locale.forLanguageTag(language);
    }

    /** Runs {@code action} once, on the FX thread, right after the scene's first layout pulse. */
    private static void afterFirstFrame(Scene scene, Runnable action) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(action);
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    @Override
    public void stop() {
        if (viewModel != null) {
            viewModel.cancel();
        }
        if (guideWindows != null) {
            guideWindows.stop();
        }
        if (context != null) {
            context.close();
        }
    }
}
