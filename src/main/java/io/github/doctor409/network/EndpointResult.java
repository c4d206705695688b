package io.github.doctor409.network;

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
 */
record EndpointResult(SpotifyService service, Status status, String sentence, List<String> details,
                      Map<String, Object> evidence) {

    EndpointResult {
        details = List.copyOf(details);
        evidence = Collections.unmodifiableMap(new LinkedHashMap<>(evidence));
    }

    static EndpointResult of(SpotifyService service, HttpUrl url, ProbeOutcome outcome) {
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
            if (failure.reason() == ProbeOutcome.Reason.UNTRUSTED_CERTIFICATE) {
                details.add(service.key() + ": an untrusted certificate usually means something on the network intercepts"
                        + " secure connections: a Wi-Fi sign-in page (captive portal), a company proxy or security software");
            }
            return new EndpointResult(service, Status.FAIL, failure.sentence(host), details, evidence);
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
        return new EndpointResult(service, finding.status(), finding.sentence(), details, evidence);
    }
}
