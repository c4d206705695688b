package io.github.doctor409.ui;

import io.github.doctor409.core.CheckResult;
import io.github.doctor409.core.Diagnosis;
import io.github.doctor409.core.DiagnosisListener;
import io.github.doctor409.core.DiagnosisReport;
import io.github.doctor409.core.Fix;
import io.github.doctor409.core.FixCatalog;
import io.github.doctor409.core.TaskExecutor;
import io.github.doctor409.guide.LadderStep;
import io.github.doctor409.guide.PlannedStep;
import io.github.doctor409.guide.StepAction;
import io.github.doctor409.guide.Walkthrough;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The walkthrough window's state over the plain {@link Walkthrough}: the steps, where the person is,
 * whether a fix or a re-check runs, and a message in the window's language (it follows a language
 * switch). Fixes and checks run on the executor; their results come back through {@code uiThread}.
 * Touches no node.
 */
public final class WalkthroughViewModel {

    private final Walkthrough walkthrough;
    private final Diagnosis diagnosis;
    private final FixCatalog catalog;
    private final Executor uiThread;
    private final FixCommand fixCommand;
    private final ClipboardAccess clipboard;
    private final Runnable openReport;
    private final Runnable openMonitor;
    private final GuideTexts texts;
    private final Messages messages;

    private final ObservableList<PlannedStep> steps = FXCollections.observableArrayList();
    private final ObservableList<PlannedStep> stepsView = FXCollections.unmodifiableObservableList(steps);
    private final ReadOnlyObjectWrapper<Walkthrough.Position> position = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    /** The message as a recipe, so that it is worded again when the language changes. */
    private final ObjectProperty<Supplier<String>> say = new SimpleObjectProperty<>(() -> "");
    private final StringBinding message;

    public WalkthroughViewModel(Walkthrough walkthrough, Diagnosis diagnosis, FixCatalog catalog, TaskExecutor executor,
                                Executor uiThread, Dialogs dialogs, ClipboardAccess clipboard, Runnable openReport,
                                Runnable openMonitor, CheckTexts checkTexts) {
        this.walkthrough = walkthrough;
        this.diagnosis = diagnosis;
        this.catalog = catalog;
        this.uiThread = uiThread;
        this.fixCommand = new FixCommand(executor, uiThread, dialogs, checkTexts);
        this.clipboard = clipboard;
        this.openReport = openReport;
        this.openMonitor = openMonitor;
        this.texts = new GuideTexts(checkTexts);
        this.messages = checkTexts.messages();
        this.message = messages.text(() -> say.get().get(), say);
        sync();
    }

    // ---- read-only state ----

    /** Needed steps first, then the rest. */
    public ObservableList<PlannedStep> steps() {
        return stepsView;
    }

    public ReadOnlyObjectProperty<Walkthrough.Position> positionProperty() {
        return position.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What just happened, in the current language; empty when there is nothing to say. */
    public StringBinding messageProperty() {
        return message;
    }

    GuideTexts texts() {
        return texts;
    }

    /** How a step ended so far, for the list: empty when it was not tried. */
    public Optional<Walkthrough.Answer> answerFor(LadderStep step) {
        return walkthrough.history().stream().filter(r -> r.step() == step).map(Walkthrough.StepRecord::answer)
                .reduce((first, second) -> second);
    }

    // ---- commands ----

    public void open(LadderStep step) {
        if (walkthrough.current().map(PlannedStep::step).orElse(null) == step) {
            return;
        }
        walkthrough.open(step);
        clear();
        sync();
    }

    /** The step's action: its fix, the report, the monitor, or noting that the steps by hand were done. */
    public void act() {
        Optional<PlannedStep> current = walkthrough.current();
        if (busy.get() || current.isEmpty()) {
            return;
        }
        StepAction action = current.get().action();
        if (action instanceof StepAction.RunFix run && catalog.find(run.fixId()).isPresent()) {
            runFix(catalog.find(run.fixId()).get());
        } else if (action instanceof StepAction.SendReport) {
            walkthrough.recordAction(Walkthrough.openedReport());
            openReport.run();
            say("windows.walk.msg.report");
        } else if (action instanceof StepAction.StartMonitor) {
            walkthrough.recordAction(Walkthrough.watchedMonitor());
            openMonitor.run();
            say("windows.walk.msg.monitor");
        } else {
            walkthrough.recordAction(Walkthrough.followedSteps(current.get().step()));
            say("windows.walk.msg.noted");
        }
    }

    /** Re-runs the current step's checks and shows whether they pass now. */
    public void checkAgain() {
        Set<String> ids = walkthrough.checksToRepeat();
        if (busy.get() || walkthrough.isFinished()) {
            return;
        }
        if (ids.isEmpty()) {
            say("windows.walk.msg.nothingToRecheck");
            return;
        }
        say("windows.walk.msg.checking");
        run(ids, results -> {
            walkthrough.checkedAgain(results);
            sync();
            say(walkthrough.currentStepLooksResolved() ? "windows.walk.msg.pass" : "windows.walk.msg.stillProblem");
        });
    }

    public void answerFixed() {
        answer(walkthrough::answerFixed);
    }

    public void answerNotFixed() {
        answer(walkthrough::answerNotFixed);
    }

    public void skip() {
        answer(walkthrough::skip);
    }

    /** Runs every check again and starts the walkthrough over from the results. */
    public void startOver() {
        if (busy.get()) {
            return;
        }
        say("windows.walk.msg.checkingAll");
        run(Set.of(), results -> {
            walkthrough.restart(results);
            clear();
            sync();
        });
    }

    /** Copies a command or the summary. */
    public void copy(String text) {
        clipboard.copy(text);
        say("windows.walk.msg.copied");
    }

    // ---- internals ----

    private void answer(Runnable change) {
        if (busy.get()) {
            return;
        }
        change.run();
        clear();
        sync();
    }

    private void runFix(Fix fix) {
        busy.set(true);
        CheckTexts checks = texts.checks();
        say.set(() -> messages.get("windows.walk.msg.running", checks.fixTitle(fix)));
        // a fix reports progress in its own words (English); they show as they come
        Object task = fixCommand.apply(fix, progress -> say.set(() -> progress), outcome -> {
            walkthrough.recordAction(Walkthrough.ranFix(fix.id(), fix.title(), outcome));
            say.set(() -> checks.outcome(fix.id(), outcome));
            busy.set(false);
            if (!fix.rechecks().isEmpty()) {
                run(fix.rechecks(), results -> {
                    walkthrough.checkedAgain(results);
                    sync();
                    String key = walkthrough.currentStepLooksResolved() ? "windows.walk.msg.afterFixPass"
                            : "windows.walk.msg.afterFixFail";
                    say.set(() -> messages.get(key, checks.outcome(fix.id(), outcome)));
                });
            }
        });
        if (task == null) {
            busy.set(false);
            say("windows.walk.msg.notDone");
        }
    }

    private void run(Set<String> ids, Consumer<List<CheckResult>> done) {
        Set<String> known = ids.stream().filter(id -> diagnosis.checks().stream().anyMatch(c -> c.id().equals(id)))
                .collect(Collectors.toSet());
        if (!ids.isEmpty() && known.isEmpty()) {
            done.accept(List.of());
            return;
        }
        busy.set(true);
        DiagnosisListener listener = new DiagnosisListener() {
            @Override
            public void onCompleted(DiagnosisReport report) {
                uiThread.execute(() -> {
                    busy.set(false);
                    done.accept(report.results());
                });
            }
        };
        if (ids.isEmpty()) {
            diagnosis.start(listener);
        } else {
            Map<String, CheckResult> inputs = new HashMap<>(walkthrough.results());
            known.forEach(inputs::remove);
            diagnosis.start(known, inputs, listener);
        }
    }

    private void say(String key) {
        say.set(() -> messages.get(key));
    }

    private void clear() {
        say.set(() -> "");
    }

    private void sync() {
        steps.setAll(walkthrough.steps());
        position.set(walkthrough.position());
    }
}
