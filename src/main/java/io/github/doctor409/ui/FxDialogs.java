package io.github.doctor409.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * {@link Dialogs} as JavaFX alerts owned by the main window, with their buttons and headings in the
 * language of {@link Messages} (JavaFX's own OK and Cancel would follow the system language instead).
 * Enter answers with the default button, Escape cancels.
 */
public final class FxDialogs implements Dialogs {

    private final Window owner;
    private final Messages messages;

    public FxDialogs(Window owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    @Override
    public boolean confirm(String title, String question) {
        ButtonType ok = new ButtonType(messages.get("windows.dialog.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("windows.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, ok, cancel);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        return alert.showAndWait().filter(ok::equals).isPresent();
    }

    @Override
    public void showError(String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message,
                new ButtonType(messages.get("windows.dialog.ok"), ButtonBar.ButtonData.OK_DONE));
        alert.initOwner(owner);
        alert.setTitle(messages.get("windows.appName"));
        alert.setHeaderText(messages.get("windows.dialog.errorHeading"));
        alert.show();
    }
}
