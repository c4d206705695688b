package io.github.doctor409.core;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The production {@link TaskExecutor}: a cached pool of named daemon threads plus one timer thread. */
public final class BackgroundExecutor implements TaskExecutor {

    private final ExecutorService workers = Executors.newCachedThreadPool(daemonThreads("doctor409-worker"));
    private final ScheduledExecutorService timer =
            Executors.newSingleThreadScheduledExecutor(daemonThreads("doctor409-timer"));

    @Override
    public Future<?> submit(Runnable task) {
        return workers.submit(task);
    }

    @Override
    public Future<?> schedule(Runnable action, Duration delay) {
        return timer.schedule(action, Math.max(0, delay.toNanos()), TimeUnit.NANOSECONDS);
    }

    @Override
    public ExecutorService asExecutorService() {
        return workers;
    }

    @Override
    public void shutdown() {
        timer.shutdownNow();
        workers.shutdownNow();
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
