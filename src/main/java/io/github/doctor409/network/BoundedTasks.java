package io.github.doctor409.network;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs blocking probes side by side on the app's executor and waits for them no longer than given;
 * whatever has not finished by then is cancelled (interrupted) and reported as timed out.
 */
final class BoundedTasks {

    private BoundedTasks() {
    }

    /** The end of one task: its value, the exception it threw, or neither because time ran out. */
    record Outcome<T>(T value, Throwable error, boolean timedOut) {

        boolean succeeded() {
            return !timedOut && error == null;
        }
    }

    static <T> List<Outcome<T>> runAll(ExecutorService executor, List<Callable<T>> tasks, Duration wait)
            throws InterruptedException {
        long until = System.nanoTime() + wait.toNanos();
        List<Future<T>> futures = new ArrayList<>();
        for (Callable<T> task : tasks) {
            futures.add(executor.submit(task));
        }
        List<Outcome<T>> outcomes = new ArrayList<>();
        try {
            for (Future<T> future : futures) {
                outcomes.add(await(future, until));
            }
        } finally {
            futures.forEach(f -> f.cancel(true));
        }
        return outcomes;
    }

    private static <T> Outcome<T> await(Future<T> future, long untilNanos) throws InterruptedException {
        try {
            return new Outcome<>(future.get(Math.max(0, untilNanos - System.nanoTime()), TimeUnit.NANOSECONDS), null, false);
        } catch (TimeoutException | CancellationException e) {
            return new Outcome<>(null, null, true);
        } catch (ExecutionException e) {
            return new Outcome<>(null, e.getCause() == null ? e : e.getCause(), false);
        }
    }
}
