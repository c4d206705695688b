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
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The walkthrough window's state over the plain {@link Walkthrough}: the steps, where the person is,
 * whether a fix or a re-check runs, and a message. Fixes and checks run on the executor; their results
 * come back through {@code uiThread}. Touches no node.
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

    private final ObservableList<PlannedStep> steps = FXCollections.observableArrayList();
    private final ObservableList<PlannedStep> stepsView = FXCollections.unmodifiableObservableList(steps);
    private final ReadOnlyObjectWrapper<Walkthrough.Position> position = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public WalkthroughViewModel(Walkthrough walkthrough, Diagnosis diagnosis, FixCatalog catalog, TaskExecutor executor,
                                Executor uiThread, Dialogs dialogs, ClipboardAccess clipboard, Runnable openReport,
                                Runnable openMonitor) {
        this.walkthrough = walkthrough;
        this.diagnosis = diagnosis;
        this.catalog = catalog;
        this.uiThread = uiThread;
        this.fixCommand = new FixCommand(executor, uiThread, dialogs);
        this.clipboard = clipboard;
        this.openReport = openReport;
        this.openMonitor = openMonitor;
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

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
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
        message.set("");
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
            walkthrough.recordAction("Opened the report to send to Spotify support");
            openReport.run();
            message.set("Copy the report there, then \"Contact support\". Come back here to answer.");
        } else if (action instanceof StepAction.StartMonitor) {
            walkthrough.recordAction("Watched the monitor");
            openMonitor.run();
            message.set("The monitor re-checks every 30 seconds and tells you when all is green.");
        } else {
            walkthrough.recordAction("Followed the steps for \"" + current.get().step().title() + "\"");
            message.set("Noted. Press \"Check again\" to see whether it helped.");
        }
    }

    /** Re-runs the current step's checks and shows whether they pass now. */
    public void checkAgain() {
        Set<String> ids = walkthrough.checksToRepeat();
        if (busy.get() || walkthrough.isFinished()) {
            return;
        }
        if (ids.isEmpty()) {
            message.set("There is nothing to re-check for this step; answer the question below.");
            return;
        }
        message.set("Checking again…");
        run(ids, results -> {
            walkthrough.checkedAgain(results);
            sync();
            message.set(walkthrough.currentStepLooksResolved()
                    ? "The checks for this step pass now. Did this fix it?"
                    : "The checks still show a problem here.");
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
        message.set("Checking everything again…");
        run(Set.of(), results -> {
            walkthrough.restart(results);
            message.set("");
            sync();
        });
    }

    /** Copies a command or the summary. */
    public void copy(String text) {
        clipboard.copy(text);
        message.set("Copied.");
    }

    // ---- internals ----

    private void answer(Runnable change) {
        if (busy.get()) {
            return;
        }
        change.run();
        message.set("");
        sync();
    }

    private void runFix(Fix fix) {
        busy.set(true);
        message.set(fix.title() + "…");
        Object task = fixCommand.apply(fix, message::set, outcome -> {
            walkthrough.recordAction("Ran \"" + fix.title() + "\": " + outcome.message());
            message.set(outcome.message());
            busy.set(false);
            if (!fix.rechecks().isEmpty()) {
                run(fix.rechecks(), results -> {
                    walkthrough.checkedAgain(results);
                    sync();
                    message.set(outcome.message() + (walkthrough.currentStepLooksResolved()
                            ? " The checks pass now. Did this fix it?" : " The checks still show a problem."));
                });
            }
        });
        if (task == null) {
            busy.set(false);
            message.set("Not done.");
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

    private void sync() {
        steps.setAll(walkthrough.steps());
        position.set(walkthrough.position());
    }
}
