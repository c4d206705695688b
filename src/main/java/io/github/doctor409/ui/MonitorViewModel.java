package io.github.doctor409.ui;

import io.github.doctor409.guide.CheckProbe;
import io.github.doctor409.guide.Monitor;
import io.github.doctor409.guide.MonitorHistory;
import io.github.doctor409.guide.MonitorListener;
import io.github.doctor409.guide.MonitorSample;
import io.github.doctor409.core.TaskExecutor;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executor;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "Wait and monitor" in the window: the rounds so far (history included), whether the monitor runs, the
 * interval in seconds, and a message that says when everything is green again — also as a system
 * notification where the OS offers one.
 */
public final class MonitorViewModel {

    static final String GREEN_AGAIN = "Everything is green again: Spotify answers and your sign-in works.";

    private final Monitor monitor;
    private final DesktopNotifier notifier;
    private final ObservableList<MonitorSample> samples = FXCollections.observableArrayList();
    private final ObservableList<MonitorSample> samplesView = FXCollections.unmodifiableObservableList(samples);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper green = new ReadOnlyBooleanWrapper(false);
    private final IntegerProperty intervalSeconds = new SimpleIntegerProperty((int) Monitor.DEFAULT_INTERVAL.toSeconds());

    public MonitorViewModel(CheckProbe probe, TaskExecutor executor, Clock clock, MonitorHistory history,
                            Executor uiThread, DesktopNotifier notifier) {
        this.notifier = notifier;
        this.monitor = new Monitor(probe, executor, clock, history, new MonitorListener() {
            @Override
            public void onSample(MonitorSample sample) {
                uiThread.execute(() -> sampled(sample));
            }

            @Override
            public void onAllGreen(MonitorSample sample) {
                uiThread.execute(() -> greenAgain());
            }
        });
        samples.setAll(monitor.samples());
        message.set(samples.isEmpty() ? "Not started yet." : "Showing the last " + samples.size() + " rounds.");
    }

    // ---- read-only state ----

    public ObservableList<MonitorSample> samples() {
        return samplesView;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True once the last round was all green. */
    public ReadOnlyBooleanProperty greenProperty() {
        return green.getReadOnlyProperty();
    }

    public IntegerProperty intervalSecondsProperty() {
        return intervalSeconds;
    }

    // ---- commands ----

    public void start() {
        Duration interval = Monitor.bounded(Duration.ofSeconds(Math.max(0, intervalSeconds.get())));
        intervalSeconds.set((int) interval.toSeconds());
        monitor.start(interval);
        running.set(true);
        message.set("Checking the connection and sign-in every " + interval.toSeconds() + " seconds…");
    }

    public void stop() {
        monitor.stop();
        running.set(false);
        message.set("Stopped.");
    }

    // ---- internals ----

    private void sampled(MonitorSample sample) {
        samples.add(sample);
        if (samples.size() > Monitor.KEPT_SAMPLES) {
            samples.remove(0);
        }
        green.set(sample.allGreen());
        if (!sample.allGreen()) {
            message.set("Still a problem (" + sample.overall().id() + "). Next check in " + intervalSeconds.get() + " s.");
        } else if (!GREEN_AGAIN.equals(message.get())) {
            message.set("All green. Next check in " + intervalSeconds.get() + " s.");
        }
    }

    private void greenAgain() {
        message.set(GREEN_AGAIN);
        notifier.notify("409 Doctor", GREEN_AGAIN);
    }
}
