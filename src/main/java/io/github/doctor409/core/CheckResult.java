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
 * @param phrase   which sentence {@code summary} is, for the window's languages; null when the check gave none
 *                 (the window then shows the English summary). Not part of the report.
 * @param detailPhrases which sentence some detail lines are, by their index in {@code details}; lines
 *                 without one stay as written (technical measurements)
 */
public record CheckResult(
        String id,
        String title,
        Status status,
        String summary,
        List<String> details,
        Map<String, Object> evidence,
        List<String> fixes,
        Duration duration,
        Phrase phrase,
        Map<Integer, Phrase> detailPhrases) {

    /** A result without phrases: the window shows its English words. */
    public CheckResult(String id, String title, Status status, String summary, List<String> details,
                       Map<String, Object> evidence, List<String> fixes, Duration duration) {
        this(id, title, status, summary, details, evidence, fixes, duration, null, Map.of());
    }

    public CheckResult {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(summary, "summary");
        details = List.copyOf(details);
        evidence = Collections.unmodifiableMap(new LinkedHashMap<>(evidence));
        fixes = List.copyOf(fixes);
        Objects.requireNonNull(duration, "duration");
        detailPhrases = Map.copyOf(detailPhrases);
    }

    public static Builder of(Check check, Status status, String summary) {
        return new Builder(check.id(), check.title(), status, summary);
    }

    public static Builder of(String id, String title, Status status, String summary) {
        return new Builder(id, title, status, summary);
    }

    public CheckResult withDuration(Duration newDuration) {
        return new CheckResult(id, title, status, summary, details, evidence, fixes, newDuration, phrase, detailPhrases);
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
        private final Map<Integer, Phrase> detailPhrases = new LinkedHashMap<>();
        private Phrase phrase;

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

        /** Which sentence the summary is, for the window's languages; the English summary stays as given. */
        public Builder says(Phrase summaryPhrase) {
            this.phrase = summaryPhrase;
            return this;
        }

        /** A detail line that is a plain sentence, with the phrase the window translates it by. */
        public Builder detail(String line, Phrase linePhrase) {
            detailPhrases.put(details.size(), Objects.requireNonNull(linePhrase, "linePhrase"));
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
            return new CheckResult(id, title, status, summary, details, evidence, fixes, Duration.ZERO, phrase, detailPhrases);
        }
    }
}
