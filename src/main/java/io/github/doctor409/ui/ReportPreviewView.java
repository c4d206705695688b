package io.github.doctor409.ui;

import atlantafx.base.theme.Styles;
import io.github.doctor409.report.ReportFormat;
import java.util.Objects;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The report preview: format switch, the exact text, Copy, Save and Contact support. The window's words
 * follow {@link Messages}; the report text stays English (see {@link ReportPreviewModel}). Alt and the
 * underlined letter reach every button; Enter copies.
 */
public final class ReportPreviewView extends BorderPane {

    static final String STYLESHEET = "guide.css";

    private final Messages messages;
    private final HBox formatRow;

    public ReportPreviewView(ReportPreviewModel model, Messages messages) {
        this.messages = messages;
        getStyleClass().add("report-preview");
        getStylesheets().addAll(Objects.requireNonNull(MainView.class.getResource(MainView.STYLESHEET)).toExternalForm(),
                Objects.requireNonNull(ReportPreviewView.class.getResource(STYLESHEET)).toExternalForm());

        Label title = bound(new Label(), "windows.report.title");
        title.getStyleClass().add(Styles.TITLE_3);
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        Label note = bound(new Label(), "windows.report.note");
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        note.getStyleClass().add(Styles.TEXT_MUTED);

        ToggleGroup formats = new ToggleGroup();
        ToggleButton markdown = toggle("windows.report.markdown", ReportFormat.MARKDOWN, formats, model);
        ToggleButton json = toggle("windows.report.json", ReportFormat.JSON, formats, model);
        markdown.getStyleClass().add(Styles.LEFT_PILL);
        json.getStyleClass().add(Styles.RIGHT_PILL);
        Label generated = new Label();
        generated.setId("report-generated");
        generated.getStyleClass().add(Styles.TEXT_MUTED);
        generated.textProperty().bind(model.generatedProperty());
        generated.setMinWidth(Region.USE_PREF_SIZE);
        Label englishNote = bound(new Label(), "windows.report.english");
        englishNote.getStyleClass().add(Styles.TEXT_MUTED);
        englishNote.setWrapText(true);
        englishNote.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(englishNote, Priority.ALWAYS);
        englishNote.setMaxWidth(Double.MAX_VALUE);
        HBox formatRow = new HBox(markdown, json, spacer(16), generated, spacer(16), englishNote);
        formatRow.setAlignment(Pos.CENTER_LEFT);
        this.formatRow = formatRow;

        VBox header = new VBox(title, note, formatRow);
        header.getStyleClass().add("pane-header");
        setTop(header);

        TextArea text = new TextArea();
        text.setId("report-text");
        text.setEditable(false);
        text.getStyleClass().add("report-text");
        text.textProperty().bind(model.textProperty());
        text.accessibleTextProperty().bind(messages.text("windows.report.textName"));
        BorderPane.setMargin(text, new javafx.geometry.Insets(0, 24, 0, 24));
        setCenter(text);

        Button copy = button("windows.report.copy", Feather.COPY);
        copy.setDefaultButton(true);
        copy.setId("copy-report");
        copy.getStyleClass().add(Styles.ACCENT);
        copy.setOnAction(e -> model.copy());
        Button save = button("windows.report.save", Feather.SAVE);
        save.setId("save-report");
        save.setOnAction(e -> model.save());
        Button support = button("windows.report.contact", Feather.LIFE_BUOY);
        support.setId("contact-support");
        support.setOnAction(e -> model.contactSupport());
        Label message = new Label();
        message.setId("report-message");
        message.setWrapText(true);
        message.getStyleClass().add(Styles.TEXT_MUTED);
        message.textProperty().bind(model.messageProperty());
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);
        Region gap = new Region();
        HBox actions = new HBox(copy, save, support, gap, message);
        actions.getStyleClass().add("pane-actions");
        actions.setAlignment(Pos.CENTER_LEFT);
        setBottom(actions);
    }

    /** Adds a control after the format switch and the date (the recent-log option, see {@link RecentLogOption}). */
    public void addOption(javafx.scene.Node option) {
        HBox.setMargin(option, new javafx.geometry.Insets(0, 0, 0, 16));
        formatRow.getChildren().add(formatRow.getChildren().size() - 2, option);
    }

    private static Region spacer(double width) {
        Region region = new Region();
        region.setMinWidth(width);
        return region;
    }

    private Button button(String key, Feather icon) {
        Button button = bound(new Button(null, new FontIcon(icon)), key);
        button.setMnemonicParsing(true);
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }

    private <T extends Labeled> T bound(T labeled, String key) {
        labeled.textProperty().bind(messages.text(key));
        return labeled;
    }

    private ToggleButton toggle(String key, ReportFormat format, ToggleGroup group, ReportPreviewModel model) {
        ToggleButton button = bound(new ToggleButton(), key);
        button.setMnemonicParsing(true);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setId("format-" + format.id());
        button.setToggleGroup(group);
        button.setSelected(model.formatProperty().get() == format);
        button.setOnAction(e -> {
            button.setSelected(true);
            model.formatProperty().set(format);
        });
        return button;
    }
}
