package io.github.doctor409.ui;

import io.github.doctor409.core.DiagnosisReport;
import io.github.doctor409.guide.StepAction;
import io.github.doctor409.report.ReportFormat;
import io.github.doctor409.report.ReportMetadata;
import io.github.doctor409.report.SupportReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The report preview: the exact redacted text in the chosen format, and the commands Copy, Save and
 * Contact support (copy, then open Spotify's support page). Nothing is uploaded.
 *
 * <p>The report text itself stays English in every language of the window: it is pasted into support
 * tickets and GitHub issues, where the people who read it share English. Only the window's own words
 * around it (the messages here, the view's labels) follow {@link Messages}.
 */
public final class ReportPreviewModel {

    private final Supplier<DiagnosisReport> diagnosis;
    private final Supplier<ReportMetadata> metadata;
    private final SupportReport renderer;
    private final ClipboardAccess clipboard;
    private final SaveFileDialog saveDialog;
    private final Browser browser;
    private final Messages messages;
    private final ZoneId zone;

    private final ObjectProperty<ReportFormat> format = new SimpleObjectProperty<>(ReportFormat.MARKDOWN);
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ObjectProperty<Supplier<String>> say = new SimpleObjectProperty<>(() -> "");
    private final StringBinding message;
    private final ObjectProperty<ReportMetadata> shown = new SimpleObjectProperty<>();
    private final StringBinding generated;
    private ReportMetadata shownMetadata;
    private final BooleanProperty includeLog = new SimpleBooleanProperty(false);
    private Supplier<List<String>> recentLog;

    public ReportPreviewModel(Supplier<DiagnosisReport> diagnosis, Supplier<ReportMetadata> metadata, SupportReport renderer,
                              ClipboardAccess clipboard, SaveFileDialog saveDialog, Browser browser, Messages messages,
                              ZoneId zone) {
        this.diagnosis = diagnosis;
        this.metadata = metadata;
        this.renderer = renderer;
        this.clipboard = clipboard;
        this.saveDialog = saveDialog;
        this.browser = browser;
        this.messages = messages;
        this.zone = zone;
        this.message = messages.text(() -> say.get().get(), say);
        this.generated = messages.text(() -> shown.get() == null ? ""
                : messages.get("windows.report.generated", messages.dateTime(shown.get().generatedAt(), zone)), shown);
        format.addListener((obs, old, now) -> refresh());
        includeLog.addListener((obs, old, now) -> refresh());
        refresh();
    }

    /**
     * Offers to append the app's recent log lines (redacted again by the renderer); off until the
     * person ticks it. Without this call the preview has no such option.
     */
    public void offerRecentLog(Supplier<List<String>> lines) {
        this.recentLog = lines;
    }

    public boolean offersRecentLog() {
        return recentLog != null;
    }

    /** Whether the report carries the recent log; off by default. */
    public BooleanProperty includeLogProperty() {
        return includeLog;
    }

    // ---- state ----

    public ObjectProperty<ReportFormat> formatProperty() {
        return format;
    }

    /** Exactly what Copy and Save hand over. */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** What Copy, Save or Contact support did, in the current language. */
    public StringBinding messageProperty() {
        return message;
    }

    /** When the text shown was written, in the locale's style. */
    public StringBinding generatedProperty() {
        return generated;
    }

    // ---- commands ----

    /** Renders the latest results again. */
    public void refresh() {
        shownMetadata = metadata.get();
        shown.set(shownMetadata);
        // always English, whatever the window's language: see the class comment
        List<String> log = includeLog.get() && recentLog != null ? recentLog.get() : List.of();
        text.set(renderer.render(diagnosis.get(), shownMetadata, format.get(), log));
    }

    public void copy() {
        clipboard.copy(text.get());
        say("windows.report.copied");
    }

    public void save() {
        Optional<Path> target = saveDialog.choose(messages.get("windows.report.saveTitle"),
                SupportReport.suggestedFileName(shownMetadata, format.get()), format.get().extension());
        if (target.isEmpty()) {
            return;
        }
        try {
            Files.writeString(target.get(), text.get(), StandardCharsets.UTF_8);
            String name = target.get().getFileName().toString();
            say.set(() -> messages.get("windows.report.saved", name));
        } catch (IOException e) {
            String why = e.getClass().getSimpleName();
            say.set(() -> messages.get("windows.report.notSaved", why));
        }
    }

    /** Copies the report, then opens Spotify's support page, where the person pastes it. */
    public void contactSupport() {
        clipboard.copy(text.get());
        browser.open(StepAction.SUPPORT_PAGE);
        say("windows.report.support");
    }

    private void say(String key) {
        say.set(() -> messages.get(key));
    }
}
