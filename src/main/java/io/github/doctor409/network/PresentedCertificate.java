package io.github.doctor409.network;

import java.security.cert.CertificateException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The certificate a server showed when the secure connection failed, and what it most likely means in
 * plain words. Read by {@link CertificateReader} without trusting it.
 */
record PresentedCertificate(String subject, String issuer, Instant notBefore, Instant notAfter, List<String> names,
                            boolean selfIssued, int chainLength) {

    PresentedCertificate {
        names = List.copyOf(names);
    }

    /** What is wrong with it, most telling first. */
    enum Meaning { OUT_OF_DATE, OTHER_NAME, UNKNOWN_ISSUER }

    static PresentedCertificate of(X509Certificate[] chain) {
        X509Certificate leaf = chain[0];
        List<String> names = new ArrayList<>();
        try {
            if (leaf.getSubjectAlternativeNames() != null) {
                for (List<?> san : leaf.getSubjectAlternativeNames()) {
                    if (san.size() >= 2 && san.get(1) instanceof String name && names.size() < 20) {
                        names.add(name);
                    }
                }
            }
        } catch (CertificateParsingException e) {
            // no names then
        }
        String subject = shorten(leaf.getSubjectX500Principal().getName());
        String issuer = shorten(leaf.getIssuerX500Principal().getName());
        return new PresentedCertificate(subject, issuer, leaf.getNotBefore().toInstant(), leaf.getNotAfter().toInstant(),
                names, leaf.getSubjectX500Principal().equals(leaf.getIssuerX500Principal()), chain.length);
    }

    Meaning meaning(String host, Instant now) {
        if (now.isAfter(notAfter) || now.isBefore(notBefore)) {
            return Meaning.OUT_OF_DATE;
        }
        if (!covers(host)) {
            return Meaning.OTHER_NAME;
        }
        return Meaning.UNKNOWN_ISSUER;
    }

    /** One plain sentence, without a final period. */
    String explanation(String host, Instant now) {
        return switch (meaning(host, now)) {
            case OUT_OF_DATE -> now.isAfter(notAfter)
                    ? "by this computer's clock it expired on " + notAfter
                            + "; if the clock is wrong (see System clock), set it right first"
                    : "by this computer's clock it is not valid before " + notBefore
                            + "; this computer's clock is probably wrong (see System clock)";
            case OTHER_NAME -> "it is made out for another name (" + String.join(", ", names)
                    + "): something on this network answers in Spotify's place, such as a Wi-Fi sign-in page or a proxy";
            case UNKNOWN_ISSUER -> "it was issued by \"" + issuerName() + "\", which this computer does not trust:"
                    + " antivirus software or a company proxy that inspects secure connections usually causes this";
        };
    }

    /** {@link #explanation(String, Instant)} as a phrase the window translates. */
    io.github.doctor409.core.Phrase explanationPhrase(String host, Instant now) {
        return switch (meaning(host, now)) {
            case OUT_OF_DATE -> now.isAfter(notAfter)
                    ? io.github.doctor409.core.Phrase.of("network.certificate.expired", notAfter.toString())
                    : io.github.doctor409.core.Phrase.of("network.certificate.notYetValid", notBefore.toString());
            case OTHER_NAME -> io.github.doctor409.core.Phrase.of("network.certificate.otherName", String.join(", ", names));
            case UNKNOWN_ISSUER -> io.github.doctor409.core.Phrase.of("network.certificate.unknownIssuer", issuerName());
        };
    }

    Map<String, Object> asEvidence(String host, Instant now) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("subject", subject);
        map.put("issuer", issuer);
        map.put("notBefore", notBefore.toString());
        map.put("notAfter", notAfter.toString());
        map.put("names", names);
        map.put("selfIssued", selfIssued);
        map.put("chainLength", chainLength);
        map.put("meaning", meaning(host, now).name().toLowerCase(Locale.ROOT).replace('_', '-'));
        return map;
    }

    String describe() {
        return "subject " + subject + ", issuer " + issuer + ", valid " + notBefore + " to " + notAfter
                + (names.isEmpty() ? "" : ", names " + String.join(", ", names));
    }

    /** The issuer's common name when it has one, else the whole issuer. */
    private String issuerName() {
        for (String part : issuer.split(",")) {
            if (part.trim().toUpperCase(Locale.ROOT).startsWith("CN=")) {
                return part.trim().substring(3);
            }
        }
        return issuer;
    }

    private boolean covers(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        for (String name : names) {
            String n = name.toLowerCase(Locale.ROOT);
            if (n.equals(h) || (n.startsWith("*.") && h.endsWith(n.substring(1)) && h.indexOf('.') == h.length() - n.length() + 1)) {
                return true;
            }
        }
        return false;
    }

    private static String shorten(String text) {
        return text.length() <= 200 ? text : text.substring(0, 199) + "…";
    }

    /** Thrown by the recording trust manager after it kept the chain: nothing is ever trusted. */
    static final class Recorded extends CertificateException {
        Recorded() {
            super("certificate recorded, not trusted");
        }
    }
}
