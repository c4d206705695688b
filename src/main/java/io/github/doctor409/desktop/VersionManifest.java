package io.github.doctor409.desktop;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import io.github.doctor409.core.OperatingSystem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The known minimum and latest Spotify app versions per OS, with the date they were known
 * (SPOTIFY-FACTS §4: keep a bundled manifest with a date). {@link #bundled()} reads the copy shipped in
 * the jar; a broken manifest is an {@link InvalidManifestException} naming what is wrong.
 *
 * @param date   when these versions were known
 * @param source where the numbers come from, in words
 */
public record VersionManifest(LocalDate date, String source, Map<OperatingSystem, Range> versions) {

    /** Class-path location of the manifest shipped with the app. */
    public static final String BUNDLED_RESOURCE = "/io/github/doctor409/desktop/versions.json";

    /** Caps what is read from a manifest; the real one is under 2 KB. */
    static final int MAX_CHARS = 64 * 1024;

    /**
     * The versions known for one OS.
     *
     * @param minimum oldest version Spotify's servers still accept (our estimate)
     * @param latest  newest release (family) known on {@link VersionManifest#date()}
     */
    public record Range(SpotifyVersion minimum, SpotifyVersion latest) {
        public Range {
            Objects.requireNonNull(minimum, "minimum");
            Objects.requireNonNull(latest, "latest");
            if (latest.isOlderThan(minimum)) {
                throw new IllegalArgumentException("latest " + latest + " is older than minimum " + minimum);
            }
        }
    }

    /** A manifest that cannot be used; the message names the problem. */
    public static final class InvalidManifestException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public InvalidManifestException(String message) {
            super(message);
        }
    }

    public VersionManifest {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(source, "source");
        versions = Map.copyOf(versions);
    }

    /** The manifest bundled in the jar. */
    public static VersionManifest bundled() {
        try (InputStream in = VersionManifest.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new InvalidManifestException("The bundled version manifest " + BUNDLED_RESOURCE + " is missing.");
            }
            byte[] bytes = in.readNBytes(MAX_CHARS + 1);
            return parse(new String(bytes, StandardCharsets.UTF_8), "bundled " + BUNDLED_RESOURCE);
        } catch (IOException e) {
            throw new InvalidManifestException("Could not read the bundled version manifest: " + e.getMessage());
        }
    }

    /** Parses a manifest; {@code origin} names it in error messages. */
    public static VersionManifest parse(String json, String origin) {
        if (json.length() > MAX_CHARS) {
            throw new InvalidManifestException("The version manifest (" + origin + ") is larger than " + MAX_CHARS + " characters.");
        }
        try {
            JsonElement root = JsonParser.parseString(json);
            if (!root.isJsonObject()) {
                throw broken(origin, "it is not a JSON object");
            }
            JsonObject object = root.getAsJsonObject();
            LocalDate date = LocalDate.parse(text(object, "date", origin));
            String source = object.has("source") ? text(object, "source", origin) : "not stated";
            if (!object.has("os") || !object.get("os").isJsonObject()) {
                throw broken(origin, "it has no \"os\" object");
            }
            JsonObject perOs = object.getAsJsonObject("os");
            Map<OperatingSystem, Range> versions = new EnumMap<>(OperatingSystem.class);
            for (OperatingSystem os : OperatingSystem.values()) {
                if (!perOs.has(os.id()) || !perOs.get(os.id()).isJsonObject()) {
                    throw broken(origin, "it has no versions for " + os.id());
                }
                JsonObject range = perOs.getAsJsonObject(os.id());
                versions.put(os, new Range(version(range, "minimum", os, origin), version(range, "latest", os, origin)));
            }
            return new VersionManifest(date, source, versions);
        } catch (JsonParseException | IllegalStateException | DateTimeParseException e) {
            throw broken(origin, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw broken(origin, e.getMessage());
        }
    }

    public Range rangeFor(OperatingSystem os) {
        return versions.get(os);
    }

    private static SpotifyVersion version(JsonObject range, String key, OperatingSystem os, String origin) {
        String raw = text(range, key, origin);
        return SpotifyVersion.parse(raw)
                .orElseThrow(() -> broken(origin, os.id() + " " + key + " \"" + raw + "\" is not a Spotify version"));
    }

    private static String text(JsonObject object, String key, String origin) {
        JsonElement element = object.get(key);
        if (element == null || !element.isJsonPrimitive() || !element.getAsJsonPrimitive().isString()) {
            throw broken(origin, "\"" + key + "\" is missing or not a string");
        }
        return element.getAsString();
    }

    private static InvalidManifestException broken(String origin, String why) {
        return new InvalidManifestException("The version manifest (" + origin + ") is broken: " + why + ".");
    }
}
