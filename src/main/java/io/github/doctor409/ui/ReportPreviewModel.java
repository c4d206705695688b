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
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The report preview: the exact redacted text in the chosen format, and the commands Copy, Save and
 * Contact support (copy, then open Spotify's support page). Nothing is uploaded.
 */
public final class ReportPreviewModel {

    private final Supplier<DiagnosisReport> diagnosis;
    private final Supplier<ReportMetadata> metadata;
    private final SupportReport renderer;
    private final ClipboardAccess clipboard;
    private final SaveFileDialog saveDialog;
    private final Browser browser;

    private final ObjectProperty<ReportFormat> format = new SimpleObjectProperty<>(ReportFormat.MARKDOWN);
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private ReportMetadata shownMetadata;
    private final BooleanProperty includeLog = new SimpleBooleanProperty(false);
    private Supplier<List<String>> recentLog;

    public ReportPreviewModel(Supplier<DiagnosisReport> diagnosis, Supplier<ReportMetadata> metadata, SupportReport renderer,
                              ClipboardAccess clipboard, SaveFileDialog saveDialog, Browser browser) {
        this.diagnosis = diagnosis;
        this.metadata = metadata;
        this.renderer = renderer;
        this.clipboard = clipboard;
        this.saveDialog = saveDialog;
        this.browser = browser;
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

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    // ---- commands ----

    /** Renders the latest results again. */
    public void refresh() {
        shownMetadata = metadata.get();
        List<String> log = includeLog.get() && recentLog != null ? recentLog.get() : List.of();
        text.set(renderer.render(diagnosis.get(), shownMetadata, format.get(), log));
    }

    public void copy() {
        clipboard.copy(text.get());
        message.set("Copied. Paste it into your support request or GitHub issue.");
    }

    public void save() {
        Optional<Path> target = saveDialog.choose("Save the report",
                SupportReport.suggestedFileName(shownMetadata, format.get()), format.get().extension());
        if (target.isEmpty()) {
            return;
        }
        try {
            Files.writeString(target.get(), text.get(), StandardCharsets.UTF_8);
            message.set("Saved as " + target.get().getFileName() + ".");
        } catch (IOException e) {
            message.set("Could not save there (" + e.getClass().getSimpleName() + "). Try another folder.");
        }
    }

    /** Copies the report, then opens Spotify's support page, where the person pastes it. */
    public void contactSupport() {
        clipboard.copy(text.get());
        browser.open(StepAction.SUPPORT_PAGE);
        message.set("The report is copied. Spotify's support page opens in your browser: paste it into your message there.");
    }
}
