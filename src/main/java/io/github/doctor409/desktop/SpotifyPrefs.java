package io.github.doctor409.desktop;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Spotify app's {@code prefs} file: {@code key=value} lines, strings in double quotes, e.g.
 * {@code app.last-launched-version="1.2.77.358.g4339a634"} and {@code storage.size=1024} (SPOTIFY-FACTS §3).
 *
 * <p>Reading is robust against hostile content: at most {@link #MAX_BYTES} are read (a real file is a few
 * kilobytes), lines longer than {@link #MAX_LINE_CHARS} are skipped, malformed UTF-8 is decoded with
 * replacement characters, and lines that are not {@code key=value} are ignored. Bad content never
 * throws: it yields {@link State#UNREADABLE}; I/O problems yield {@link State#FAILED} with the reason.
 *
 * <p>Values include remembered-login secrets ({@code autologin.*}); {@link #toString()} therefore names
 * keys only, and callers must not put values of such keys into results.
 */
public final class SpotifyPrefs {

    /** Upper bound on what is read; anything beyond is ignored and noted. */
    public static final int MAX_BYTES = 1024 * 1024;
    /** Longer lines are skipped: no real setting comes close (the longest, {@code autologin.blob}, is under 1 KB). */
    public static final int MAX_LINE_CHARS = 16 * 1024;

    private static final int MAX_GARBAGE_PERCENT = 5;

    /** What came of reading the file. */
    public enum State {
        /** The file exists and holds at least one setting. */
        READ,
        /** No prefs file: the app never ran (or uses another flavour's folders). */
        MISSING,
        /** The file exists but holds no {@code key=value} line: empty, binary or random bytes. */
        UNREADABLE,
        /** The file could not be read: permission denied, a folder in its place, an I/O error. */
        FAILED
    }

    private static final Pattern SETTING = Pattern.compile("^([A-Za-z0-9_][A-Za-z0-9_.\\-]*)=(.*)$");

    private final Path file;
    private final State state;
    private final Map<String, String> values;
    private final boolean truncated;
    private final String reason;

    private SpotifyPrefs(Path file, State state, Map<String, String> values, boolean truncated, String reason) {
        this.file = file;
        this.state = state;
        this.values = Collections.unmodifiableMap(values);
        this.truncated = truncated;
        this.reason = reason;
    }

    /** Reads {@code file}; never throws. */
    public static SpotifyPrefs read(Path file) {
        Objects.requireNonNull(file, "file");
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return new SpotifyPrefs(file, State.MISSING, Map.of(), false,
                    "There is no prefs file at " + file + "; the app creates it the first time it runs.");
        }
        if (!Files.isRegularFile(file)) {
            // a folder, or a device or pipe that could block the read forever
            return new SpotifyPrefs(file, State.FAILED, Map.of(), false,
                    file + " is " + (Files.isDirectory(file) ? "a folder" : "not a regular file") + ", not a prefs file.");
        }
        byte[] bytes;
        boolean truncated;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES);
            truncated = in.read() != -1;
        } catch (NoSuchFileException e) {
            return new SpotifyPrefs(file, State.MISSING, Map.of(), false, "The prefs file vanished while reading it.");
        } catch (AccessDeniedException e) {
            return new SpotifyPrefs(file, State.FAILED, Map.of(), false, "Permission denied reading " + file + ".");
        } catch (IOException | SecurityException e) {
            return new SpotifyPrefs(file, State.FAILED, Map.of(), false,
                    "Could not read " + file + ": " + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")") + ".");
        }
        return parse(file, bytes, truncated);
    }

    /** Parses prefs content as read from {@code file}; never throws. */
    static SpotifyPrefs parse(Path file, byte[] bytes, boolean truncated) {
        String text = decode(bytes);
        if (looksBinary(text)) {
            return new SpotifyPrefs(file, State.UNREADABLE, Map.of(), truncated, "The prefs file " + file
                    + " is not text (" + bytes.length + (truncated ? "+" : "") + " bytes, mostly undecodable).");
        }
        Map<String, String> values = new LinkedHashMap<>();
        int lineStart = 0;
        int length = text.length();
        while (lineStart < length) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = length;
            }
            if (lineEnd - lineStart <= MAX_LINE_CHARS) {
                String line = text.substring(lineStart, lineEnd);
                Matcher matcher = SETTING.matcher(line.strip());
                if (matcher.matches()) {
                    values.put(matcher.group(1), unquote(matcher.group(2).strip()));
                }
            }
            lineStart = lineEnd + 1;
        }
        String note = truncated ? "Only the first " + MAX_BYTES / 1024 + " KB of " + file
                + " were read; a real prefs file is a few KB." : null;
        if (values.isEmpty()) {
            String why = bytes.length == 0 ? "The prefs file " + file + " is empty."
                    : "The prefs file " + file + " holds no settings (" + bytes.length
                            + (truncated ? "+" : "") + " bytes of unrecognisable content).";
            return new SpotifyPrefs(file, State.UNREADABLE, Map.of(), truncated, why);
        }
        return new SpotifyPrefs(file, State.READ, values, truncated, note);
    }

    /**
     * A prefs file is UTF-8 text. More than {@link #MAX_GARBAGE_PERCENT}% undecodable or control
     * characters means random or binary bytes, whose odd line may happen to look like {@code a=b}.
     */
    private static boolean looksBinary(String text) {
        if (text.isEmpty()) {
            return false;
        }
        long garbage = text.chars()
                .filter(c -> c == '\uFFFD' || (c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == 0x7F)
                .count();
        return garbage * 100 > (long) text.length() * MAX_GARBAGE_PERCENT;
    }

    private static String decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            // cannot happen with REPLACE; treat as no content rather than crash
            return "";
        }
    }

    /** Strips surrounding double quotes and undoes {@code \"} and {@code \\} escapes. */
    private static String unquote(String raw) {
        if (raw.length() >= 2 && raw.startsWith("\"") && raw.endsWith("\"")) {
            String inner = raw.substring(1, raw.length() - 1);
            return inner.replace("\\\"", "\"").replace("\\\\", "\\");
        }
        return raw;
    }

    public Path file() {
        return file;
    }

    public State state() {
        return state;
    }

    /** True when at least one setting was read. */
    public boolean isReadable() {
        return state == State.READ;
    }

    /** True when the file was larger than {@link #MAX_BYTES} and only its start was read. */
    public boolean truncated() {
        return truncated;
    }

    /** Why the file could not be used, or a note about reading it; empty when all went well. */
    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    public Optional<String> value(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /** A whole-number setting; empty when absent or not a number. */
    public OptionalLong number(String key) {
        String raw = values.get(key);
        if (raw == null || raw.isEmpty() || raw.length() > 18) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(raw));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** {@code app.last-launched-version}: the version that ran last. */
    public Optional<String> lastLaunchedVersion() {
        return value("app.last-launched-version");
    }

    /** {@code storage.size}: the cache limit in megabytes, when the user set one. */
    public OptionalLong storageSizeMegabytes() {
        return number("storage.size");
    }

    /** {@code storage.last-location}: where offline downloads live when moved from the default. */
    public Optional<String> storageLocation() {
        return value("storage.last-location");
    }

    public int size() {
        return values.size();
    }

    /** Names the file, state and how many keys, never a value (values include login secrets). */
    @Override
    public String toString() {
        return "SpotifyPrefs[" + file + ", " + state + ", " + values.size() + " keys" + (truncated ? ", truncated" : "") + "]";
    }
}
