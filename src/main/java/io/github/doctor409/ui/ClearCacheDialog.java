package io.github.doctor409.ui;

import io.github.doctor409.core.TaskExecutor;
import io.github.doctor409.desktop.ClearCacheFix;
import java.util.concurrent.Executor;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Opens {@link ClearCacheView} in its own modal window; {@code afterClose} runs once it is closed. The
 * window's title follows the language of {@link Messages}.
 */
final class ClearCacheDialog {

    private final Window owner;
    private final ClearCacheFix fix;
    private final TaskExecutor executor;
    private final Executor uiThread;
    private final Messages messages;

    ClearCacheDialog(Window owner, ClearCacheFix fix, TaskExecutor executor, Executor uiThread, Messages messages) {
        this.owner = owner;
        this.fix = fix;
        this.executor = executor;
        this.uiThread = uiThread;
        this.messages = messages;
    }

    void open(Runnable afterClose) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.titleProperty().bind(messages.text("windows.clear.title"));
        ClearCacheViewModel viewModel = new ClearCacheViewModel(fix, executor, uiThread, new CheckTexts(messages));
        ClearCacheView view = new ClearCacheView(viewModel, messages, stage::close);
        stage.setScene(new Scene(view));
        viewModel.stepProperty().addListener((obs, old, now) -> stage.sizeToScene());
        messages.localeProperty().addListener((obs, old, now) -> stage.sizeToScene());
        stage.setOnHidden(e -> {
            viewModel.stop();
            afterClose.run();
        });
        viewModel.start();
        stage.show();
    }
}
