package io.github.doctor409.ui;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Feather icon for a status; its colour comes from the stylesheet through the parent's pseudo-class. */
final class StatusIcon extends FontIcon {

    StatusIcon() {
        super(Feather.CLOCK);
        getStyleClass().add("status-icon");
    }

    void show(CardStatus status) {
        setIconCode(iconFor(status));
    }

    static Ikon iconFor(CardStatus status) {
        return switch (status) {
            case WAITING -> Feather.CLOCK;
            case RUNNING -> Feather.LOADER;
            case PASS -> Feather.CHECK_CIRCLE;
            case WARN -> Feather.ALERT_TRIANGLE;
            case FAIL -> Feather.X_CIRCLE;
            case UNKNOWN -> Feather.HELP_CIRCLE;
            case SKIPPED -> Feather.MINUS_CIRCLE;
            case ERROR -> Feather.ALERT_OCTAGON;
        };
    }
}
