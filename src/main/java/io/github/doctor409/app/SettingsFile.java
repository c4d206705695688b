package io.github.doctor409.app;

import io.github.doctor409.core.AtomicText;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * {@code settings.properties} in the config dir: read strictly as UTF-8, written atomically (a temporary
 * file next to it, then a move). A file that cannot be used — unreadable, not UTF-8, broken escapes — is
 * renamed to {@code settings.properties.corrupt-<timestamp>}, never deleted, and the defaults apply. A
 * file with values that break their rules is set aside the same way, but the values that can be used are
 * kept and written back, so one bad value does not cost the others. {@link Loaded#setAside()} says so,
 * for the user to see.
 */
public final class SettingsFile {

    public static final String NAME = "settings.properties";
    static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Path file;
    private final Clock clock;

    public SettingsFile(Path configDir, Clock clock) {
        this.file = configDir.resolve(NAME);
        this.clock = clock;
    }

    public Path path() {
        return file;
    }

    /** Why a settings file was set aside. */
    public enum Fault { UNREADABLE, NOT_UTF8, BROKEN_SYNTAX, INVALID_VALUES }

    /**
     * A file that could not be used.
     *
     * @param movedTo where it now is; empty when even the rename failed (then it stays, and is ignored)
     * @param detail  English detail for logs: the exception type or the broken keys, never the values
     * @param reset   for invalid values: the settings (their file keys) back to their defaults; the others are kept
     */
    public record SetAside(Fault fault, Optional<Path> movedTo, String detail, List<String> reset) {

        public SetAside {
            reset = List.copyOf(reset);
        }

        public SetAside(Fault fault, Optional<Path> movedTo, String detail) {
            this(fault, movedTo, detail, List.of());
        }

        /** True when only some settings went back to their defaults and the rest are still in force. */
        public boolean keptTheRest() {
            return fault == Fault.INVALID_VALUES;
        }

        public String message() {
            String why = switch (fault) {
                case UNREADABLE -> "could not be read";
                case NOT_UTF8 -> "is not valid UTF-8 text";
                case BROKEN_SYNTAX -> "has a broken line";
                case INVALID_VALUES -> "has values that cannot be used";
            };
            String defaults = keptTheRest() ? "those settings are back to their defaults, the others are kept."
                    : "the defaults are used.";
            return "The settings file " + why + " (" + detail + "); "
                    + movedTo.map(p -> "it was set aside as " + p.getFileName() + " and " + defaults)
                    .orElse("it could not be set aside, so it is ignored and " + defaults);
        }
    }

    /** What a load found: the settings to use, and the file set aside if it could not be used. */
    public record Loaded(Settings settings, Optional<SetAside> setAside) {}

    public Loaded load() {
        if (!Files.isRegularFile(file)) {
            return new Loaded(Settings.empty(), Optional.empty());
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (CharacterCodingException e) {
            return setAside(Fault.NOT_UTF8, e.getClass().getSimpleName());
        } catch (IllegalArgumentException e) {
            return setAside(Fault.BROKEN_SYNTAX, e.getClass().getSimpleName());
        } catch (IOException e) {
            return setAside(Fault.UNREADABLE, e.getClass().getSimpleName());
        }
        Map<String, String> map = new LinkedHashMap<>();
        properties.stringPropertyNames().forEach(k -> map.put(k, properties.getProperty(k)));
        Settings settings = Settings.of(map);
        Map<SettingKey, SettingProblem> problems = settings.problems();
        if (!problems.isEmpty()) {
            Settings usable = settings;
            for (SettingKey key : problems.keySet()) {
                usable = usable.with(key, null);
            }
            String detail = problems.values().stream().map(SettingProblem::message).collect(Collectors.joining(" "));
            Optional<Path> moved = moveAside();
            if (moved.isPresent()) {
                try {
                    save(usable);
                } catch (IOException e) {
                    // the usable values still apply now; the next start finds no file and uses the defaults
                }
            }
            List<String> reset = problems.keySet().stream().map(SettingKey::property).toList();
            return new Loaded(usable, Optional.of(new SetAside(Fault.INVALID_VALUES, moved, detail, reset)));
        }
        return new Loaded(settings, Optional.empty());
    }

    /** Writes {@code settings} atomically: known keys in their order, then the others sorted. */
    public void save(Settings settings) throws IOException {
        StringBuilder text = new StringBuilder("# 409 Doctor settings. Environment variables (DOCTOR409_*) win over these.\n");
        settings.values().forEach((key, value) -> text.append(line(key.property(), value)));
        settings.others().forEach((key, value) -> text.append(line(key, value)));
        AtomicText.write(file, text);
    }

    /** One {@code key=value} line, escaped the way {@link Properties} reads it back. */
    private static String line(String key, String value) {
        Properties one = new Properties();
        one.setProperty(key, value);
        StringWriter out = new StringWriter();
        try {
            one.store(out, null);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString().lines().filter(l -> !l.startsWith("#")).collect(Collectors.joining("\n")) + "\n";
    }

    private Loaded setAside(Fault fault, String detail) {
        return new Loaded(Settings.empty(), Optional.of(new SetAside(fault, moveAside(), detail)));
    }

    /** Renames the file to a free {@code .corrupt-<timestamp>} name beside it; empty when that fails. */
    private Optional<Path> moveAside() {
        String base = NAME + ".corrupt-" + STAMP.format(clock.instant());
        Optional<Path> moved = Optional.empty();
        try {
            Path target = file.resolveSibling(base);
            for (int i = 1; Files.exists(target); i++) {
                target = file.resolveSibling(base + "-" + i);
            }
            Files.move(file, target);
            moved = Optional.of(target);
        } catch (IOException e) {
            // left where it is; the defaults apply all the same and the notice says it could not be moved
        }
        return moved;
    }
}
