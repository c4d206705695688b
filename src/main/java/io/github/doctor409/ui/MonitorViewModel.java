package io.github.doctor409.ui;

import io.github.doctor409.guide.CheckProbe;
import io.github.doctor409.guide.Monitor;
import io.github.doctor409.guide.MonitorHistory;
import io.github.doctor409.guide.MonitorListener;
import io.github.doctor409.guide.MonitorSample;
import io.github.doctor409.core.TaskExecutor;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "Wait and monitor" in the window: the rounds so far (history included), whether the monitor runs, the
 * interval in seconds, and a message that says when everything is green again — also as a system
 * notification where the OS offers one (in the language of the moment). The message follows a language
 * switch; times are in the locale's style.
 */
public final class MonitorViewModel {

    private final Monitor monitor;
    private final DesktopNotifier notifier;
    private final ObservableList<MonitorSample> samples = FXCollections.observableArrayList();
    private final ObservableList<MonitorSample> samplesView = FXCollections.unmodifiableObservableList(samples);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final Messages messages;
    private final ZoneId zone;
    private final ObjectProperty<Supplier<String>> say = new SimpleObjectProperty<>(() -> "");
    private final StringBinding message;
    private final ReadOnlyBooleanWrapper green = new ReadOnlyBooleanWrapper(false);
    private boolean greenAgainSaid;
    private final IntegerProperty intervalSeconds = new SimpleIntegerProperty((int) Monitor.DEFAULT_INTERVAL.toSeconds());

    public MonitorViewModel(CheckProbe probe, TaskExecutor executor, Clock clock, MonitorHistory history,
                            Executor uiThread, DesktopNotifier notifier, Messages messages, ZoneId zone) {
        this.notifier = notifier;
        this.messages = messages;
        this.zone = zone;
        this.message = messages.text(() -> say.get().get(), say);
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
        int shown = samples.size();
        say.set(shown == 0 ? () -> messages.get("windows.monitor.notStarted")
                : () -> messages.get("windows.monitor.history", shown, messages.number(shown),
                        messages.dateTime(samples.get(shown - 1).at(), zone)));
    }

    // ---- read-only state ----

    public ObservableList<MonitorSample> samples() {
        return samplesView;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** What the monitor is doing, in the current language. */
    public StringBinding messageProperty() {
        return message;
    }

    Messages messages() {
        return messages;
    }

    ZoneId zone() {
        return zone;
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
        long seconds = interval.toSeconds();
        green.set(false);
        say.set(() -> messages.get("windows.monitor.running", seconds));
    }

    public void stop() {
        monitor.stop();
        running.set(false);
        say.set(() -> messages.get("windows.monitor.stopped"));
    }

    // ---- internals ----

    private void sampled(MonitorSample sample) {
        samples.add(sample);
        if (samples.size() > Monitor.KEPT_SAMPLES) {
            samples.remove(0);
        }
        boolean wasGreenAgain = greenAgainSaid;
        green.set(sample.allGreen());
        int next = intervalSeconds.get();
        if (!sample.allGreen()) {
            greenAgainSaid = false;
            say.set(() -> messages.get("windows.monitor.stillProblem", messages.get("windows.monitor.level." + level(sample)),
                    messages.time(sample.at(), zone), next));
        } else if (!wasGreenAgain) {
            say.set(() -> messages.get("windows.monitor.allGreen", messages.time(sample.at(), zone), next));
        }
    }

    /** The word of a round's worst status, as the status chart names its levels. */
    static String level(MonitorSample sample) {
        return switch (sample.overall()) {
            case PASS, SKIPPED -> "pass";
            case WARN -> "warn";
            case UNKNOWN, ERROR -> "unknown";
            case FAIL -> "fail";
        };
    }

    private void greenAgain() {
        greenAgainSaid = true;
        say.set(() -> messages.get("windows.monitor.greenAgain"));
        notifier.notify(messages.get("windows.appName"), messages.get("windows.monitor.greenAgain"));
    }
}
