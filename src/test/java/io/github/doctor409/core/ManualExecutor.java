package io.github.doctor409.core;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;

/**
 * A {@link TaskExecutor} for tests: submitted tasks wait in a queue until {@link #runAll()} or
 * {@link #runNext()}, and timers fire only when {@link #advance(Duration)} moves the clock past them.
 * A task that is never run behaves like a check that hangs.
 */
public final class ManualExecutor implements TaskExecutor {

    private final MutableClock clock;
    private final Deque<FutureTask<?>> queue = new ArrayDeque<>();
    private final List<Timer> timers = new ArrayList<>();

    public ManualExecutor(MutableClock clock) {
        this.clock = clock;
    }

    public MutableClock clock() {
        return clock;
    }

    @Override
    public synchronized Future<?> submit(Runnable task) {
        FutureTask<?> future = new FutureTask<>(task, null);
        queue.add(future);
        return future;
    }

    @Override
    public synchronized Future<?> schedule(Runnable action, Duration delay) {
        Timer timer = new Timer(clock.instant().plus(delay), new FutureTask<>(action, null));
        timers.add(timer);
        return timer.task;
    }

    /** Runs queued tasks, including those they queue, until none is left. */
    public void runAll() {
        while (runNext()) {
            // keep going
        }
    }

    /** Runs the oldest queued task; false when the queue is empty. */
    public boolean runNext() {
        FutureTask<?> next;
        synchronized (this) {
            next = queue.poll();
        }
        if (next == null) {
            return false;
        }
        next.run();
        return true;
    }

    /** Takes the oldest queued task away without running it: it behaves like work that never ends. */
    public synchronized void hangNext() {
        queue.poll();
    }

    public synchronized int queued() {
        return (int) queue.stream().filter(f -> !f.isDone()).count();
    }

    /** Moves the clock and fires every timer that falls due, in order. */
    public void advance(Duration duration) {
        clock.advance(duration);
        while (true) {
            Timer due;
            synchronized (this) {
                due = timers.stream()
                        .filter(t -> !t.task.isDone() && !t.at.isAfter(clock.instant()))
                        .min(Comparator.comparing(Timer::at))
                        .orElse(null);
                if (due != null) {
                    timers.remove(due);
                }
            }
            if (due == null) {
                return;
            }
            due.task.run();
        }
    }

    @Override
    public ExecutorService asExecutorService() {
        return new AbstractExecutorService() {
            @Override
            public void execute(Runnable command) {
                submit(command);
            }

            @Override
            public void shutdown() {}

            @Override
            public List<Runnable> shutdownNow() {
                return List.of();
            }

            @Override
            public boolean isShutdown() {
                return false;
            }

            @Override
            public boolean isTerminated() {
                return false;
            }

            @Override
            public boolean awaitTermination(long timeout, TimeUnit unit) {
                return true;
            }
        };
    }

    @Override
    public void shutdown() {
        synchronized (this) {
            queue.forEach(f -> f.cancel(true));
            queue.clear();
            timers.clear();
        }
    }

    private record Timer(Instant at, FutureTask<?> task) {}
}
