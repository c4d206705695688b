package io.github.doctor409.app;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What {@code settings.properties} holds: the values the user chose for known {@link SettingKey}s (a
 * blank value is not kept: it means "the default") and every other key exactly as found, so saving never
 * drops what a newer version or a person wrote there. Immutable.
 */
public final class Settings {

    private final Map<SettingKey, String> values;
    private final Map<String, String> others;

    private Settings(Map<SettingKey, String> values, Map<String, String> others) {
        EnumMap<SettingKey, String> copy = new EnumMap<>(SettingKey.class);
        copy.putAll(values);
        this.values = Collections.unmodifiableMap(copy);
        this.others = Collections.unmodifiableMap(new TreeMap<>(others));
    }

    public static Settings empty() {
        return new Settings(Map.of(), Map.of());
    }

    /** From a file's keys and values: known keys become settings, the rest are kept aside. */
    public static Settings of(Map<String, String> properties) {
        Map<SettingKey, String> values = new EnumMap<>(SettingKey.class);
        Map<String, String> others = new TreeMap<>();
        properties.forEach((property, value) -> SettingKey.byProperty(property).ifPresentOrElse(
                key -> {
                    if (value != null && !value.isBlank()) {
                        values.put(key, value.trim());
                    }
                },
                () -> others.put(property, value)));
        return new Settings(values, others);
    }

    /** The value set for {@code key}, if any (never blank). */
    public Optional<String> get(SettingKey key) {
        return Optional.ofNullable(values.get(key));
    }

    /** The value set, else the key's default. */
    public String valueOrDefault(SettingKey key) {
        return get(key).orElse(key.defaultValue());
    }

    /** A copy with {@code key} set; a blank value or the default itself removes it, so the default applies. */
    public Settings with(SettingKey key, String value) {
        Map<SettingKey, String> changed = new EnumMap<>(SettingKey.class);
        changed.putAll(values);
        if (value == null || value.isBlank() || value.trim().equals(key.defaultValue())) {
            changed.remove(key);
        } else {
            changed.put(key, value.trim());
        }
        return new Settings(changed, others);
    }

    /** Every known setting back to its default; keys this version does not know are kept. */
    public Settings resetToDefaults() {
        return new Settings(Map.of(), others);
    }

    /** The problems of the values set, by key, in key order. */
    public Map<SettingKey, SettingProblem> problems() {
        Map<SettingKey, SettingProblem> problems = new LinkedHashMap<>();
        values.forEach((key, value) -> key.check(value).ifPresent(p -> problems.put(key, p)));
        return problems;
    }

    public Map<SettingKey, String> values() {
        return values;
    }

    /** Keys this version does not know, kept as found. */
    public Map<String, String> others() {
        return others;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Settings s && values.equals(s.values) && others.equals(s.others);
    }

    @Override
    public int hashCode() {
        return values.hashCode() * 31 + others.hashCode();
    }

    @Override
    public String toString() {
        // the client id is not a secret, but settings are printed nowhere anyway: keys only
        return "Settings" + values.keySet() + "+" + others.keySet();
    }
}
