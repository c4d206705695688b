package io.github.doctor409.network;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import okhttp3.HttpUrl;

/**
 * What an unencrypted request to a Spotify address showed. Spotify only redirects such requests to
 * HTTPS; a page, or a redirect somewhere else, means something on the network answered instead — most
 * often a Wi-Fi sign-in page (captive portal). No answer at all proves nothing (port 80 may be closed).
 */
record CaptivePortalHint(boolean suspected, String detail, Map<String, Object> evidence) {

    static CaptivePortalHint judge(HttpUrl url, ProbeOutcome outcome) {
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("url", url.toString());
        if (outcome instanceof ProbeOutcome.Answered answer) {
            String location = answer.location().orElse("");
            boolean toHttps = answer.code() / 100 == 3 && location.toLowerCase(Locale.ROOT).startsWith("https://");
            evidence.put("httpStatus", answer.code());
            if (!location.isEmpty()) {
                evidence.put("location", location);
            }
            evidence.put("redirectsToHttps", toHttps);
            evidence.put("captivePortalSuspected", !toHttps);
            return new CaptivePortalHint(!toHttps, "plain HTTP: GET " + url + " → HTTP " + answer.code()
                    + (location.isEmpty() ? "" : ", Location " + location)
                    + (toHttps ? " (redirects to HTTPS, as expected)" : " (no redirect to HTTPS: captive portal suspected)"),
                    evidence);
        }
        ProbeOutcome.Unreachable failure = (ProbeOutcome.Unreachable) outcome;
        evidence.put("reachable", false);
        evidence.put("captivePortalSuspected", false);
        return new CaptivePortalHint(false, "plain HTTP: GET " + url + " → no answer (" + failure.error() + ")", evidence);
    }

    /** {@link #sentence()} as a phrase the window translates. */
    io.github.doctor409.core.Phrase phrase() {
        return io.github.doctor409.core.Phrase.of("network.services.captivePortal");
    }

    /** Plain words without a final period. */
    String sentence() {
        return "an unencrypted request was answered by something other than Spotify: this network may want you to"
                + " sign in first (open a web page in your browser to see its sign-in page)";
    }
}
