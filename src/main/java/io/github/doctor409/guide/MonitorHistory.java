package io.github.doctor409.guide;

import io.github.doctor409.core.AtomicText;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.doctor409.core.Status;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The monitor's recent rounds on disk: one JSON object per line, at most {@code maxSamples} lines. Reads
 * at most the last {@link #MAX_READ_BYTES} of the file and skips every line it cannot understand, so a
 * truncated write or garbage loses those lines only. Writes a temporary file and moves it into place, so
 * a crash mid-write leaves the old history whole.
 */
public final class MonitorHistory {

    public static final String FILE_NAME = "monitor-history.jsonl";
    static final int MAX_READ_BYTES = 256 * 1024;

    private final Path file;
    private final int maxSamples;

    public MonitorHistory(Path file, int maxSamples) {
        if (maxSamples < 1) {
            throw new IllegalArgumentException("maxSamples must be positive");
        }
        this.file = file;
        this.maxSamples = maxSamples;
    }

    /** The kept rounds, oldest first; empty when there is no usable file. */
    public List<MonitorSample> load() {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        String text;
        try (InputStream in = Files.newInputStream(file)) {
            long size = Files.size(file);
            if (size > MAX_READ_BYTES) {
                in.skipNBytes(size - MAX_READ_BYTES);
            }
            text = new String(in.readNBytes(MAX_READ_BYTES), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return List.of();
        }
        List<MonitorSample> samples = new ArrayList<>();
        for (String line : text.split("\n")) {
            parse(line.strip()).ifPresent(samples::add);
        }
        return samples.size() > maxSamples ? List.copyOf(samples.subList(samples.size() - maxSamples, samples.size()))
                : List.copyOf(samples);
    }

    /** Adds one round, dropping the oldest beyond the bound. */
    public void append(MonitorSample sample) throws IOException {
        List<MonitorSample> samples = new ArrayList<>(load());
        samples.add(sample);
        if (samples.size() > maxSamples) {
            samples = samples.subList(samples.size() - maxSamples, samples.size());
        }
        StringBuilder text = new StringBuilder();
        samples.forEach(s -> text.append(toJson(s)).append('\n'));
        AtomicText.write(file, text);
    }

    static String toJson(MonitorSample sample) {
        JsonObject json = new JsonObject();
        json.addProperty("at", sample.at().toString());
        JsonObject statuses = new JsonObject();
        sample.statuses().forEach((id, status) -> statuses.addProperty(id, status.id()));
        json.add("statuses", statuses);
        JsonObject latency = new JsonObject();
        sample.latencyMs().forEach(latency::addProperty);
        json.add("latencyMs", latency);
        return json.toString();
    }

    static Optional<MonitorSample> parse(String line) {
        if (line.isEmpty() || line.charAt(0) != '{' || line.length() > 16 * 1024) {
            return Optional.empty();
        }
        try {
            JsonObject json = JsonParser.parseString(line).getAsJsonObject();
            Instant at = Instant.parse(json.get("at").getAsString());
            Map<String, Status> statuses = new LinkedHashMap<>();
            for (Map.Entry<String, JsonElement> e : json.getAsJsonObject("statuses").entrySet()) {
                statuses.put(e.getKey(), Status.valueOf(e.getValue().getAsString().toUpperCase(Locale.ROOT)));
            }
            Map<String, Long> latency = new LinkedHashMap<>();
            for (Map.Entry<String, JsonElement> e : json.getAsJsonObject("latencyMs").entrySet()) {
                long ms = e.getValue().getAsLong();
                if (ms >= 0) {
                    latency.put(e.getKey(), ms);
                }
            }
            return Optional.of(new MonitorSample(at, statuses, latency));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
