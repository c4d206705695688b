package io.github.doctor409.ui;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The last line of defence: logs an uncaught exception with its stack trace and tells the person, in
 * plain words and in the window's language, once, that something went wrong. Other results stay on
 * screen. The log entry stays English.
 */
final class UncaughtErrorReporter implements Thread.UncaughtExceptionHandler {

    static final String MESSAGE = "windows.error.uncaught";
    private static final System.Logger LOG = System.getLogger(UncaughtErrorReporter.class.getName());

    private final Executor uiThread;
    private final Dialogs dialogs;
    private final Messages messages;
    private final AtomicBoolean shown = new AtomicBoolean();

    UncaughtErrorReporter(Executor uiThread, Dialogs dialogs, Messages messages) {
        this.uiThread = uiThread;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        LOG.log(System.Logger.Level.ERROR, "Uncaught exception on thread " + thread.getName(), error);
        if (shown.compareAndSet(false, true)) {
            try {
                uiThread.execute(() -> dialogs.showError(messages.get(MESSAGE)));
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "Could not show the error message", e);
            }
        }
    }
}
