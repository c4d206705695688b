package io.github.doctor409.account;

import io.github.doctor409.core.BackgroundExecutor;
import io.github.doctor409.core.TaskExecutor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

/**
 * Real background threads for blocking work (a listener must really accept connections), but timers
 * that fire only when the test says so — so a timeout is tested without waiting for it.
 */
final class ThreadsWithManualTimer implements TaskExecutor {

    private final BackgroundExecutor threads = new BackgroundExecutor();
    private final List<FutureTask<?>> timers = new ArrayList<>();
    private CompletableFuture<Void> armed = new CompletableFuture<>();

    @Override
    public Future<?> submit(Runnable task) {
        return threads.submit(task);
    }

    @Override
    public synchronized Future<?> schedule(Runnable action, Duration delay) {
        FutureTask<?> timer = new FutureTask<>(action, null);
        timers.add(timer);
        armed.complete(null);
        return timer;
    }

    /** Completes once a timer has been scheduled. */
    synchronized CompletableFuture<Void> timerArmed() {
        return armed;
    }

    synchronized void resetTimerArmed() {
        armed = new CompletableFuture<>();
    }

    /** Fires every pending timer now, as if its delay had passed. */
    void fireTimers() {
        List<FutureTask<?>> due;
        synchronized (this) {
            due = new ArrayList<>(timers);
            timers.clear();
        }
        due.forEach(FutureTask::run);
    }

    synchronized int pendingTimers() {
        return (int) timers.stream().filter(t -> !t.isDone()).count();
    }

    @Override
    public ExecutorService asExecutorService() {
        return threads.asExecutorService();
    }

    @Override
    public void shutdown() {
        threads.shutdown();
    }
}
