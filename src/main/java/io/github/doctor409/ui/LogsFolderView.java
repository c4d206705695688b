package io.github.doctor409.ui;

import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import java.util.Objects;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Where the logs are, when the file manager could not show them: the path, selectable, and Copy. */
public final class LogsFolderView extends VBox {

    public LogsFolderView(Messages messages, Path folder, boolean logsOff, ClipboardAccess clipboard, Runnable close) {
        getStyleClass().add("logs-folder");
        getStylesheets().add(Objects.requireNonNull(WelcomeView.class.getResource(WelcomeView.STYLESHEET)).toExternalForm());
        setPrefWidth(560);

        Label title = new Label();
        title.textProperty().bind(messages.text("about.logs.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        Label explanation = new Label();
        explanation.setId("logs-explanation");
        explanation.textProperty().bind(messages.text("about.logs.cannotOpen"));
        explanation.setWrapText(true);
        explanation.setMinHeight(Label.USE_PREF_SIZE);

        TextField path = new TextField(folder.toString());
        path.setId("logs-path");
        path.setEditable(false);
        HBox.setHgrow(path, Priority.ALWAYS);
        Button copy = new Button("", new FontIcon(Feather.COPY));
        copy.setId("copy-logs-path");
        copy.textProperty().bind(messages.text("about.logs.copy"));
        copy.setMinWidth(Button.USE_PREF_SIZE);
        Label copied = new Label();
        copied.setId("logs-copied");
        copied.getStyleClass().add(Styles.TEXT_MUTED);
        copy.setOnAction(e -> {
            clipboard.copy(folder.toString());
            copied.textProperty().bind(messages.text("about.logs.copied"));
        });
        HBox pathRow = new HBox(path, copy);
        pathRow.getStyleClass().add("path-row");

        getChildren().addAll(title, explanation, pathRow);
        if (logsOff) {
            Label off = new Label();
            off.setId("logs-off");
            off.textProperty().bind(messages.text("about.logs.off"));
            off.setWrapText(true);
            off.setMinHeight(Label.USE_PREF_SIZE);
            off.getStyleClass().add(Styles.WARNING);
            getChildren().add(off);
        }
        Button closeButton = new Button();
        closeButton.setId("logs-close");
        closeButton.textProperty().bind(messages.text("about.about.close"));
        closeButton.setDefaultButton(true);
        closeButton.setCancelButton(true);
        closeButton.setOnAction(e -> close.run());
        HBox actions = new HBox(copied, new javafx.scene.layout.Region(), closeButton);
        HBox.setHgrow(actions.getChildren().get(1), Priority.ALWAYS);
        actions.getStyleClass().add("actions");
        getChildren().add(actions);
    }
}
