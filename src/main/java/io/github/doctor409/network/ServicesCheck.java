package io.github.doctor409.network;

import io.github.doctor409.core.Check;
import io.github.doctor409.core.CheckContext;
import io.github.doctor409.core.CheckGroup;
import io.github.doctor409.core.CheckKind;
import io.github.doctor409.core.CheckResult;
import io.github.doctor409.core.Phrase;
import io.github.doctor409.core.Status;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * {@code network.services}: can this computer reach Spotify's accounts, Web API and access point
 * resolver over HTTPS, and the dealer and spclient hosts apresolve names (the documented fallbacks when
 * it names none, for Spotify's own services only)? Probes them at once, times every phase, names the
 * phase that failed (dns, connect, tls, http), and tries each answering endpoint three times for its
 * best and median latency. When TLS fails on an untrusted certificate, reads the certificate that was
 * presented (without trusting it, sending nothing) and says what it most likely means. A plain-HTTP
 * request that is not redirected to HTTPS hints at a captive portal. Finishes on its own a little before
 * its deadline.
 *
 * <p>Evidence: one map per endpoint ({@code accounts}, {@code api}, {@code apresolve}, {@code dealer},
 * {@code spclient}) with {@code url}, {@code reachable}, {@code httpStatus} or {@code failedPhase} and
 * {@code error}, {@code timingsMs}, {@code latencyMs} ({@code best}, {@code median}, {@code tries}),
 * {@code serverDate} (the answer's Date header, ISO-8601) and {@code receivedAt}; on 429
 * {@code retryAfterSeconds}; on an untrusted certificate {@code certificate} (subject, issuer, validity,
 * names, meaning); the {@code apresolve} map also holds the {@code accesspoint}, {@code dealer} and
 * {@code spclient} lists. {@code plainHttp} holds the captive-portal probe.
 */
public final class ServicesCheck implements Check {

    public static final String ID = "network.services";

    private static final Duration MIN_MARGIN = Duration.ofMillis(250);
    private static final Duration WAIT_SLICE = Duration.ofMillis(100);

    private final OkHttpClient client;
    private final ServiceEndpoints endpoints;
    private final Clock clock;

    /**
     * @param client an OkHttp client that follows no redirects and does not retry on connection
     *               failure; its dispatcher runs the three probes at once
     * @param clock  stamps when each answer arrived, for comparing with the server's Date header
     */
    public ServicesCheck(OkHttpClient client, ServiceEndpoints endpoints, Clock clock) {
        this.client = Objects.requireNonNull(client, "client");
        this.endpoints = Objects.requireNonNull(endpoints, "endpoints");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Spotify services";
    }

    @Override
    public CheckGroup group() {
        return CheckGroup.CONNECTION;
    }

    @Override
    public CheckKind kind() {
        return CheckKind.NETWORK;
    }

    @Override
    public CheckResult run(CheckContext context) throws InterruptedException {
        Duration remaining = context.remaining();
        if (context.isCancelled() || remaining.isZero()) {
            return stopped("No time was left to contact Spotify's services.", Phrase.of("network.services.summary.noTime"));
        }
        Duration margin = margin(remaining);
        Duration callTimeout = remaining.minus(margin);
        long callsEnd = System.nanoTime() + callTimeout.toNanos();
        long waitUntil = System.nanoTime() + remaining.minus(margin.dividedBy(2)).toNanos();

        Map<SpotifyService, HttpUrl> urls = new ConcurrentHashMap<>();
        Map<SpotifyService, ProbeCall> calls = new ConcurrentHashMap<>();
        Runnable reportWaiting = () -> context.waitingFor(waitingFor(calls, urls));
        for (SpotifyService service : SpotifyService.CONFIGURED) {
            urls.put(service, service.probeUrl(endpoints));
        }
        for (SpotifyService service : SpotifyService.CONFIGURED) {
            start(service, urls.get(service), callTimeout, calls, reportWaiting);
        }
        Optional<ProbeCall> plain = endpoints.plainHttp().map(uri -> ProbeCall.start(client,
                new Request.Builder().url(HttpUrl.get(uri.toString())).get().build(), callTimeout, false, clock, phase -> { }));
        reportWaiting.run();

        AppServerHosts.Choice appServers;
        try {
            awaitAll(Map.of(SpotifyService.APRESOLVE, calls.get(SpotifyService.APRESOLVE)), waitUntil, context);
            appServers = AppServerHosts.choose(endpoints, apresolveLists(calls.get(SpotifyService.APRESOLVE)));
            Duration left = Duration.ofNanos(callsEnd - System.nanoTime());
            if (!context.isCancelled() && left.toMillis() > 0) {
                appServers.urls().forEach((service, url) -> {
                    urls.put(service, url);
                    start(service, url, left, calls, reportWaiting);
                });
            }
            awaitAll(calls, waitUntil, context);
            if (plain.isPresent()) {
                awaitAll(Map.of(SpotifyService.ACCOUNTS, plain.get()), waitUntil, context);
            }
        } catch (InterruptedException e) {
            calls.values().forEach(ProbeCall::cancel);
            plain.ifPresent(ProbeCall::cancel);
            throw e;
        }
        if (context.isCancelled()) {
            calls.values().forEach(ProbeCall::cancel);
            return stopped("Stopped before Spotify's services answered.", Phrase.of("network.services.summary.stopped"));
        }
        Map<SpotifyService, ProbeOutcome> outcomes = new EnumMap<>(SpotifyService.class);
        for (SpotifyService service : SpotifyService.values()) {
            ProbeCall call = calls.get(service);
            if (call != null) {
                outcomes.put(service, call.isDone() ? call.outcome().join() : call.abandon());
            }
        }
        Map<SpotifyService, LatencyTries> latencies = LatencyTries.measure(client, clock, outcomes, urls, callsEnd, waitUntil, context);
        Map<SpotifyService, PresentedCertificate> certificates = CertificateReader.readUntrusted(client, outcomes, urls, waitUntil, context);
        List<EndpointResult> results = new ArrayList<>();
        for (SpotifyService service : outcomes.keySet()) {
            EndpointResult result = EndpointResult.of(service, urls.get(service), outcomes.get(service),
                    Optional.ofNullable(certificates.get(service)), clock.instant());
            results.add(latencies.containsKey(service) ? result.withLatency(latencies.get(service)) : result);
        }
        Optional<CaptivePortalHint> portal = plain.map(call -> CaptivePortalHint.judge(
                HttpUrl.get(endpoints.plainHttp().orElseThrow().toString()),
                call.isDone() ? call.outcome().join() : call.abandon()));
        return summarize(results, callTimeout, portal, appServers.fallback());
    }

    private void start(SpotifyService service, HttpUrl url, Duration timeout, Map<SpotifyService, ProbeCall> calls,
                       Runnable reportWaiting) {
        Request request = new Request.Builder().url(url).get().build();
        ProbeCall call = ProbeCall.start(client, request, timeout, service.readsBody(), clock, phase -> reportWaiting.run());
        calls.put(service, call);
        call.outcome().whenComplete((outcome, error) -> reportWaiting.run());
    }

    private static Optional<ApresolveLists> apresolveLists(ProbeCall apresolve) {
        if (!apresolve.isDone() || apresolve.outcome().isCompletedExceptionally()) {
            return Optional.empty();
        }
        if (apresolve.outcome().join() instanceof ProbeOutcome.Answered answer && answer.code() == 200
                && answer.body().isPresent()) {
            return ApresolveLists.parse(answer.body().get()).lists();
        }
        return Optional.empty();
    }

    /** Leaves 15 % of the time (at least 250 ms, at most half) to name the phase before the deadline. */
    static Duration margin(Duration remaining) {
        Duration share = remaining.multipliedBy(15).dividedBy(100);
        Duration margin = share.compareTo(MIN_MARGIN) < 0 ? MIN_MARGIN : share;
        Duration half = remaining.dividedBy(2);
        return margin.compareTo(half) > 0 ? half : margin;
    }

    static void awaitAll(Map<SpotifyService, ProbeCall> calls, long waitUntilNanos, CheckContext context)
            throws InterruptedException {
        CompletableFuture<Void> all = CompletableFuture.allOf(
                calls.values().stream().map(ProbeCall::outcome).toArray(CompletableFuture[]::new));
        while (!all.isDone() && !context.isCancelled()) {
            long left = waitUntilNanos - System.nanoTime();
            if (left <= 0) {
                return;
            }
            try {
                all.get(Math.min(left, WAIT_SLICE.toNanos()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                // look at the cancel flag, then keep waiting
            } catch (ExecutionException e) {
                return; // the failed probe's own future reports it
            }
        }
    }

    private CheckResult summarize(List<EndpointResult> results, Duration callTimeout, Optional<CaptivePortalHint> portal,
                                  boolean appServerFallback) {
        Status status = overall(results);
        boolean portalSuspected = portal.map(CaptivePortalHint::suspected).orElse(false);
        String summary = summary(status, results);
        Phrase phrase = summaryPhrase(status, results);
        if (portalSuspected && status == Status.PASS) {
            status = Status.WARN;
            summary = "Spotify's services answer, but " + portal.get().sentence() + ".";
            phrase = Phrase.of("network.services.summary.portal", portal.get().phrase());
        } else if (portalSuspected) {
            summary = summary + " " + capitalize(portal.get().sentence()) + ".";
            phrase = Phrase.then(phrase, Phrase.of("network.services.summary.portalToo"));
        }
        CheckResult.Builder result = CheckResult.of(this, status, summary).says(phrase);
        portal.ifPresent(hint -> result.detail(hint.detail()).evidence("plainHttp", hint.evidence()));
        results.forEach(r -> result.details(r.details()));
        results.forEach(r -> result.evidence(r.service().key(), r.evidence()));
        result.evidence("callTimeoutMs", callTimeout.toMillis());
        if (appServerFallback) {
            result.detail("apresolve gave no dealer or spclient hosts; probed the documented fallbacks "
                    + AppServerHosts.DEALER_FALLBACK + " and " + AppServerHosts.SPCLIENT_FALLBACK);
            result.evidence("appServerFallback", true);
        }
        switch (status) {
            case FAIL -> result.fix("fix.network-help").fix("fix.retry");
            case UNKNOWN -> result.fix("fix.retry").fix("fix.network-help");
            case WARN -> result.fix("fix.network-help");
            default -> { }
        }
        return result.build();
    }

    private static Status overall(List<EndpointResult> results) {
        for (Status candidate : List.of(Status.FAIL, Status.UNKNOWN, Status.WARN)) {
            if (results.stream().anyMatch(r -> r.status() == candidate)) {
                return candidate;
            }
        }
        return Status.PASS;
    }

    private static String summary(Status status, List<EndpointResult> results) {
        List<String> sentences = results.stream().filter(r -> r.status() == status).map(EndpointResult::sentence).toList();
        return switch (status) {
            case FAIL -> {
                String first = capitalize(sentences.get(0));
                if (sentences.size() == 1) {
                    yield first + ".";
                }
                yield first + ", and " + (sentences.size() - 1) + " more of Spotify's services could not be reached either.";
            }
            case UNKNOWN -> "Spotify's services could not be fully verified: " + String.join("; ", sentences) + ".";
            case WARN -> "Spotify's services answer, but not all as expected: " + String.join("; ", sentences) + ".";
            default -> "Spotify's services answer from this computer.";
        };
    }

    /** {@link #summary} as a phrase; the window capitalises the first letter as the English does. */
    private static Phrase summaryPhrase(Status status, List<EndpointResult> results) {
        List<Phrase> sentences = results.stream().filter(r -> r.status() == status).map(EndpointResult::phrase).toList();
        return switch (status) {
            case FAIL -> sentences.size() == 1
                    ? Phrase.of("network.services.summary.fail", sentences.get(0))
                    : Phrase.of("network.services.summary.failMore", sentences.get(0), sentences.size() - 1);
            case UNKNOWN -> Phrase.of("network.services.summary.unverified", Phrase.items("; ", sentences));
            case WARN -> Phrase.of("network.services.summary.unexpected", Phrase.items("; ", sentences));
            default -> Phrase.of("network.services.summary.ok");
        };
    }

    private static String waitingFor(Map<SpotifyService, ProbeCall> calls, Map<SpotifyService, HttpUrl> urls) {
        List<String> pending = new ArrayList<>();
        for (SpotifyService service : SpotifyService.values()) {
            ProbeCall call = calls.get(service);
            if (call != null && !call.isDone()) {
                pending.add(urls.get(service).host() + " (" + call.activePhase().shortName() + ")");
            }
        }
        if (pending.isEmpty()) {
            return "the answers to be read";
        }
        return (pending.size() == 1 ? "an answer from " : "answers from ") + String.join(", ", pending);
    }

    private CheckResult stopped(String summary, Phrase phrase) {
        return CheckResult.of(this, Status.UNKNOWN, summary).says(phrase).evidence("cancelled", true).fix("fix.retry").build();
    }

    private static String capitalize(String sentence) {
        return sentence.isEmpty() ? sentence : Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    }
}
