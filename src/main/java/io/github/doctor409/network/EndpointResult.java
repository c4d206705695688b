package io.github.doctor409.network;

import io.github.doctor409.core.Phrase;
import io.github.doctor409.core.Status;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;

/**
 * What one probed endpoint showed: its status, a plain sentence when something is off, technical
 * lines and evidence.
 *
 * @param sentence plain words without a final period; empty when the endpoint passed
 * @param phrase   the sentence as a phrase the window translates; null when the endpoint passed
 */
record EndpointResult(SpotifyService service, Status status, String sentence, Phrase phrase, List<String> details,
                      Map<String, Object> evidence) {

    EndpointResult {
        details = List.copyOf(details);
        evidence = Collections.unmodifiableMap(new LinkedHashMap<>(evidence));
    }

    static EndpointResult of(SpotifyService service, HttpUrl url, ProbeOutcome outcome) {
        return of(service, url, outcome, java.util.Optional.empty(), java.time.Instant.now());
    }

    /**
     * @param certificate the certificate the server presented, when TLS failed and it could be read
     * @param now         this computer's time, to judge the certificate's dates
     */
    static EndpointResult of(SpotifyService service, HttpUrl url, ProbeOutcome outcome,
                             java.util.Optional<PresentedCertificate> certificate, java.time.Instant now) {
        String host = url.host();
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("url", url.toString());
        List<String> details = new ArrayList<>();
        String request = service.key() + ": GET " + url + " → ";
        String timings = " (" + outcome.timings().describe() + ")";
        if (outcome instanceof ProbeOutcome.Unreachable failure) {
            evidence.put("reachable", false);
            evidence.put("failedPhase", failure.phase().word());
            evidence.put("error", failure.error());
            evidence.put("timingsMs", outcome.timings().asEvidence());
            details.add(request + "no answer, failed in phase " + failure.phase().word() + ": " + failure.error() + timings);
            String sentence = failure.sentence(host);
            Phrase phrase = failure.phrase(host);
            if (failure.reason() == ProbeOutcome.Reason.UNTRUSTED_CERTIFICATE) {
                details.add(service.key() + ": an untrusted certificate usually means something on the network intercepts"
                        + " secure connections: a Wi-Fi sign-in page (captive portal), a company proxy or security software");
                if (certificate.isPresent()) {
                    PresentedCertificate shown = certificate.get();
                    details.add(service.key() + ": presented certificate: " + shown.describe());
                    evidence.put("certificate", shown.asEvidence(host, now));
                    sentence = sentence + "; " + shown.explanation(host, now);
                    phrase = Phrase.of("checks.clauses.two", phrase, shown.explanationPhrase(host, now));
                }
            }
            return new EndpointResult(service, Status.FAIL, sentence, phrase, details, evidence);
        }
        ProbeOutcome.Answered answer = (ProbeOutcome.Answered) outcome;
        SpotifyService.Finding finding = service.judge(answer, host);
        evidence.put("reachable", true);
        evidence.put("httpStatus", answer.code());
        evidence.put("timingsMs", outcome.timings().asEvidence());
        answer.serverDate().ifPresent(date -> evidence.put("serverDate", date.toString()));
        evidence.put("receivedAt", answer.receivedAt().toString());
        evidence.putAll(finding.evidence());
        details.add(request + "HTTP " + answer.code() + timings);
        finding.notes().forEach(note -> details.add(service.key() + ": " + note));
        return new EndpointResult(service, finding.status(), finding.sentence(), finding.phrase(), details, evidence);
    }

    /** The same result with the latencies of its tries added. */
    EndpointResult withLatency(LatencyTries latency) {
        Map<String, Object> more = new LinkedHashMap<>(evidence);
        more.put("latencyMs", latency.asEvidence());
        List<String> lines = new ArrayList<>(details);
        lines.add(service.key() + ": " + latency.describe());
        return new EndpointResult(service, status, sentence, phrase, lines, more);
    }
}
