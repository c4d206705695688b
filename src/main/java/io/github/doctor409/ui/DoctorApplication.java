package io.github.doctor409.ui;

import atlantafx.base.theme.PrimerLight;
import io.github.doctor409.app.AppContext;
import io.github.doctor409.core.DeadlinePolicy;
import io.github.doctor409.core.HostEnvironment;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The window: builds the composition root off the FX thread, shows the step cards, and only then starts
 * the diagnosis, so the window appears before any check runs. Closing it stops the checks.
 */
public final class DoctorApplication extends Application {

    static final String TITLE = "409 Doctor";

    private AppContext context;
    private MainViewModel viewModel;

    @Override
    public void init() {
        context = AppContext.create(HostEnvironment.current(), DeadlinePolicy.defaults());
    }

    @Override
    public void start(Stage stage) {
        Dialogs dialogs = new FxDialogs(stage);
        Thread.setDefaultUncaughtExceptionHandler(new UncaughtErrorReporter(Platform::runLater, dialogs));
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());

        viewModel = new MainViewModel(context.diagnosis(), context.fixes(), context.executor(), Platform::runLater,
                dialogs);
        MainView view = new MainView(viewModel);
        stage.setTitle(TITLE);
        stage.setScene(new Scene(view, 960, 720));
        stage.setMinWidth(640);
        stage.setMinHeight(480);
        stage.show();
        view.focusRunButton();
        Platform.runLater(viewModel::runAll);
    }

    @Override
    public void stop() {
        if (viewModel != null) {
            viewModel.cancel();
        }
        if (context != null) {
            context.close();
        }
    }
}
