package io.github.doctor409.ui;

import io.github.doctor409.core.Fix;
import io.github.doctor409.core.FixContext;
import io.github.doctor409.core.FixOutcome;
import io.github.doctor409.core.TaskExecutor;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Runs one fix off the FX thread after asking when it changes the disk, and hands its outcome back on
 * the FX thread.
 */
final class FixCommand {

    private static final System.Logger LOG = System.getLogger(FixCommand.class.getName());

    private final TaskExecutor executor;
    private final Executor uiThread;
    private final Dialogs dialogs;

    FixCommand(TaskExecutor executor, Executor uiThread, Dialogs dialogs) {
        this.executor = executor;
        this.uiThread = uiThread;
        this.dialogs = dialogs;
    }

    /**
     * Starts the fix; returns its task, or null when the person declined. {@code progress} and
     * {@code done} are called on the FX thread.
     */
    Future<?> apply(Fix fix, Consumer<String> progress, Consumer<FixOutcome> done) {
        if (fix.changesDisk() && !dialogs.confirm(fix.title(), fix.describe())) {
            return null;
        }
        FixContext context = new FixContext() {
            @Override
            public void progress(double fraction, String message) {
                uiThread.execute(() -> progress.accept(message));
            }

            @Override
            public boolean isCancelled() {
                return Thread.currentThread().isInterrupted();
            }
        };
        return executor.submit(() -> {
            FixOutcome outcome = run(fix, context);
            uiThread.execute(() -> done.accept(outcome));
        });
    }

    private static FixOutcome run(Fix fix, FixContext context) {
        try {
            FixOutcome outcome = fix.apply(context);
            return outcome != null ? outcome : new FixOutcome.Failed(fix.title() + " gave no answer.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new FixOutcome.Cancelled(fix.title() + " was stopped.");
        } catch (Exception | LinkageError e) {
            LOG.log(System.Logger.Level.ERROR, "Fix " + fix.id() + " failed", e);
            return new FixOutcome.Failed(fix.title() + " could not finish. The details are in the log.");
        }
    }
}
