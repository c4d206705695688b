package io.github.doctor409.network;

import io.github.doctor409.core.CheckContext;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * Latencies of up to three tries of one endpoint, in milliseconds: the first includes name lookup,
 * connect and TLS; later tries reuse the connection. Reported as best and median.
 */
record LatencyTries(List<Long> tries) {

    static final int TRIES = 3;

    LatencyTries {
        tries = List.copyOf(tries);
    }

    long best() {
        return tries.stream().mapToLong(Long::longValue).min().orElse(0);
    }

    long median() {
        List<Long> sorted = new ArrayList<>(tries);
        sorted.sort(Long::compare);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    Map<String, Object> asEvidence() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("best", best());
        map.put("median", median());
        map.put("tries", tries);
        return map;
    }

    String describe() {
        return "latency best " + best() + " ms, median " + median() + " ms of " + tries.size()
                + (tries.size() == 1 ? " try" : " tries");
    }

    /**
     * Two more tries of every endpoint that answered, one round after the other (reusing connections),
     * within the time left; a try that does not finish in time is left out.
     */
    static Map<SpotifyService, LatencyTries> measure(OkHttpClient client, Clock clock, Map<SpotifyService, ProbeOutcome> outcomes,
            Map<SpotifyService, HttpUrl> urls, long callsEnd, long waitUntil, CheckContext context) throws InterruptedException {
        Map<SpotifyService, List<Long>> tries = new EnumMap<>(SpotifyService.class);
        outcomes.forEach((service, outcome) -> {
            if (outcome instanceof ProbeOutcome.Answered && outcome.timings().totalMs() != null) {
                tries.put(service, new ArrayList<>(List.of(outcome.timings().totalMs())));
            }
        });
        for (int round = 1; round < LatencyTries.TRIES && !tries.isEmpty() && !context.isCancelled(); round++) {
            Duration left = Duration.ofNanos(callsEnd - System.nanoTime());
            if (left.toMillis() <= 0) {
                break;
            }
            context.waitingFor("latency tries " + (round + 1) + " of " + LatencyTries.TRIES);
            Map<SpotifyService, ProbeCall> again = new EnumMap<>(SpotifyService.class);
            for (SpotifyService service : tries.keySet()) {
                again.put(service, ProbeCall.start(client, new Request.Builder().url(urls.get(service)).get().build(),
                        left, false, clock, phase -> { }));
            }
            try {
                ServicesCheck.awaitAll(again, waitUntil, context);
            } finally {
                again.values().forEach(call -> {
                    if (!call.isDone()) {
                        call.cancel();
                    }
                });
            }
            again.forEach((service, call) -> {
                if (call.isDone() && !call.outcome().isCompletedExceptionally()
                        && call.outcome().join() instanceof ProbeOutcome.Answered answered
                        && answered.timings().totalMs() != null) {
                    tries.get(service).add(answered.timings().totalMs());
                }
            });
        }
        Map<SpotifyService, LatencyTries> latencies = new EnumMap<>(SpotifyService.class);
        tries.forEach((service, list) -> latencies.put(service, new LatencyTries(list)));
        return latencies;
    }
}
