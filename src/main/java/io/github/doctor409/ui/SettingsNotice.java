package io.github.doctor409.ui;

import atlantafx.base.theme.Styles;
import io.github.doctor409.app.Config;
import io.github.doctor409.app.SettingKey;
import io.github.doctor409.app.SettingsFile;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A banner above the main window's content when the configuration had problems at start: a settings
 * file that was set aside (in the user's language, with where it went) and other ignored values (their
 * English detail). Closable; offers to open the settings.
 */
public final class SettingsNotice extends VBox {

    public SettingsNotice(Config config, Messages messages, Runnable openSettings) {
        getStyleClass().add("settings-notice");
        getStylesheets().add(java.util.Objects.requireNonNull(SettingsView.class.getResource(SettingsView.STYLESHEET)).toExternalForm());
        setId("settings-notice");
        Optional<SettingsFile.SetAside> setAside = config.setAside();
        List<String> others = config.warnings().stream()
                .filter(w -> setAside.map(s -> !w.equals(s.message())).orElse(true))
                .toList();
        if (setAside.isEmpty() && others.isEmpty()) {
            setVisible(false);
            setManaged(false);
            return;
        }
        Label title = new Label();
        title.getStyleClass().add("notice-title");
        boolean allReset = setAside.map(s -> !s.keptTheRest()).orElse(false);
        title.textProperty().bind(messages.text(allReset ? "settings.notice.title" : "settings.notice.titleSome"));
        Label description = new Label();
        description.setId("settings-notice-text");
        description.getStyleClass().add("notice-text");
        description.setWrapText(true);
        description.textProperty().bind(messages.text(() -> describe(setAside, others, messages), messages.localeProperty()));
        Hyperlink open = new Hyperlink();
        open.setId("settings-notice-open");
        open.textProperty().bind(messages.text("settings.notice.open"));
        open.setOnAction(e -> openSettings.run());
        VBox words = new VBox(title, description, open);
        words.getStyleClass().add("notice-words");
        HBox.setHgrow(words, Priority.ALWAYS);
        Button close = new Button("", new FontIcon(Feather.X));
        close.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        close.setId("settings-notice-close");
        close.accessibleTextProperty().bind(messages.text("settings.notice.close"));
        close.setOnAction(e -> {
            setVisible(false);
            setManaged(false);
        });
        FontIcon icon = new FontIcon(Feather.ALERT_TRIANGLE);
        icon.getStyleClass().add("notice-icon");
        HBox message = new HBox(icon, words, close);
        message.getStyleClass().add("notice-box");
        getChildren().add(message);
    }

    static String describe(Optional<SettingsFile.SetAside> setAside, List<String> others, Messages messages) {
        StringBuilder text = new StringBuilder();
        setAside.filter(SettingsFile.SetAside::keptTheRest).ifPresent(s -> {
            String names = s.reset().stream().map(property -> SettingKey.byProperty(property)
                            .map(key -> messages.get(SettingsView.labelKey(key)).replace("_", ""))
                            .orElse(property))
                    .collect(java.util.stream.Collectors.joining(", "));
            text.append(s.movedTo()
                    .map(p -> messages.get("settings.notice.someReset", names, p.getFileName().toString(),
                            String.valueOf(p.getParent())))
                    .orElseGet(() -> messages.get("settings.notice.someNotMoved", names)));
        });
        setAside.filter(s -> !s.keptTheRest()).ifPresent(s -> {
            String why = messages.get("settings.notice.fault." + s.fault().name());
            text.append(s.movedTo()
                    .map(p -> messages.get("settings.notice.setAside", why, p.getFileName().toString(),
                            String.valueOf(p.getParent())))
                    .orElseGet(() -> messages.get("settings.notice.notMoved", why)));
        });
        if (!others.isEmpty()) {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(messages.get("settings.notice.other", String.join(" ", others)));
        }
        return text.toString();
    }
}
