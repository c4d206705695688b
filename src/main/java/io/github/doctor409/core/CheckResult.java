package io.github.doctor409.core;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The result of one check.
 *
 * @param summary  one plain sentence a listener understands
 * @param details  technical lines shown behind "Details" and in the report
 * @param evidence machine-readable facts (strings, numbers, booleans, lists and maps of those)
 * @param fixes    ids of fixes that address what was found, most useful first
 */
public record CheckResult(
        String id,
        String title,
        Status status,
        String summary,
        List<String> details,
        Map<String, Object> evidence,
        List<String> fixes,
        Duration duration) {

    public CheckResult {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(summary, "summary");
        details = List.copyOf(details);
        evidence = Collections.unmodifiableMap(new LinkedHashMap<>(evidence));
        fixes = List.copyOf(fixes);
        Objects.requireNonNull(duration, "duration");
    }

    public static Builder of(Check check, Status status, String summary) {
        return new Builder(check.id(), check.title(), status, summary);
    }

    public static Builder of(String id, String title, Status status, String summary) {
        return new Builder(id, title, status, summary);
    }

    public CheckResult withDuration(Duration newDuration) {
        return new CheckResult(id, title, status, summary, details, evidence, fixes, newDuration);
    }

    public boolean offersFix(String fixId) {
        return fixes.contains(fixId);
    }

    /** Builds a result; the runner stamps the duration. */
    public static final class Builder {
        private final String id;
        private final String title;
        private final Status status;
        private final String summary;
        private final List<String> details = new ArrayList<>();
        private final Map<String, Object> evidence = new LinkedHashMap<>();
        private final List<String> fixes = new ArrayList<>();

        private Builder(String id, String title, Status status, String summary) {
            this.id = id;
            this.title = title;
            this.status = status;
            this.summary = summary;
        }

        public Builder detail(String line) {
            details.add(line);
            return this;
        }

        public Builder details(List<String> lines) {
            details.addAll(lines);
            return this;
        }

        public Builder evidence(String key, Object value) {
            if (value != null) {
                evidence.put(key, value);
            }
            return this;
        }

        public Builder fix(String fixId) {
            if (!fixes.contains(fixId)) {
                fixes.add(fixId);
            }
            return this;
        }

        public CheckResult build() {
            return new CheckResult(id, title, status, summary, details, evidence, fixes, Duration.ZERO);
        }
    }
}
