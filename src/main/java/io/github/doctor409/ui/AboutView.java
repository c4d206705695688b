package io.github.doctor409.ui;

import atlantafx.base.theme.Styles;
import io.github.doctor409.app.BuildInfo;
import io.github.doctor409.app.LogFiles;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.StringBinding;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * About 409 Doctor: name, version and build, the Java and JavaFX it runs on, where the logs are, where
 * to report a problem (a link and Copy), and every open-source library inside with its licences.
 */
public final class AboutView extends VBox {

    /** What About shows, gathered once so tests can pass fixed facts. */
    public record Facts(String version, Optional<String> commit, Optional<String> buildDate, String java, String javafx,
                        Path logsFolder, boolean logsOff, URI issues) {

        public static Facts current(LogFiles logs) {
            return new Facts(BuildInfo.version(), BuildInfo.commit(), BuildInfo.buildDate(),
                    System.getProperty("java.version", "?"), System.getProperty("javafx.runtime.version", "?"),
                    logs.directory(), logs.problem().isPresent(), URI.create(BuildInfo.issuesUrl()));
        }
    }

    private final Button close = new Button();

    public AboutView(Messages messages, Facts facts, List<ThirdPartyLicences.Library> libraries, ClipboardAccess clipboard,
                     Browser browser, Runnable openLogs, Runnable onClose) {
        getStyleClass().add("about");
        getStylesheets().add(Objects.requireNonNull(WelcomeView.class.getResource(WelcomeView.STYLESHEET)).toExternalForm());
        setPrefWidth(600);

        ImageView icon = new ImageView(new Image(Objects.requireNonNull(AboutView.class.getResource("icon.png")).toExternalForm(),
                56, 56, true, true));
        Label name = new Label(DoctorApplication.TITLE);
        name.setId("about-name");
        name.getStyleClass().add(Styles.TITLE_2);
        Label tagline = text(messages.text("about.about.tagline"));
        tagline.getStyleClass().add(Styles.TEXT_MUTED);
        VBox nameBox = new VBox(2, name, tagline);
        HBox.setHgrow(nameBox, Priority.ALWAYS);
        HBox header = new HBox(icon, nameBox);
        header.getStyleClass().add("app-name");

        Label version = text(messages.text("about.about.version", facts.version()));
        version.setId("about-version");
        Label build = text(messages.text(() -> facts.commit().isPresent() || facts.buildDate().isPresent()
                ? messages.get("about.about.build", facts.commit().orElse("?"),
                        facts.buildDate().map(d -> date(d, messages)).orElse("?"))
                : messages.get("about.about.buildUnknown")));
        build.setId("about-build");
        build.getStyleClass().add(Styles.TEXT_MUTED);
        Label runtime = text(messages.text("about.about.runtime", facts.java(), facts.javafx()));
        runtime.setId("about-runtime");
        runtime.getStyleClass().add(Styles.TEXT_MUTED);
        VBox facts1 = new VBox(version, build, runtime);
        facts1.getStyleClass().add("facts");

        Label logsTitle = text(messages.text("about.about.logs"));
        logsTitle.getStyleClass().add("section-title");
        TextField logsPath = new TextField(facts.logsFolder().toString());
        logsPath.setId("about-logs-path");
        logsPath.setEditable(false);
        HBox.setHgrow(logsPath, Priority.ALWAYS);
        Button openLogsButton = new Button("", new FontIcon(Feather.FOLDER));
        openLogsButton.setId("about-open-logs");
        openLogsButton.textProperty().bind(messages.text("about.logs.open"));
        openLogsButton.setMinWidth(Button.USE_PREF_SIZE);
        openLogsButton.setOnAction(e -> openLogs.run());
        HBox logsRow = new HBox(logsPath, openLogsButton);
        logsRow.getStyleClass().add("path-row");
        VBox logs = new VBox(6, logsTitle, logsRow);
        if (facts.logsOff()) {
            Label off = text(messages.text("about.about.logsOff"));
            off.setId("about-logs-off");
            off.getStyleClass().add(Styles.WARNING);
            logs.getChildren().add(off);
        }

        Label issuesTitle = text(messages.text("about.about.issues"));
        issuesTitle.getStyleClass().add("section-title");
        Hyperlink link = new Hyperlink(facts.issues().toString());
        link.setId("about-issues-link");
        link.setOnAction(e -> browser.open(facts.issues()));
        link.setMinWidth(Region.USE_PREF_SIZE);
        Button copyLink = new Button("", new FontIcon(Feather.COPY));
        copyLink.setId("about-copy-issues");
        copyLink.textProperty().bind(messages.text("about.about.copyLink"));
        copyLink.setMinWidth(Button.USE_PREF_SIZE);
        copyLink.setOnAction(e -> clipboard.copy(facts.issues().toString()));
        HBox issuesRow = new HBox(link, copyLink);
        issuesRow.getStyleClass().add("path-row");
        VBox issues = new VBox(4, issuesTitle, issuesRow);

        Label licencesTitle = text(libraries.isEmpty() ? messages.text("about.about.licencesMissing")
                : messages.text("about.about.licences", libraries.size()));
        licencesTitle.setId("about-licences-title");
        licencesTitle.getStyleClass().add("section-title");
        ListView<ThirdPartyLicences.Library> licences = new ListView<>();
        licences.setId("about-licences");
        licences.getStyleClass().addAll("licences", Styles.DENSE);
        licences.getItems().setAll(libraries);
        licences.setCellFactory(list -> new LibraryCell());
        licences.setVisible(!libraries.isEmpty());
        licences.setManaged(!libraries.isEmpty());
        VBox.setVgrow(licences, Priority.ALWAYS);

        close.setId("about-close");
        close.textProperty().bind(messages.text("about.about.close"));
        close.setDefaultButton(true);
        close.setCancelButton(true);
        close.setOnAction(e -> onClose.run());
        HBox actions = new HBox(close);
        actions.getStyleClass().add("actions");

        getChildren().addAll(header, facts1, logs, issues, licencesTitle, licences, actions);
    }

    /** Puts the keyboard focus on Close; call once the window shows. */
    public void focusClose() {
        close.requestFocus();
    }

    /** {@code 2026-12-02} as the language writes a date, e.g. {@code 2 dic 2026}. */
    static String date(String isoDate, Messages messages) {
        try {
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale())
                    .format(LocalDate.parse(isoDate));
        } catch (DateTimeParseException e) {
            return isoDate;
        }
    }

    private static Label text(StringBinding binding) {
        Label label = new Label();
        label.textProperty().bind(binding);
        label.setWrapText(true);
        label.setMinHeight(Label.USE_PREF_SIZE);
        return label;
    }

    private static final class LibraryCell extends ListCell<ThirdPartyLicences.Library> {
        @Override
        protected void updateItem(ThirdPartyLicences.Library library, boolean empty) {
            super.updateItem(library, empty);
            if (empty || library == null) {
                setText(null);
                return;
            }
            setText(library.line());
        }
    }
}
