package io.github.doctor409.network;

import io.github.doctor409.core.Phrase;

import io.github.doctor409.core.Status;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * The Spotify services {@link ServicesCheck} probes, each with the request that proves it reachable and
 * what its answer means.
 */
enum SpotifyService {
    /** {@code GET {accounts}/}: any answer below 500 proves it is there (redirects are not followed). */
    ACCOUNTS("accounts"),
    /** {@code GET {api}/v1/me} without a token: the Web API answers 401. */
    API("api"),
    /** {@code GET {apresolve}/?type=accesspoint&type=dealer&type=spclient}: 200 with three host lists. */
    APRESOLVE("apresolve"),
    /** {@code GET /} on the first dealer host apresolve named: any HTTP answer proves TCP, TLS and HTTP work. */
    DEALER("dealer"),
    /** {@code GET /} on the first spclient host apresolve named: any HTTP answer proves it reachable. */
    SPCLIENT("spclient");

    /** Probed at once from the configuration; the others wait for apresolve's lists. */
    static final List<SpotifyService> CONFIGURED = List.of(ACCOUNTS, API, APRESOLVE);

    private final String key;

    SpotifyService(String key) {
        this.key = key;
    }

    /** The name used as evidence key and in details. */
    String key() {
        return key;
    }

    URI base(ServiceEndpoints endpoints) {
        return switch (this) {
            case ACCOUNTS -> endpoints.accounts();
            case API -> endpoints.api();
            case APRESOLVE, DEALER, SPCLIENT -> endpoints.apresolve();
        };
    }

    /** For {@link #CONFIGURED} services; dealer and spclient addresses come from {@link AppServerHosts}. */
    HttpUrl probeUrl(ServiceEndpoints endpoints) {
        HttpUrl.Builder url = HttpUrl.get(base(endpoints).toString()).newBuilder().query(null).fragment(null);
        return switch (this) {
            case ACCOUNTS, DEALER, SPCLIENT -> url.addPathSegment("").build();
            case API -> url.addPathSegments("v1/me").build();
            case APRESOLVE -> {
                url.addPathSegment("");
                ApresolveLists.TYPES.forEach(type -> url.addQueryParameter("type", type));
                yield url.build();
            }
        };
    }

    boolean readsBody() {
        return this == APRESOLVE;
    }

    /**
     * What an answer means for this service.
     *
     * @param host the host name, for sentences
     */
    Finding judge(ProbeOutcome.Answered answer, String host) {
        int code = answer.code();
        if (code == 429) {
            Optional<Long> seconds = answer.retryAfter().flatMap(SpotifyService::seconds);
            Map<String, Object> evidence = new LinkedHashMap<>();
            seconds.ifPresent(s -> evidence.put("retryAfterSeconds", s));
            String wait = seconds.map(s -> ", asking to wait " + s + " s").orElse("");
            Phrase phrase = seconds.map(s -> Phrase.of("network.endpoint.slowDownFor", host, s))
                    .orElseGet(() -> Phrase.of("network.endpoint.slowDown", host));
            return new Finding(Status.UNKNOWN, host + " asked 409 Doctor to slow down (429" + wait + ")", phrase,
                    List.of("Retry-After: " + answer.retryAfter().orElse("(none)")), evidence);
        }
        if (code >= 500) {
            return new Finding(Status.UNKNOWN, host + " had a problem on Spotify's side (" + code + ")",
                    Phrase.of("network.endpoint.serverError", host, String.valueOf(code)), List.of(), Map.of());
        }
        return switch (this) {
            case ACCOUNTS, DEALER, SPCLIENT -> Finding.reachable();
            case API -> code == 401
                    ? Finding.reachable()
                    : Finding.unexpected(host + " answered " + code + " where 401 was expected",
                            Phrase.of("network.endpoint.unexpectedCode", host, String.valueOf(code), "401"));
            case APRESOLVE -> judgeApresolve(answer, host);
        };
    }

    private static Finding judgeApresolve(ProbeOutcome.Answered answer, String host) {
        if (answer.code() != 200) {
            return Finding.unexpected(host + " answered " + answer.code() + " where 200 was expected",
                    Phrase.of("network.endpoint.unexpectedCode", host, String.valueOf(answer.code()), "200"));
        }
        if (answer.body().isEmpty()) {
            return Finding.unexpected(host + " answered, but its list of Spotify servers could not be read",
                    Phrase.of("network.endpoint.unreadableList", host), answer.bodyProblem().orElse("no body"));
        }
        ApresolveLists.Parsed parsed = ApresolveLists.parse(answer.body().get());
        if (parsed.lists().isEmpty()) {
            return Finding.unexpected(host + " answered, but its list of Spotify servers could not be read",
                    Phrase.of("network.endpoint.unreadableList", host), parsed.problem().orElse("unreadable answer"));
        }
        ApresolveLists lists = parsed.lists().get();
        return new Finding(Status.PASS, "", null, List.of("access points: " + String.join(", ", lists.accesspoint())),
                lists.asEvidence());
    }

    private static Optional<Long> seconds(String header) {
        try {
            long value = Long.parseLong(header.trim());
            return value >= 0 ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * @param status   pass, warn or unknown
     * @param sentence plain words without a final period; empty for pass
     * @param phrase   the sentence as a phrase the window translates; null for pass
     * @param notes    extra technical lines
     * @param evidence extra evidence for this endpoint
     */
    record Finding(Status status, String sentence, Phrase phrase, List<String> notes, Map<String, Object> evidence) {

        static Finding reachable() {
            return new Finding(Status.PASS, "", null, List.of(), Map.of());
        }

        static Finding unexpected(String sentence, Phrase phrase, String... notes) {
            return new Finding(Status.WARN, sentence, phrase, List.of(notes), Map.of());
        }
    }
}
