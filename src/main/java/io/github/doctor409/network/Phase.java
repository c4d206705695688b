package io.github.doctor409.network;

import java.util.Locale;

/** The stages of one HTTPS request, in the order they happen. */
public enum Phase {
    /** Looking up the host name. */
    DNS("looking up its name (DNS)", "name lookup"),
    /** Opening the TCP connection. */
    CONNECT("connecting", "connecting"),
    /** The TLS handshake that secures the connection. */
    TLS("setting up the secure connection (TLS)", "TLS handshake"),
    /** Sending the request and waiting for the answer. */
    HTTP("waiting for its answer (HTTP)", "HTTP answer");

    private final String whilePhrase;
    private final String shortName;

    Phase(String whilePhrase, String shortName) {
        this.whilePhrase = whilePhrase;
        this.shortName = shortName;
    }

    /** The word used in evidence and details: dns, connect, tls, http. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Completes "no answer from X while …", e.g. "setting up the secure connection (TLS)". */
    public String whilePhrase() {
        return whilePhrase;
    }

    /** {@link #whilePhrase()} as a phrase the window translates. */
    public io.github.doctor409.core.Phrase whilePhraseKey() {
        return switch (this) {
            case DNS -> io.github.doctor409.core.Phrase.of("network.phase.dns.while");
            case CONNECT -> io.github.doctor409.core.Phrase.of("network.phase.connect.while");
            case TLS -> io.github.doctor409.core.Phrase.of("network.phase.tls.while");
            case HTTP -> io.github.doctor409.core.Phrase.of("network.phase.http.while");
        };
    }

    /** A short label such as "TLS handshake", for "waiting for" descriptions. */
    public String shortName() {
        return shortName;
    }
}
