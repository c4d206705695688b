package io.github.doctor409.ui;

import atlantafx.base.theme.Styles;
import java.util.Objects;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The first-run welcome: what 409 Doctor checks, what it never touches without asking, and one button,
 * Start (Enter), which — like Escape — closes it.
 */
public final class WelcomeView extends VBox {

    static final String STYLESHEET = "about.css";

    private final Button start = new Button();

    public WelcomeView(Messages messages, Runnable close) {
        getStyleClass().add("welcome");
        getStylesheets().add(Objects.requireNonNull(WelcomeView.class.getResource(STYLESHEET)).toExternalForm());
        setPrefWidth(560);

        Label title = label(messages, "about.welcome.title");
        title.getStyleClass().add(Styles.TITLE_2);
        Label intro = label(messages, "about.welcome.intro");

        VBox checks = new VBox(
                point(messages, "about.welcome.check.network", Feather.WIFI, false),
                point(messages, "about.welcome.check.signin", Feather.USER_CHECK, false),
                point(messages, "about.welcome.check.app", Feather.MUSIC, false),
                point(messages, "about.welcome.check.clock", Feather.CLOCK, false));
        checks.getStyleClass().add("points");

        Label neverTitle = label(messages, "about.welcome.never");
        neverTitle.getStyleClass().add("section-title");
        VBox never = new VBox(
                point(messages, "about.welcome.never.downloads", Feather.DOWNLOAD, true),
                point(messages, "about.welcome.never.settings", Feather.SLIDERS, true),
                point(messages, "about.welcome.never.account", Feather.LOCK, true));
        never.getStyleClass().add("points");

        Label privacy = label(messages, "about.welcome.private");
        privacy.getStyleClass().add(Styles.TEXT_MUTED);

        start.setId("welcome-start");
        start.textProperty().bind(messages.text("about.welcome.start"));
        start.getStyleClass().add(Styles.ACCENT);
        start.setDefaultButton(true);
        start.setCancelButton(true);
        start.setMinWidth(Button.USE_PREF_SIZE);
        start.setOnAction(e -> close.run());
        HBox actions = new HBox(start);
        actions.getStyleClass().add("actions");

        getChildren().addAll(title, intro, checks, neverTitle, never, privacy, actions);
    }

    /** Puts the keyboard focus on Start; call once the window shows. */
    public void focusStart() {
        start.requestFocus();
    }

    private static Label label(Messages messages, String key) {
        Label label = new Label();
        label.textProperty().bind(messages.text(key));
        label.setWrapText(true);
        label.setMinHeight(Label.USE_PREF_SIZE);
        return label;
    }

    private static HBox point(Messages messages, String key, Ikon icon, boolean never) {
        Label text = label(messages, key);
        text.setId(key);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox row = new HBox(new FontIcon(icon), text);
        row.getStyleClass().add("point");
        if (never) {
            row.getStyleClass().add("never");
        }
        return row;
    }
}
