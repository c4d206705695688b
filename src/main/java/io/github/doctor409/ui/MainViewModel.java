package io.github.doctor409.ui;

import io.github.doctor409.core.Check;
import io.github.doctor409.core.CheckGroup;
import io.github.doctor409.core.CheckResult;
import io.github.doctor409.core.Diagnosis;
import io.github.doctor409.core.DiagnosisListener;
import io.github.doctor409.core.DiagnosisReport;
import io.github.doctor409.core.DiagnosisRun;
import io.github.doctor409.core.FixCatalog;
import io.github.doctor409.core.FixOutcome;
import io.github.doctor409.core.TaskExecutor;
import io.github.doctor409.core.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The main window's state: the step cards by group, the verdict, and whether checks are running.
 * Diagnosis callbacks arrive on background threads and are handed to {@code uiThread}; every property
 * changes on that thread only. Touches no node, so tests drive it with a direct executor.
 */
public final class MainViewModel {

    static final String NOTHING_RAN = "No checks ran: this build has none to run yet.";
    static final String FIRST_HEADLINE = "Checking your connection, your account and the Spotify app…";

    private final Diagnosis diagnosis;
    private final FixCatalog catalog;
    private final Executor uiThread;
    private final FixCommand fixCommand;
    private final TaskExecutor executor;
    private final Map<String, StepCardViewModel> cards = new LinkedHashMap<>();
    private final Map<String, java.util.function.Consumer<Runnable>> fixScreens = new LinkedHashMap<>();
    private final List<StepCardGroup> groups;

    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper(FIRST_HEADLINE);
    private final ReadOnlyObjectWrapper<CardStatus> verdictStatus = new ReadOnlyObjectWrapper<>(CardStatus.WAITING);
    private final ReadOnlyStringWrapper verdictWord = new ReadOnlyStringWrapper(VerdictWords.of(CardStatus.WAITING));
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");

    private DiagnosisRun currentRun;
    private Future<?> currentFix;
    private int generation;
    private int finished;
    private int total;
    private Verdict verdict;

    public MainViewModel(Diagnosis diagnosis, FixCatalog catalog, TaskExecutor executor, Executor uiThread,
                         Dialogs dialogs) {
        this.diagnosis = diagnosis;
        this.catalog = catalog;
        this.uiThread = uiThread;
        this.fixCommand = new FixCommand(executor, uiThread, dialogs);
        this.executor = executor;
        diagnosis.checks().forEach(check -> cards.put(check.id(), new StepCardViewModel(check, catalog)));
        this.groups = group(diagnosis.checks());
    }

    // ---- read-only state ----

    public List<StepCardGroup> groups() {
        return groups;
    }

    public Optional<StepCardViewModel> card(String checkId) {
        return Optional.ofNullable(cards.get(checkId));
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public boolean isRunning() {
        return running.get();
    }

    /** Share of the current run's checks that have finished, 0 to 1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** "3 of 13 checks done" while running; empty otherwise. */
    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    /** The verdict's status, RUNNING while checks run, WAITING before the first run. */
    public ReadOnlyObjectProperty<CardStatus> verdictStatusProperty() {
        return verdictStatus.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty verdictWordProperty() {
        return verdictWord.getReadOnlyProperty();
    }

    /** A short message about the last fix or a stopped run; empty when there is none. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public Optional<Verdict> verdict() {
        return Optional.ofNullable(verdict);
    }

    // ---- commands ----

    /** Runs every check; ignored while a run or a fix is in progress. */
    public void runAll() {
        start(Set.copyOf(cards.keySet()), true);
    }

    /** Runs one check again with the latest results of the others as its inputs. */
    public void rerun(String checkId) {
        rerun(Set.of(checkId));
    }

    public void rerun(Set<String> checkIds) {
        start(checkIds.stream().filter(cards::containsKey).collect(Collectors.toSet()), false);
    }

    /** Stops the running diagnosis or fix; unfinished checks then show "Not verified". */
    public void cancel() {
        if (currentRun != null) {
            currentRun.cancel();
        }
        if (currentFix != null) {
            currentFix.cancel(true);
        }
    }

    /**
     * Lets a fix open its own screen (plan, progress, before/after) instead of the plain confirmation;
     * the screen calls the given {@code Runnable} when it closes, and the fix's checks run again.
     */
    public void useScreenFor(String fixId, java.util.function.Consumer<Runnable> openScreen) {
        fixScreens.put(fixId, openScreen);
    }

    /** Runs an available fix off the FX thread, then re-runs the checks it names. */
    public void applyFix(String fixId) {
        if (running.get()) {
            return;
        }
        java.util.function.Consumer<Runnable> screen = fixScreens.get(fixId);
        if (screen != null) {
            catalog.find(fixId).ifPresent(fix -> screen.accept(() -> rerun(fix.rechecks())));
            return;
        }
        catalog.find(fixId).ifPresent(fix -> {
            Future<?> task = fixCommand.apply(fix, progressText::set, outcome -> fixDone(fix.rechecks(), outcome));
            if (task != null) {
                currentFix = task;
                notice.set("");
                progressText.set(fix.title() + "…");
                setRunning(true);
            }
        });
    }

    // ---- internals ----

    private void start(Set<String> ids, boolean everything) {
        if (running.get() || ids.isEmpty() && !everything) {
            return;
        }
        generation++;
        finished = 0;
        total = ids.size();
        Map<String, CheckResult> known = new LinkedHashMap<>();
        cards.values().forEach(card -> {
            if (ids.contains(card.checkId())) {
                card.markWaiting();
            } else {
                card.result().ifPresent(r -> known.put(r.id(), r));
            }
        });
        if (everything) {
            headline.set(FIRST_HEADLINE);
        }
        notice.set("");
        updateProgress();
        setRunning(true);
        RunListener listener = new RunListener(generation);
        currentRun = everything ? diagnosis.start(listener) : diagnosis.start(ids, known, listener);
    }

    private void checkStarted(String checkId) {
        card(checkId).ifPresent(StepCardViewModel::markRunning);
    }

    private void checkFinished(CheckResult result) {
        card(result.id()).ifPresent(card -> card.show(result));
        finished++;
        updateProgress();
    }

    private void completed(DiagnosisReport report) {
        currentRun = null;
        List<CheckResult> latest = new ArrayList<>();
        cards.values().forEach(card -> card.result().ifPresent(latest::add));
        verdict = latest.isEmpty() ? null : Verdict.of(latest);
        headline.set(verdict == null ? NOTHING_RAN : verdict.headline());
        if (report.cancelled()) {
            notice.set("Stopped before every check finished.");
        }
        setRunning(false);
    }

    private void fixDone(Set<String> rechecks, FixOutcome outcome) {
        currentFix = null;
        setRunning(false);
        rerun(rechecks);
        notice.set(outcome.message());
    }

    private void setRunning(boolean value) {
        running.set(value);
        if (!value) {
            progressText.set("");
        }
        CardStatus status = value ? CardStatus.RUNNING
                : verdict == null ? CardStatus.WAITING : CardStatus.of(verdict.status());
        verdictStatus.set(status);
        verdictWord.set(VerdictWords.of(status));
    }

    private void updateProgress() {
        progress.set(total == 0 ? 0 : (double) finished / total);
        progressText.set(finished + " of " + total + (total == 1 ? " check done" : " checks done"));
    }

    private List<StepCardGroup> group(List<Check> checks) {
        List<StepCardGroup> result = new ArrayList<>();
        for (CheckGroup group : CheckGroup.values()) {
            List<StepCardViewModel> inGroup = checks.stream()
                    .filter(check -> check.group() == group)
                    .map(check -> cards.get(check.id()))
                    .toList();
            if (!inGroup.isEmpty()) {
                result.add(new StepCardGroup(group, inGroup));
            }
        }
        return List.copyOf(result);
    }

    /** Receives one run's callbacks on background threads; drops them once a newer run has started. */
    private final class RunListener implements DiagnosisListener {
        private final int runGeneration;

        RunListener(int runGeneration) {
            this.runGeneration = runGeneration;
        }

        @Override
        public void onCheckStarted(Check check) {
            onUiThread(() -> checkStarted(check.id()));
            executor.schedule(() -> onUiThread(() -> card(check.id()).ifPresent(StepCardViewModel::markOverdue)),
                    StepCardViewModel.WAITING_NOTICE_AFTER);
        }

        @Override
        public void onCheckWaiting(Check check, String what) {
            onUiThread(() -> card(check.id()).ifPresent(card -> card.noteWaitingFor(what)));
        }

        @Override
        public void onCheckFinished(CheckResult result) {
            onUiThread(() -> checkFinished(result));
        }

        @Override
        public void onCompleted(DiagnosisReport report) {
            onUiThread(() -> completed(report));
        }

        private void onUiThread(Runnable change) {
            uiThread.execute(() -> {
                if (runGeneration == generation) {
                    change.run();
                }
            });
        }
    }
}
