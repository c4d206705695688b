package io.github.doctor409.ui;

import io.github.doctor409.core.Check;
import io.github.doctor409.core.CheckGroup;
import io.github.doctor409.core.CheckResult;
import io.github.doctor409.core.Diagnosis;
import io.github.doctor409.core.DiagnosisListener;
import io.github.doctor409.core.DiagnosisReport;
import io.github.doctor409.core.DiagnosisRun;
import io.github.doctor409.core.Fix;
import io.github.doctor409.core.FixCatalog;
import io.github.doctor409.core.FixOutcome;
import io.github.doctor409.core.Status;
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

/**
 * The main window's state: the step cards by group, the verdict, and whether checks are running.
 * Diagnosis callbacks arrive on background threads and are handed to {@code uiThread}; every property
 * changes on that thread only. Touches no node, so tests drive it with a direct executor.
 */
public final class MainViewModel {

    private final Diagnosis diagnosis;
    private final FixCatalog catalog;
    private final Executor uiThread;
    private final FixCommand fixCommand;
    private final TaskExecutor executor;
    private final Messages messages;
    private final CheckTexts texts;
    private final Map<String, StepCardViewModel> cards = new LinkedHashMap<>();
    private final Map<String, java.util.function.Consumer<Runnable>> fixScreens = new LinkedHashMap<>();
    private final List<StepCardGroup> groups;

    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final LiveText progressText;
    private final LiveText headline;
    private final ReadOnlyObjectWrapper<CardStatus> verdictStatus = new ReadOnlyObjectWrapper<>(CardStatus.WAITING);
    private final LiveText verdictWord;
    private final LiveText notice;

    private DiagnosisRun currentRun;
    private Future<?> currentFix;
    private int generation;
    private int finished;
    private int total;
    private Verdict verdict;

    /** @param messages the window's language and texts; every text of this model follows its switches */
    public MainViewModel(Diagnosis diagnosis, FixCatalog catalog, TaskExecutor executor, Executor uiThread,
                         Dialogs dialogs, Messages messages) {
        this.diagnosis = diagnosis;
        this.catalog = catalog;
        this.uiThread = uiThread;
        this.messages = messages;
        this.texts = new CheckTexts(messages);
        this.fixCommand = new FixCommand(executor, uiThread, dialogs, texts);
        this.executor = executor;
        this.progressText = LiveText.empty(messages);
        this.headline = LiveText.of(messages, "main.headline.checking");
        this.verdictWord = LiveText.of(messages, VerdictWords.key(CardStatus.WAITING));
        this.notice = LiveText.empty(messages);
        diagnosis.checks().forEach(check -> cards.put(check.id(), new StepCardViewModel(check, catalog, texts)));
        this.groups = group(diagnosis.checks());
    }

    // ---- read-only state ----

    /** The window's language and texts, for the views bound to this model. */
    public Messages messages() {
        return messages;
    }

    /** Check and fix words in the window's language. */
    public CheckTexts texts() {
        return texts;
    }

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

    /** "3 of 13 checks done" while running, the fix's progress while one runs; empty otherwise. */
    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.property();
    }

    public ReadOnlyStringProperty headlineProperty() {
        return headline.property();
    }

    /** The verdict's status, RUNNING while checks run, WAITING before the first run. */
    public ReadOnlyObjectProperty<CardStatus> verdictStatusProperty() {
        return verdictStatus.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty verdictWordProperty() {
        return verdictWord.property();
    }

    /** A short message about the last fix or a stopped run; empty when there is none. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.property();
    }

    public Optional<Verdict> verdict() {
        return Optional.ofNullable(verdict);
    }

    /** Shows a short message of the window (key of the {@code main} texts) in the notice line, e.g. after a copy. */
    public void announce(String key, Object... args) {
        notice.say(key, args);
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
            Future<?> task = fixCommand.apply(fix, message -> progressText.say(() -> message),
                    outcome -> fixDone(fix, outcome));
            if (task != null) {
                currentFix = task;
                notice.clear();
                progressText.say(() -> messages.get("main.progress.fix", texts.fixTitle(fix)));
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
            headline.say("main.headline.checking");
        }
        notice.clear();
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
        sayHeadline(verdict, latest);
        if (report.cancelled()) {
            notice.say("main.notice.stopped");
        }
        setRunning(false);
    }

    /** The verdict in words: the likely cause's summary, or the window's own sentence when none is named. */
    private void sayHeadline(Verdict now, List<CheckResult> latest) {
        if (now == null) {
            headline.say("main.headline.nothingRan");
            return;
        }
        Optional<CheckResult> cause = now.likelyCause()
                .flatMap(id -> latest.stream().filter(r -> r.id().equals(id)).findFirst());
        if (cause.isPresent()) {
            CheckResult result = cause.get();
            headline.say(() -> texts.summary(result));
        } else {
            headline.say(now.status() == Status.PASS ? "main.headline.allClear"
                    : "main.headline.uncertain");
        }
    }

    private void fixDone(Fix fix, FixOutcome outcome) {
        currentFix = null;
        setRunning(false);
        rerun(fix.rechecks());
        notice.say(() -> texts.outcome(fix.id(), outcome));
    }

    private void setRunning(boolean value) {
        running.set(value);
        if (!value) {
            progressText.clear();
        }
        CardStatus status = value ? CardStatus.RUNNING
                : verdict == null ? CardStatus.WAITING : CardStatus.of(verdict.status());
        verdictStatus.set(status);
        verdictWord.say(VerdictWords.key(status));
    }

    private void updateProgress() {
        progress.set(total == 0 ? 0 : (double) finished / total);
        progressText.say("main.progress", finished, total);
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
