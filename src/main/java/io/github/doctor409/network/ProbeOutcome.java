package io.github.doctor409.network;

import io.github.doctor409.core.Phrase;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.security.cert.CertificateException;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLPeerUnverifiedException;

/** What one probe of a Spotify endpoint came back with: an HTTP answer, or no answer at all. */
sealed interface ProbeOutcome {

    PhaseTimings timings();

    /**
     * The server answered.
     *
     * @param code        HTTP status
     * @param serverDate  the answer's {@code Date} header, when present and valid
     * @param receivedAt  when the answer's headers arrived, by this computer's clock
     * @param retryAfter  the raw {@code Retry-After} header, when present
     * @param body        the body, when it was read completely (at most {@link ProbeCall#BODY_LIMIT} bytes)
     * @param bodyProblem why the body could not be read, when it was wanted but not read
     * @param location    the {@code Location} header (shortened), when present
     */
    record Answered(int code, Optional<Instant> serverDate, Instant receivedAt, Optional<String> retryAfter,
                    Optional<String> body, Optional<String> bodyProblem, PhaseTimings timings,
                    Optional<String> location) implements ProbeOutcome {}

    /**
     * No HTTP answer arrived.
     *
     * @param phase  the phase that failed or hung
     * @param reason what went wrong, in categories a person can act on
     * @param error  exception class and a short message, for the details
     */
    record Unreachable(Phase phase, Reason reason, String error, PhaseTimings timings) implements ProbeOutcome {

        /** Classifies a failed call; {@code activePhase} is the phase the call was in when it failed. */
        static Unreachable from(IOException failure, Phase activePhase, PhaseTimings timings) {
            Reason reason = Reason.of(failure);
            Phase phase = switch (reason) {
                case NAME_NOT_FOUND -> Phase.DNS;
                case UNTRUSTED_CERTIFICATE, TLS_FAILED -> Phase.TLS;
                default -> activePhase;
            };
            return new Unreachable(phase, reason, describe(failure), timings);
        }

        /** One plain sentence without a final period, e.g. "the connection to api.spotify.com was refused". */
        String sentence(String host) {
            return switch (reason) {
                case TIMED_OUT -> "no answer from " + host + " while " + phase.whilePhrase();
                case NAME_NOT_FOUND -> "the name " + host + " could not be looked up (DNS)";
                case REFUSED -> "the connection to " + host + " was refused";
                case CONNECT_FAILED -> "could not connect to " + host;
                case UNTRUSTED_CERTIFICATE -> "the certificate shown by " + host + " is not trusted by this computer,"
                        + " so no secure connection (TLS) was set up";
                case TLS_FAILED -> "the secure connection (TLS) to " + host + " could not be set up";
                case OTHER -> "the connection to " + host + " broke off while " + phase.whilePhrase();
            };
        }

        /** {@link #sentence(String)} as a phrase the window translates. */
        Phrase phrase(String host) {
            return switch (reason) {
                case TIMED_OUT -> Phrase.of("network.endpoint.timedOut", host, phase.whilePhraseKey());
                case NAME_NOT_FOUND -> Phrase.of("network.endpoint.nameNotFound", host);
                case REFUSED -> Phrase.of("network.endpoint.refused", host);
                case CONNECT_FAILED -> Phrase.of("network.endpoint.connectFailed", host);
                case UNTRUSTED_CERTIFICATE -> Phrase.of("network.endpoint.untrustedCertificate", host);
                case TLS_FAILED -> Phrase.of("network.endpoint.tlsFailed", host);
                case OTHER -> Phrase.of("network.endpoint.brokeOff", host, phase.whilePhraseKey());
            };
        }

        private static String describe(IOException failure) {
            String message = failure.getMessage();
            String text = failure.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
            return text.length() <= 200 ? text : text.substring(0, 199) + "…";
        }
    }

    /** Why no answer arrived. */
    enum Reason {
        TIMED_OUT, NAME_NOT_FOUND, REFUSED, CONNECT_FAILED, UNTRUSTED_CERTIFICATE, TLS_FAILED, OTHER;

        static Reason of(IOException failure) {
            if (failure instanceof InterruptedIOException) {
                return TIMED_OUT;
            }
            if (failure instanceof UnknownHostException) {
                return NAME_NOT_FOUND;
            }
            if (failure instanceof ConnectException) {
                return saysRefused(failure) ? REFUSED : CONNECT_FAILED;
            }
            if (failure instanceof SSLPeerUnverifiedException || causedBy(failure, CertificateException.class)) {
                return UNTRUSTED_CERTIFICATE;
            }
            if (failure instanceof SSLException) {
                return TLS_FAILED;
            }
            return OTHER;
        }

        /** OkHttp wraps the socket's ConnectException; the JDK's own message says "Connection refused". */
        private static boolean saysRefused(Throwable failure) {
            for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
                String message = t.getMessage();
                if (t instanceof ConnectException && message != null && message.toLowerCase(Locale.ROOT).contains("refused")) {
                    return true;
                }
            }
            return false;
        }

        private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
            for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (type.isInstance(t)) {
                    return true;
                }
            }
            return false;
        }
    }
}
