package io.github.doctor409.ui;

import io.github.doctor409.app.SettingKey;
import io.github.doctor409.app.SettingProblem;
import io.github.doctor409.app.Settings;
import io.github.doctor409.core.HostEnvironment;
import io.github.doctor409.core.TaskExecutor;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The settings screen's state: one text per {@link SettingKey}, checked as it changes, the environment
 * variables that override some of them (those fields are read-only and show the variable's value),
 * "Reset to defaults" and Save. Saving writes the file on the executor and reports back on the UI thread.
 * Touches no node.
 */
public final class SettingsViewModel {

    /** Writes the settings file; blocking. */
    @FunctionalInterface
    public interface Saver {
        void save(Settings settings) throws Exception;
    }

    /** The settings that need a restart to take effect (the running checks were built with the old ones). */
    static final List<SettingKey> AFTER_RESTART = List.of(SettingKey.CLIENT_ID, SettingKey.TOKEN_STORE,
            SettingKey.NETWORK_TIMEOUT, SettingKey.ACCOUNTS_URL, SettingKey.API_URL, SettingKey.APRESOLVE_URL,
            SettingKey.VERSIONS_URL);

    private final Settings original;
    private final HostEnvironment host;
    private final TaskExecutor executor;
    private final Executor uiThread;
    private final Saver saver;
    private final Consumer<Settings> onSaved;
    private final Map<SettingKey, StringProperty> values = new EnumMap<>(SettingKey.class);
    private final Map<SettingKey, ReadOnlyObjectWrapper<SettingProblem>> problems = new EnumMap<>(SettingKey.class);
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper closed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<String> saveFailure = new ReadOnlyObjectWrapper<>(null);

    /**
     * @param current the settings file as it is now
     * @param onSaved called on the UI thread with what was written, so theme and language apply at once
     */
    public SettingsViewModel(Settings current, HostEnvironment host, TaskExecutor executor, Executor uiThread,
                             Saver saver, Consumer<Settings> onSaved) {
        this.original = current;
        this.host = host;
        this.executor = executor;
        this.uiThread = uiThread;
        this.saver = saver;
        this.onSaved = onSaved;
        for (SettingKey key : SettingKey.values()) {
            StringProperty value = new SimpleStringProperty(this, key.name(),
                    key.environmentValue(host).orElse(current.valueOrDefault(key)));
            ReadOnlyObjectWrapper<SettingProblem> problem = new ReadOnlyObjectWrapper<>(this, key.name() + "Problem");
            value.addListener((obs, old, now) -> problem.set(checked(key, now)));
            problem.set(checked(key, value.get()));
            values.put(key, value);
            problems.put(key, problem);
        }
    }

    /** The field's text (a choice's id for the lists). */
    public StringProperty value(SettingKey key) {
        return values.get(key);
    }

    /** What is wrong with the field now; null when nothing is. */
    public ReadOnlyObjectProperty<SettingProblem> problem(SettingKey key) {
        return problems.get(key).getReadOnlyProperty();
    }

    /** The environment variable that fixes this setting, when one is set: the field is then read-only. */
    public Optional<String> overriddenBy(SettingKey key) {
        return key.environmentValue(host).flatMap(v -> key.variable());
    }

    public boolean isOverridden(SettingKey key) {
        return overriddenBy(key).isPresent();
    }

    /** True while the file is being written. */
    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** True once saved or cancelled: the window closes. */
    public ReadOnlyBooleanProperty closedProperty() {
        return closed.getReadOnlyProperty();
    }

    /** The reason the last save failed (English detail: an exception type), else null. */
    public ReadOnlyObjectProperty<String> saveFailureProperty() {
        return saveFailure.getReadOnlyProperty();
    }

    /** The first field with a problem, in screen order, if any. */
    public Optional<SettingKey> firstProblem() {
        for (SettingKey key : SettingKey.values()) {
            if (problems.get(key).get() != null) {
                return Optional.of(key);
            }
        }
        return Optional.empty();
    }

    /** Every field the user may change back to its default; saved only with Save. */
    public void resetToDefaults() {
        for (SettingKey key : SettingKey.values()) {
            if (!isOverridden(key)) {
                values.get(key).set(key.defaultValue());
            }
        }
    }

    /** What Save would write: the fields the environment does not override, on top of the file's other keys. */
    public Settings edited() {
        Settings result = original;
        for (SettingKey key : SettingKey.values()) {
            if (!isOverridden(key)) {
                result = result.with(key, values.get(key).get());
            }
        }
        return result;
    }

    /** Whether a saved change needs a restart to reach the checks. */
    public boolean needsRestart() {
        Settings edited = edited();
        return AFTER_RESTART.stream().anyMatch(key -> !edited.valueOrDefault(key).equals(original.valueOrDefault(key)));
    }

    /**
     * Writes the settings when every field is valid; otherwise does nothing and returns false (the view
     * then moves the focus to {@link #firstProblem()}).
     */
    public boolean save() {
        if (firstProblem().isPresent() || saving.get()) {
            return false;
        }
        Settings edited = edited();
        saving.set(true);
        saveFailure.set(null);
        executor.submit(() -> {
            try {
                saver.save(edited);
                uiThread.execute(() -> {
                    saving.set(false);
                    onSaved.accept(edited);
                    closed.set(true);
                });
            } catch (Exception e) {
                uiThread.execute(() -> {
                    saving.set(false);
                    saveFailure.set(e.getClass().getSimpleName());
                });
            }
        });
        return true;
    }

    public void cancel() {
        closed.set(true);
    }

    private SettingProblem checked(SettingKey key, String value) {
        return isOverridden(key) ? null : key.check(value).orElse(null);
    }
}
