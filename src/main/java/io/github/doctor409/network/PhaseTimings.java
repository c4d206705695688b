package io.github.doctor409.network;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How long each phase of one request took, in milliseconds; {@code null} for a phase that did not
 * happen (a reused connection has no DNS or connect phase; plain HTTP has no TLS phase).
 *
 * @param dnsMs       name lookup
 * @param connectMs   TCP connect
 * @param tlsMs       TLS handshake
 * @param firstByteMs from sending the request to receiving the answer's headers
 * @param totalMs     the whole call, so far when it is still running
 */
public record PhaseTimings(Long dnsMs, Long connectMs, Long tlsMs, Long firstByteMs, Long totalMs) {

    /** The timings as evidence: only the phases that happened. */
    public Map<String, Object> asEvidence() {
        Map<String, Object> map = new LinkedHashMap<>();
        put(map, "dns", dnsMs);
        put(map, "connect", connectMs);
        put(map, "tls", tlsMs);
        put(map, "firstByte", firstByteMs);
        put(map, "total", totalMs);
        return map;
    }

    /** E.g. "dns 12 ms, connect 30 ms, tls 61 ms, first byte 80 ms, total 190 ms". */
    public String describe() {
        List<String> parts = new ArrayList<>();
        add(parts, "dns", dnsMs);
        add(parts, "connect", connectMs);
        add(parts, "tls", tlsMs);
        add(parts, "first byte", firstByteMs);
        add(parts, "total", totalMs);
        return parts.isEmpty() ? "no timings" : String.join(", ", parts);
    }

    private static void put(Map<String, Object> map, String key, Long value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    private static void add(List<String> parts, String label, Long value) {
        if (value != null) {
            parts.add(label + " " + value + " ms");
        }
    }
}
