package io.github.doctor409.ui;

import io.github.doctor409.core.FixContext;
import io.github.doctor409.core.FixOutcome;
import io.github.doctor409.core.TaskExecutor;
import io.github.doctor409.desktop.ByteCount;
import io.github.doctor409.desktop.CachePlan;
import io.github.doctor409.desktop.ClearCacheFix;
import io.github.doctor409.desktop.QuarantineIndex;
import io.github.doctor409.desktop.QuarantineRecord;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The clear-cache screen: the plan (what moves, what stays and why), then progress with Stop, then before
 * and after with Undo. Work runs on the executor; every property changes on {@code uiThread}. Touches no node.
 */
public final class ClearCacheViewModel {

    /** Where the screen is. */
    public enum Step { PLANNING, CONFIRM, NOTHING_TO_CLEAR, CLEARING, DONE, STOPPED, UNDOING, UNDONE }

    /** One line of the plan. */
    public record Row(String name, String amount, String note) {}

    /** Before and after, in words. */
    public record Comparison(String before, String after, String kept) {}

    static final String REASSURANCE = "Your offline downloads, settings and login stay exactly where they are. "
            + "Spotify downloads the cache again as you play; you can undo this for 14 days.";

    private final ClearCacheFix fix;
    private final TaskExecutor executor;
    private final Executor uiThread;

    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(Step.PLANNING);
    private final ReadOnlyObjectWrapper<List<Row>> moves = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<List<Row>> kept = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper totals = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Optional<Comparison>> comparison = new ReadOnlyObjectWrapper<>(Optional.empty());

    private CachePlan plan;
    private Optional<String> quarantineId = Optional.empty();
    private volatile boolean stopRequested;

    public ClearCacheViewModel(ClearCacheFix fix, TaskExecutor executor, Executor uiThread) {
        this.fix = Objects.requireNonNull(fix, "fix");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.uiThread = Objects.requireNonNull(uiThread, "uiThread");
    }

    // ---- read-only state ----

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<Row>> movesProperty() {
        return moves.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<Row>> keptProperty() {
        return kept.getReadOnlyProperty();
    }

    /** "7 files, 79 KB will move from ~/.cache/spotify". */
    public ReadOnlyStringProperty totalsProperty() {
        return totals.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    /** The outcome in words, or why nothing happened. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optional<Comparison>> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    public String reassurance() {
        return REASSURANCE;
    }

    // ---- commands ----

    /** Works out the plan (read-only). */
    public void start() {
        step.set(Step.PLANNING);
        executor.submit(() -> {
            Optional<CachePlan> found = fix.plan(() -> Thread.currentThread().isInterrupted());
            uiThread.execute(() -> showPlan(found));
        });
    }

    /** Carries out the plan shown. */
    public void confirm() {
        if (step.get() != Step.CONFIRM) {
            return;
        }
        CachePlan shown = plan;
        stopRequested = false;
        step.set(Step.CLEARING);
        progress.set(0);
        executor.submit(() -> {
            List<String> earlier = quarantineIds();
            FixOutcome outcome = fix.apply(shown, context());
            Optional<CachePlan> after = fix.plan(() -> false);
            Optional<String> id = quarantineIds().stream().filter(i -> !earlier.contains(i)).findFirst();
            uiThread.execute(() -> cleared(shown, outcome, after, id));
        });
    }

    /** Stops the clear between files; what moved stays undoable. */
    public void stop() {
        stopRequested = true;
    }

    /** Puts the cache back. */
    public void undo() {
        if (quarantineId.isEmpty() || step.get() != Step.DONE && step.get() != Step.STOPPED) {
            return;
        }
        String id = quarantineId.get();
        stopRequested = false;
        step.set(Step.UNDOING);
        progress.set(0);
        executor.submit(() -> {
            FixOutcome outcome = fix.quarantine().undo(Optional.of(id), false, context());
            uiThread.execute(() -> {
                message.set(outcome.message());
                if (outcome instanceof FixOutcome.Done) {
                    quarantineId = Optional.empty();
                    step.set(Step.UNDONE);
                } else {
                    step.set(Step.DONE);
                }
            });
        });
    }

    /** Whether Undo can run now. */
    public boolean canUndo() {
        return quarantineId.isPresent();
    }

    // ---- internals ----

    private FixContext context() {
        return new FixContext() {
            @Override
            public void progress(double fraction, String text) {
                uiThread.execute(() -> {
                    progress.set(fraction);
                    progressText.set(text);
                });
            }

            @Override
            public boolean isCancelled() {
                return stopRequested || Thread.currentThread().isInterrupted();
            }
        };
    }

    private void showPlan(Optional<CachePlan> found) {
        if (found.isEmpty()) {
            message.set("The Spotify app was not found on this computer, so there is no cache to clear.");
            step.set(Step.NOTHING_TO_CLEAR);
            return;
        }
        plan = found.get();
        moves.set(plan.entries().stream().map(e -> new Row(e.path().getFileName().toString(),
                e.files() + (e.files() == 1 ? " file, " : " files, ") + ByteCount.describe(e.bytes()),
                e.linksSkipped() > 0 ? e.linksSkipped() + " links moved as links" : "")).toList());
        kept.set(plan.kept().stream().map(k -> new Row(k.path().getFileName().toString(), "", k.reason())).toList());
        totals.set(plan.totalFiles() + " files (" + ByteCount.describe(plan.totalBytes()) + ") will move out of "
                + plan.root() + " into a quarantine folder.");
        if (plan.isEmpty()) {
            message.set("Spotify's cache is already empty; there is nothing to clear.");
            step.set(Step.NOTHING_TO_CLEAR);
        } else {
            step.set(Step.CONFIRM);
        }
    }

    private void cleared(CachePlan before, FixOutcome outcome, Optional<CachePlan> after, Optional<String> id) {
        message.set(outcome.message());
        quarantineId = id;
        String keptWords = before.kept().isEmpty() ? "Nothing else was in the cache folder."
                : "Kept untouched: " + String.join(", ", before.kept().stream()
                        .map(k -> k.path().getFileName() + " (" + k.reason() + ")").toList()) + ".";
        comparison.set(Optional.of(new Comparison(
                before.totalFiles() + " files, " + ByteCount.describe(before.totalBytes()),
                after.map(a -> a.totalFiles() + " files, " + ByteCount.describe(a.totalBytes())).orElse("unknown"),
                keptWords)));
        step.set(outcome instanceof FixOutcome.Done ? Step.DONE : Step.STOPPED);
    }

    /** Ids of the clears that can be undone now; the one a clear adds is the one its Undo undoes. */
    private List<String> quarantineIds() {
        try {
            return fix.quarantine().list().stream().map(QuarantineRecord::id).toList();
        } catch (QuarantineIndex.DamagedIndexException e) {
            return List.of();
        }
    }
}
