package io.github.doctor409.network;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
}
