package io.github.doctor409.report;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import io.github.doctor409.core.CheckResult;
import io.github.doctor409.core.DiagnosisReport;
import io.github.doctor409.core.Verdict;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Collection;
import java.util.Map;

/** Writes a diagnosis as one JSON document of schema {@code doctor409.report/1} (DESIGN §5). */
public final class JsonReportWriter {

    public static final String SCHEMA = "doctor409.report/1";

    private final Gson gson = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create();

    public String write(DiagnosisReport report, ReportMetadata metadata) {
        return write(report, metadata, List.of());
    }

    /** @param recentLog the app's last log lines, written as {@code recentLog} when not empty */
    public String write(DiagnosisReport report, ReportMetadata metadata, List<String> recentLog) {
        JsonObject root = new JsonObject();
        root.addProperty("schema", SCHEMA);
        JsonObject tool = new JsonObject();
        tool.addProperty("name", "409 Doctor");
        tool.addProperty("version", metadata.toolVersion());
        root.add("tool", tool);
        root.addProperty("generatedAt", metadata.generatedAt().truncatedTo(ChronoUnit.MILLIS).toString());
        root.addProperty("durationMs", report.duration().toMillis());
        JsonObject platform = new JsonObject();
        platform.addProperty("os", metadata.os().id());
        platform.addProperty("arch", metadata.arch());
        platform.addProperty("java", metadata.javaVersion());
        root.add("platform", platform);
        root.add("verdict", verdict(report.verdict()));
        if (report.cancelled()) {
            root.addProperty("cancelled", true);
        }
        JsonArray checks = new JsonArray();
        report.results().forEach(result -> checks.add(check(result)));
        root.add("checks", checks);
        if (!recentLog.isEmpty()) {
            root.add("recentLog", strings(recentLog));
        }
        return gson.toJson(root);
    }

    private static JsonObject verdict(Verdict verdict) {
        JsonObject json = new JsonObject();
        json.addProperty("status", verdict.status().id());
        json.add("likelyCause", verdict.likelyCause().<JsonElement>map(JsonPrimitive::new).orElse(JsonNull.INSTANCE));
        json.addProperty("headline", verdict.headline());
        json.add("evidence", strings(verdict.evidence()));
        return json;
    }

    private static JsonObject check(CheckResult result) {
        JsonObject json = new JsonObject();
        json.addProperty("id", result.id());
        json.addProperty("title", result.title());
        json.addProperty("status", result.status().id());
        json.addProperty("summary", result.summary());
        json.add("details", strings(result.details()));
        json.add("evidence", toJson(result.evidence()));
        json.add("fixes", strings(result.fixes()));
        json.addProperty("durationMs", result.duration().toMillis());
        return json;
    }

    private static JsonArray strings(Collection<String> values) {
        JsonArray array = new JsonArray();
        values.forEach(array::add);
        return array;
    }

    /** Evidence values are strings, numbers, booleans, instants, lists and maps of those; others become strings. */
    static JsonElement toJson(Object value) {
        if (value == null) {
            return JsonNull.INSTANCE;
        }
        if (value instanceof Boolean b) {
            return new JsonPrimitive(b);
        }
        if (value instanceof Number n) {
            return new JsonPrimitive(n);
        }
        if (value instanceof Map<?, ?> map) {
            JsonObject object = new JsonObject();
            map.forEach((k, v) -> object.add(String.valueOf(k), toJson(v)));
            return object;
        }
        if (value instanceof Collection<?> collection) {
            JsonArray array = new JsonArray();
            collection.forEach(item -> array.add(toJson(item)));
            return array;
        }
        if (value instanceof Instant instant) {
            return new JsonPrimitive(instant.toString());
        }
        return new JsonPrimitive(String.valueOf(value));
    }
}
