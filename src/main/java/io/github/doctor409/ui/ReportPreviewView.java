package io.github.doctor409.ui;

import atlantafx.base.theme.Styles;
import io.github.doctor409.report.ReportFormat;
import java.util.Objects;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
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

/** The report preview: format switch, the exact text, Copy, Save and Contact support. */
public final class ReportPreviewView extends BorderPane {

    static final String STYLESHEET = "guide.css";

    private final HBox formatRow;

    public ReportPreviewView(ReportPreviewModel model) {
        getStyleClass().add("report-preview");
        getStylesheets().addAll(Objects.requireNonNull(MainView.class.getResource(MainView.STYLESHEET)).toExternalForm(),
                Objects.requireNonNull(ReportPreviewView.class.getResource(STYLESHEET)).toExternalForm());

        Label title = new Label("Report for Spotify support or a GitHub issue");
        title.getStyleClass().add(Styles.TITLE_3);
        Label note = new Label("This is exactly what Copy and Save hand over. Tokens, e-mail, name and account id are removed,"
                + " your home folder shows as ~ and local network addresses are masked. Nothing is uploaded.");
        note.setWrapText(true);
        note.getStyleClass().add(Styles.TEXT_MUTED);

        ToggleGroup formats = new ToggleGroup();
        ToggleButton markdown = toggle("Markdown", ReportFormat.MARKDOWN, formats, model);
        ToggleButton json = toggle("JSON", ReportFormat.JSON, formats, model);
        markdown.getStyleClass().add(Styles.LEFT_PILL);
        json.getStyleClass().add(Styles.RIGHT_PILL);
        HBox formatRow = new HBox(markdown, json);
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
        BorderPane.setMargin(text, new javafx.geometry.Insets(0, 24, 0, 24));
        setCenter(text);

        Button copy = new Button("Copy", new FontIcon(Feather.COPY));
        copy.setId("copy-report");
        copy.getStyleClass().add(Styles.ACCENT);
        copy.setOnAction(e -> model.copy());
        Button save = new Button("Save…", new FontIcon(Feather.SAVE));
        save.setId("save-report");
        save.setOnAction(e -> model.save());
        Button support = new Button("Contact support", new FontIcon(Feather.LIFE_BUOY));
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

    /** Adds a control after the format switch (the recent-log option, see {@link RecentLogOption}). */
    public void addOption(javafx.scene.Node option) {
        HBox.setMargin(option, new javafx.geometry.Insets(0, 0, 0, 16));
        formatRow.getChildren().add(option);
    }

    private static ToggleButton toggle(String label, ReportFormat format, ToggleGroup group, ReportPreviewModel model) {
        ToggleButton button = new ToggleButton(label);
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
