package io.github.doctor409.ui;

import io.github.doctor409.core.CheckResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The latency line of a card whose result measured endpoints: every evidence entry holding a
 * {@code latencyMs} map with a {@code median} (as {@code network.services} reports them) becomes
 * "name 42 ms"; empty when there is none.
 */
final class EndpointLatency {

    private static final String SEPARATOR = " · ";

    private EndpointLatency() {
    }

    static String line(CheckResult result, Messages messages) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Object> entry : result.evidence().entrySet()) {
            if (entry.getValue() instanceof Map<?, ?> endpoint && endpoint.get("latencyMs") instanceof Map<?, ?> latency
                    && latency.get("median") instanceof Number median) {
                parts.add(messages.get("main.card.latency.endpoint", entry.getKey(), median.longValue()));
            }
        }
        return parts.isEmpty() ? "" : messages.get("main.card.latency", String.join(SEPARATOR, parts));
    }
}
