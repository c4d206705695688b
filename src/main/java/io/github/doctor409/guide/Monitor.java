package io.github.doctor409.guide;

import io.github.doctor409.core.CheckResult;
import io.github.doctor409.core.Diagnosis;
import io.github.doctor409.core.TaskExecutor;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;

/**
 * "Wait and monitor": runs the network and sign-in checks now and then every {@code interval} (5 s to
 * 10 min, default 30 s), keeps a bounded history on disk, and says when everything is green again.
 * Rounds run on the one executor; the next is scheduled only once the last has finished, so rounds
 * never overlap.
 */
public final class Monitor {

    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(30);
    public static final Duration MIN_INTERVAL = Duration.ofSeconds(5);
    public static final Duration MAX_INTERVAL = Duration.ofMinutes(10);
    /** Rounds kept in memory and on disk: two hours at the default interval. */
    public static final int KEPT_SAMPLES = 240;

    private static final System.Logger LOG = System.getLogger(Monitor.class.getName());

    private final CheckProbe probe;
    private final TaskExecutor executor;
    private final Clock clock;
    private final MonitorHistory history;
    private final MonitorListener listener;
    private final List<MonitorSample> samples = new ArrayList<>();
    private Duration interval = DEFAULT_INTERVAL;
    private Future<?> pending;
    private int session;
    private boolean running;

    public Monitor(CheckProbe probe, TaskExecutor executor, Clock clock, MonitorHistory history, MonitorListener listener) {
        this.probe = probe;
        this.executor = executor;
        this.clock = clock;
        this.history = history;
        this.listener = listener;
        samples.addAll(history.load());
    }

    /** The network checks and the sign-in check of {@code diagnosis}. */
    public static CheckProbe networkAndSignIn(Diagnosis diagnosis) {
        return CheckProbe.of(diagnosis, id -> id.startsWith("network.") || id.equals("auth.token"));
    }

    /** Clamps a wish to the allowed range. */
    public static Duration bounded(Duration wish) {
        if (wish.compareTo(MIN_INTERVAL) < 0) {
            return MIN_INTERVAL;
        }
        return wish.compareTo(MAX_INTERVAL) > 0 ? MAX_INTERVAL : wish;
    }

    public synchronized List<MonitorSample> samples() {
        return List.copyOf(samples);
    }

    public synchronized boolean isRunning() {
        return running;
    }

    public synchronized Duration interval() {
        return interval;
    }

    /** Starts (or restarts) with a round now and then one every {@code every}, clamped to the bounds. */
    public synchronized void start(Duration every) {
        stop();
        interval = bounded(every);
        running = true;
        int mine = ++session;
        pending = executor.submit(() -> round(mine));
    }

    public synchronized void stop() {
        running = false;
        session++;
        if (pending != null) {
            pending.cancel(true);
            pending = null;
        }
    }

    private void round(int mine) {
        if (!isCurrent(mine)) {
            return;
        }
        List<CheckResult> results;
        try {
            results = probe.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (Exception e) {
            LOG.log(System.Logger.Level.WARNING, "A monitor round failed", e);
            results = List.of();
        }
        MonitorSample sample = MonitorSample.of(clock.instant(), results);
        boolean greenAgain;
        synchronized (this) {
            if (mine != session) {
                return;
            }
            MonitorSample previous = samples.isEmpty() ? null : samples.get(samples.size() - 1);
            greenAgain = sample.allGreen() && (previous == null || !previous.allGreen());
            samples.add(sample);
            if (samples.size() > KEPT_SAMPLES) {
                samples.remove(0);
            }
        }
        try {
            history.append(sample);
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not save the monitor history", e);
        }
        listener.onSample(sample);
        if (greenAgain) {
            listener.onAllGreen(sample);
        }
        synchronized (this) {
            if (mine == session) {
                pending = executor.schedule(() -> {
                    synchronized (Monitor.this) {
                        if (mine == session) {
                            pending = executor.submit(() -> round(mine));
                        }
                    }
                }, interval);
            }
        }
    }

    private synchronized boolean isCurrent(int mine) {
        return mine == session && running;
    }
}
