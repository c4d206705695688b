package io.github.doctor409.ui;

import io.github.doctor409.core.Check;
import io.github.doctor409.core.CheckResult;
import io.github.doctor409.core.FixCatalog;
import java.time.Duration;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The state of one step card: waiting, then running, then the check's result. Changed only on the FX
 * thread (or the test's thread), by {@link MainViewModel}. Its texts are in the window's language and
 * follow a switch: check words through {@link CheckTexts}, the card's own words from the {@code main} texts.
 */
public final class StepCardViewModel {

    /** After this long a running card says what it is still waiting for. */
    static final Duration WAITING_NOTICE_AFTER = Duration.ofSeconds(3);

    private final String checkId;
    private final FixCatalog catalog;
    private final CheckTexts texts;
    private final Messages messages;
    private final LiveText title;
    private final ObjectProperty<CardStatus> status = new SimpleObjectProperty<>(CardStatus.WAITING);
    private final LiveText summary;
    private final LiveText duration;
    private final LiveText latency;
    private final ObservableList<String> details = FXCollections.observableArrayList();
    private final ObservableList<FixOffer> fixes = FXCollections.observableArrayList();
    private final ObservableList<String> readOnlyDetails = FXCollections.unmodifiableObservableList(details);
    private final ObservableList<FixOffer> readOnlyFixes = FXCollections.unmodifiableObservableList(fixes);
    private CheckResult result;
    /** The result the card shows now; null while it waits or runs (then {@link #result} is the previous one). */
    private CheckResult shown;
    private String waitingFor;
    private boolean overdue;

    public StepCardViewModel(Check check, FixCatalog catalog, CheckTexts texts) {
        this.checkId = check.id();
        this.catalog = catalog;
        this.texts = texts;
        this.messages = texts.messages();
        String englishTitle = check.title();
        this.title = new LiveText(messages, () -> texts.title(checkId, englishTitle));
        this.summary = LiveText.of(messages, "main.card.waiting");
        this.duration = LiveText.empty(messages);
        this.latency = LiveText.empty(messages);
        // lists are not bindings: say them again when the language changes
        messages.localeProperty().addListener((obs, old, now) -> {
            if (shown != null) {
                sayLists(shown);
            }
        });
    }

    // ---- read-only state ----

    public String checkId() {
        return checkId;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.property();
    }

    public ReadOnlyObjectProperty<CardStatus> statusProperty() {
        return status;
    }

    public CardStatus status() {
        return status.get();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.property();
    }

    /** How long the check took, e.g. "0.4 s"; empty until it has a result. */
    public ReadOnlyStringProperty durationProperty() {
        return duration.property();
    }

    /** Per-endpoint latency, e.g. "Latency (median): accounts 42 ms · api 40 ms"; empty when not measured. */
    public ReadOnlyStringProperty latencyProperty() {
        return latency.property();
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
        shown = null;
        status.set(CardStatus.WAITING);
        summary.say("main.card.waiting");
        fixes.clear();
    }

    void markRunning() {
        shown = null;
        status.set(CardStatus.RUNNING);
        summary.say("main.card.running");
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
            if (waitingFor == null) {
                summary.say("main.card.stillChecking");
            } else {
                summary.say("main.card.stillWaiting", waitingFor);
            }
        }
    }

    void show(CheckResult newResult) {
        result = newResult;
        shown = newResult;
        title.say(() -> texts.title(checkId, newResult.title()));
        summary.say(() -> texts.summary(newResult));
        sayLists(newResult);
        duration.say("main.card.duration", newResult.duration().toMillis() / 1000.0);
        latency.say(() -> EndpointLatency.line(newResult, messages));
        status.set(CardStatus.of(newResult.status()));
    }

    private void sayLists(CheckResult shownResult) {
        details.setAll(texts.details(shownResult));
        fixes.setAll(shownResult.fixes().stream().map(this::offer).toList());
    }

    private FixOffer offer(String fixId) {
        return catalog.find(fixId)
                .map(fix -> new FixOffer(fixId, texts.fixTitle(fixId, fix.title()), true,
                        texts.fixDescription(fix)))
                .orElseGet(() -> new FixOffer(fixId, texts.fixTitle(fixId, catalog.label(fixId)), false,
                        messages.get(FixOffer.NOT_AVAILABLE_KEY)));
    }
}
