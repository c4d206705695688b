package io.github.doctor409.ui;

import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Opens the settings as a window over the main one; a second "Settings…" brings the open one forward. */
public final class SettingsWindow {

    private final Window owner;
    private final Messages messages;
    private final Supplier<SettingsViewModel> viewModels;
    private Stage stage;

    /** @param viewModels a fresh view model over the settings as they are now, per opening */
    public SettingsWindow(Window owner, Messages messages, Supplier<SettingsViewModel> viewModels) {
        this.owner = owner;
        this.messages = messages;
        this.viewModels = viewModels;
    }

    public void open() {
        if (stage != null && stage.isShowing()) {
            stage.toFront();
            return;
        }
        SettingsViewModel viewModel = viewModels.get();
        SettingsView view = new SettingsView(viewModel, messages);
        stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.titleProperty().bind(messages.text("settings.title"));
        stage.setScene(new Scene(view, 640, 620));
        stage.setMinWidth(420);
        stage.setMinHeight(320);
        Stage shown = stage;
        viewModel.closedProperty().addListener((obs, was, closed) -> {
            if (closed) {
                shown.close();
            }
        });
        stage.setOnCloseRequest(e -> viewModel.cancel());
        stage.show();
        view.focusFirstField();
    }

    /** The open settings window, for tests. */
    Stage stage() {
        return stage;
    }
}
