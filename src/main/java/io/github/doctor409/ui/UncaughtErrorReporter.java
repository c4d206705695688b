package io.github.doctor409.ui;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The last line of defence: logs an uncaught exception with its stack trace and tells the person, in
 * plain words, once, that something went wrong. Other results stay on screen.
 */
final class UncaughtErrorReporter implements Thread.UncaughtExceptionHandler {

    static final String MESSAGE = "Something went wrong inside 409 Doctor. The results on screen still hold; "
            + "the technical details are in the log.";
    private static final System.Logger LOG = System.getLogger(UncaughtErrorReporter.class.getName());

    private final Executor uiThread;
    private final Dialogs dialogs;
    private final AtomicBoolean shown = new AtomicBoolean();

    UncaughtErrorReporter(Executor uiThread, Dialogs dialogs) {
        this.uiThread = uiThread;
        this.dialogs = dialogs;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        LOG.log(System.Logger.Level.ERROR, "Uncaught exception on thread " + thread.getName(), error);
        if (shown.compareAndSet(false, true)) {
            try {
                uiThread.execute(() -> dialogs.showError(MESSAGE));
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "Could not show the error message", e);
            }
        }
    }
}
