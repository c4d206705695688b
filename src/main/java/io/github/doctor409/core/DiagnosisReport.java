package io.github.doctor409.core;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Everything one diagnosis found, in the order the checks were registered. */
public record DiagnosisReport(
        Instant startedAt, Duration duration, List<CheckResult> results, Verdict verdict, boolean cancelled) {

    public DiagnosisReport {
        results = List.copyOf(results);
    }

    public Optional<CheckResult> result(String checkId) {
        return results.stream().filter(r -> r.id().equals(checkId)).findFirst();
    }
}
