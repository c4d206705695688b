package io.github.doctor409.ui;

import io.github.doctor409.core.Phrase;
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
    private final CheckTexts texts;

    FixCommand(TaskExecutor executor, Executor uiThread, Dialogs dialogs, CheckTexts texts) {
        this.executor = executor;
        this.uiThread = uiThread;
        this.dialogs = dialogs;
        this.texts = texts;
    }

    /**
     * Starts the fix; returns its task, or null when the person declined. {@code progress} and
     * {@code done} are called on the FX thread.
     */
    Future<?> apply(Fix fix, Consumer<String> progress, Consumer<FixOutcome> done) {
        if (fix.changesDisk()
                && !dialogs.confirm(texts.fixTitle(fix), texts.fixDescription(fix))) {
            return null;
        }
        FixContext context = new FixContext() {
            @Override
            public void progress(double fraction, String message) {
                uiThread.execute(() -> progress.accept(message));
            }

            @Override
            public void progress(double fraction, String message, Phrase phrase) {
                uiThread.execute(() -> progress.accept(texts.say(phrase, message)));
            }

            @Override
            public boolean isCancelled() {
                return Thread.currentThread().isInterrupted();
            }
        };
        String title = texts.fixTitle(fix);
        Messages messages = texts.messages();
        // said here, on the FX thread, in the language of the moment; the fix runs elsewhere
        Words words = new Words(messages.get("main.fix.noAnswer", title), messages.get("main.fix.stopped", title),
                messages.get("main.fix.failed", title));
        return executor.submit(() -> {
            FixOutcome outcome = run(fix, context, words);
            uiThread.execute(() -> done.accept(outcome));
        });
    }

    private static FixOutcome run(Fix fix, FixContext context, Words words) {
        try {
            FixOutcome outcome = fix.apply(context);
            return outcome != null ? outcome : new FixOutcome.Failed(words.noAnswer());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new FixOutcome.Cancelled(words.stopped());
        } catch (Exception | LinkageError e) {
            LOG.log(System.Logger.Level.ERROR, "Fix " + fix.id() + " failed", e);
            return new FixOutcome.Failed(words.failed());
        }
    }

    /** What the window says when a fix gives no outcome of its own. */
    private record Words(String noAnswer, String stopped, String failed) {}
}
