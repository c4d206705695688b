package io.github.doctor409.core;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * The one place blocking work runs. Injected everywhere it is needed; tests use a manual twin that
 * runs tasks and fires timers only when told to.
 */
public interface TaskExecutor {

    /** Runs blocking work on a background thread; cancelling the future interrupts it. */
    Future<?> submit(Runnable task);

    /** Runs a short action once after {@code delay}; cancelling the future prevents it. */
    Future<?> schedule(Runnable action, Duration delay);

    /** The same threads as a plain {@link ExecutorService}, for libraries that want one (OkHttp's dispatcher). */
    ExecutorService asExecutorService();

    /** Stops accepting work and interrupts what still runs. */
    void shutdown();
}
