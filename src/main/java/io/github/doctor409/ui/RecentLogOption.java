package io.github.doctor409.ui;

import javafx.scene.control.CheckBox;

/** The report preview's "Include the recent log" check box, bound to the model; off by default. */
public final class RecentLogOption extends CheckBox {

    /** How much of the log a report carries when asked to (the CLI's {@code --include-logs} takes as many). */
    public static final int LINES = 200;

    public RecentLogOption(ReportPreviewModel model, Messages messages) {
        setId("include-log");
        textProperty().bind(messages.text("about.report.includeLog", LINES));
        selectedProperty().bindBidirectional(model.includeLogProperty());
        setMnemonicParsing(false);
    }
}
