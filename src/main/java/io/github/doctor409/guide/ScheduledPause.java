package io.github.doctor409.guide;

import io.github.doctor409.core.TaskExecutor;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * A {@link Pause} that asks the one executor's timer to wake it: the waiting thread blocks on a future
 * the timer completes, so a stopped fix (an interrupt) ends the wait at once and cancels the timer.
 */
public final class ScheduledPause implements Pause {

    private final TaskExecutor executor;

    public ScheduledPause(TaskExecutor executor) {
        this.executor = executor;
    }

    @Override
    public void pause(Duration duration) throws InterruptedException {
        CompletableFuture<Void> due = new CompletableFuture<>();
        Future<?> timer = executor.schedule(() -> due.complete(null), duration);
        try {
            due.get();
        } catch (InterruptedException e) {
            timer.cancel(false);
            throw e;
        } catch (ExecutionException e) {
            throw new IllegalStateException("A timer cannot fail", e);
        }
    }
}
