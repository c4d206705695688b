package io.github.doctor409.network;

import io.github.doctor409.core.CheckResult;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads what {@code network.services} left in its evidence, so the checks that depend on it reuse its
 * answers instead of asking again: the Date headers with their arrival times, and apresolve's lists.
 */
final class ServicesEvidence {

    private final Map<String, Object> evidence;

    private ServicesEvidence(Map<String, Object> evidence) {
        this.evidence = evidence;
    }

    static ServicesEvidence of(CheckResult servicesResult) {
        return new ServicesEvidence(servicesResult.evidence());
    }

    static ServicesEvidence none() {
        return new ServicesEvidence(Map.of());
    }

    /** One answer's Date header next to the local time it arrived. */
    record DateSample(String endpoint, Instant serverDate, Instant receivedAt) {

        /**
         * How far the local clock is ahead of the server's (negative: behind). A Date header is cut to
         * the second, so the server's time lies in {@code [date, date + 1 s)}: half a second is added.
         */
        Duration localAhead() {
            return Duration.between(serverDate.plusMillis(500), receivedAt);
        }
    }

    List<DateSample> dateSamples() {
        List<DateSample> samples = new ArrayList<>();
        for (Map.Entry<String, Object> entry : evidence.entrySet()) {
            if (entry.getValue() instanceof Map<?, ?> endpoint) {
                Optional<Instant> date = instant(endpoint.get("serverDate"));
                Optional<Instant> received = instant(endpoint.get("receivedAt"));
                if (date.isPresent() && received.isPresent()) {
                    samples.add(new DateSample(entry.getKey(), date.get(), received.get()));
                }
            }
        }
        return samples;
    }

    /** apresolve's list of one type ({@code accesspoint}, {@code dealer}, {@code spclient}); empty when absent. */
    List<String> apresolveList(String type) {
        if (evidence.get("apresolve") instanceof Map<?, ?> apresolve && apresolve.get(type) instanceof List<?> list) {
            return list.stream().filter(String.class::isInstance).map(String.class::cast).toList();
        }
        return List.of();
    }

    private static Optional<Instant> instant(Object value) {
        if (!(value instanceof String text)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
