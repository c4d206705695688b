package io.github.doctor409.ui;

import atlantafx.base.theme.PrimerLight;
import io.github.doctor409.app.AppContext;
import io.github.doctor409.core.DeadlinePolicy;
import io.github.doctor409.core.HostEnvironment;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.Image;
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

    private AppContext context;
    private MainViewModel viewModel;
    private GuideWindows guideWindows;

    @Override
    public void init() {
        context = AppContext.create(HostEnvironment.current(), DeadlinePolicy.defaults());
    }

    @Override
    public void start(Stage stage) {
        Dialogs dialogs = new FxDialogs(stage);
        Thread.setDefaultUncaughtExceptionHandler(new UncaughtErrorReporter(Platform::runLater, dialogs));
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());

        // the window's language: one Messages for every view; messages.setLocale(...) re-translates them live
        Messages messages = new Messages(Locale.getDefault());
        viewModel = new MainViewModel(context.diagnosis(), context.fixes(), context.executor(), Platform::runLater,
                dialogs, messages);
        ClearCacheDialog clearCache = new ClearCacheDialog(stage, context.clearCache(), context.executor(), Platform::runLater);
        viewModel.useScreenFor(context.clearCache().id(), clearCache::open);
        AccountHeaderViewModel account = new AccountHeaderViewModel(context.signedInAccount(), context.executor(),
                Platform::runLater, viewModel);
        MainView view = new MainView(viewModel, account);
        guideWindows = new GuideWindows(stage, context, viewModel, dialogs, getHostServices());
        view.addToolbarButtons(guideWindows.buttons());
        view.setCopyReportAction(() -> {
            guideWindows.copyReport();
            viewModel.announce("main.notice.reportCopied");
        });
        view.setNextStepAction(guideWindows::nextStep);
        stage.setTitle(TITLE);
        stage.getIcons().add(new Image(DoctorApplication.class.getResource("icon.png").toExternalForm()));
        stage.setScene(new Scene(view, 960, 720));
        stage.setMinWidth(640);
        stage.setMinHeight(480);
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
