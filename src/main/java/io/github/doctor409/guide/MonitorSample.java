package io.github.doctor409.guide;

import io.github.doctor409.core.CheckResult;
import io.github.doctor409.core.Status;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One monitor round: each check's status and, per Spotify endpoint that answered, the total time of
 * its request in milliseconds (from {@code network.services} evidence {@code <endpoint>.timingsMs.total}).
 */
public record MonitorSample(Instant at, Map<String, Status> statuses, Map<String, Long> latencyMs) {

    public MonitorSample {
        Objects.requireNonNull(at, "at");
        statuses = Collections.unmodifiableMap(new LinkedHashMap<>(statuses));
        latencyMs = Collections.unmodifiableMap(new LinkedHashMap<>(latencyMs));
    }

    public static MonitorSample of(Instant at, List<CheckResult> results) {
        Map<String, Status> statuses = new LinkedHashMap<>();
        Map<String, Long> latency = new LinkedHashMap<>();
        for (CheckResult result : results) {
            statuses.put(result.id(), result.status());
            if ("network.services".equals(result.id())) {
                result.evidence().forEach((endpoint, value) -> {
                    if (value instanceof Map<?, ?> map && Boolean.TRUE.equals(map.get("reachable"))
                            && map.get("timingsMs") instanceof Map<?, ?> timings && timings.get("total") instanceof Number total) {
                        latency.put(endpoint, total.longValue());
                    }
                });
            }
        }
        return new MonitorSample(at, statuses, latency);
    }

    /** True when at least one check ran and none warns, fails or could not be verified. */
    public boolean allGreen() {
        return !statuses.isEmpty() && statuses.values().stream().noneMatch(s -> s.isProblem() || s.isIncomplete());
    }

    /** The worst status of the round: fail, then unknown or error, then warn, else pass. */
    public Status overall() {
        if (statuses.containsValue(Status.FAIL)) {
            return Status.FAIL;
        }
        if (statuses.values().stream().anyMatch(Status::isIncomplete)) {
            return Status.UNKNOWN;
        }
        return statuses.containsValue(Status.WARN) ? Status.WARN : Status.PASS;
    }
}
