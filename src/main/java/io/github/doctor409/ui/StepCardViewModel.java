package io.github.doctor409.ui;

import io.github.doctor409.core.Check;
import io.github.doctor409.core.CheckResult;
import io.github.doctor409.core.FixCatalog;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The state of one step card: waiting, then running, then the check's result. Changed only on the FX
 * thread (or the test's thread), by {@link MainViewModel}.
 */
public final class StepCardViewModel {

    static final String WAITING_SUMMARY = "Waiting to start.";
    static final String RUNNING_SUMMARY = "Checking…";
    /** After this long a running card says what it is still waiting for. */
    static final Duration WAITING_NOTICE_AFTER = Duration.ofSeconds(3);

    private final String checkId;
    private final FixCatalog catalog;
    private final StringProperty title = new SimpleStringProperty();
    private final ObjectProperty<CardStatus> status = new SimpleObjectProperty<>(CardStatus.WAITING);
    private final StringProperty summary = new SimpleStringProperty(WAITING_SUMMARY);
    private final StringProperty duration = new SimpleStringProperty("");
    private final StringProperty latency = new SimpleStringProperty("");
    private final ObservableList<String> details = FXCollections.observableArrayList();
    private final ObservableList<FixOffer> fixes = FXCollections.observableArrayList();
    private final ObservableList<String> readOnlyDetails = FXCollections.unmodifiableObservableList(details);
    private final ObservableList<FixOffer> readOnlyFixes = FXCollections.unmodifiableObservableList(fixes);
    private CheckResult result;
    private String waitingFor;
    private boolean overdue;

    public StepCardViewModel(Check check, FixCatalog catalog) {
        this.checkId = check.id();
        this.catalog = catalog;
        this.title.set(check.title());
    }

    // ---- read-only state ----

    public String checkId() {
        return checkId;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title;
    }

    public ReadOnlyObjectProperty<CardStatus> statusProperty() {
        return status;
    }

    public CardStatus status() {
        return status.get();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    /** How long the check took, e.g. "0.4 s"; empty until it has a result. */
    public ReadOnlyStringProperty durationProperty() {
        return duration;
    }

    /** Per-endpoint latency, e.g. "Latency (median): accounts 42 ms · api 40 ms"; empty when not measured. */
    public ReadOnlyStringProperty latencyProperty() {
        return latency;
    }

    public ObservableList<String> details() {
        return readOnlyDetails;
    }

    public ObservableList<FixOffer> fixes() {
        return readOnlyFixes;
    }

    /** The latest result, kept when the card runs again so other cards can be re-run with it. */
    public Optional<CheckResult> result() {
        return Optional.ofNullable(result);
    }

    // ---- state changes ----

    void markWaiting() {
        status.set(CardStatus.WAITING);
        summary.set(WAITING_SUMMARY);
        fixes.clear();
    }

    void markRunning() {
        status.set(CardStatus.RUNNING);
        summary.set(RUNNING_SUMMARY);
        fixes.clear();
        waitingFor = null;
        overdue = false;
    }

    /** What the running check waits for now; shown once it has run for {@link #WAITING_NOTICE_AFTER}. */
    void noteWaitingFor(String what) {
        waitingFor = what;
        showWaiting();
    }

    /** The check has run for {@link #WAITING_NOTICE_AFTER}: from now on the card says what it waits for. */
    void markOverdue() {
        overdue = true;
        showWaiting();
    }

    private void showWaiting() {
        if (overdue && status.get() == CardStatus.RUNNING) {
            summary.set(waitingFor == null ? "Still checking…" : "Still waiting for " + waitingFor + "…");
        }
    }

    void show(CheckResult newResult) {
        result = newResult;
        title.set(newResult.title());
        summary.set(newResult.summary());
        details.setAll(newResult.details());
        fixes.setAll(newResult.fixes().stream().map(this::offer).toList());
        duration.set(seconds(newResult.duration()));
        latency.set(EndpointLatency.line(newResult));
        status.set(CardStatus.of(newResult.status()));
    }

    private FixOffer offer(String fixId) {
        return catalog.find(fixId)
                .map(fix -> new FixOffer(fixId, fix.title(), true, fix.describe()))
                .orElseGet(() -> new FixOffer(fixId, catalog.label(fixId), false, FixOffer.NOT_AVAILABLE));
    }

    static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }
}
