package io.github.doctor409.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

/**
 * A PKCE code verifier and its S256 challenge (RFC 7636). The verifier is 43 characters of the
 * base64url alphabet (32 random bytes), inside the 43–128 unreserved characters the RFC allows.
 * {@link #toString()} never shows the verifier.
 */
public record PkcePair(String verifier, String challenge) {

    public static final String METHOD = "S256";

    private static final int VERIFIER_BYTES = 32;

    public PkcePair {
        Objects.requireNonNull(verifier, "verifier");
        Objects.requireNonNull(challenge, "challenge");
    }

    public static PkcePair generate(SecureRandom random) {
        byte[] bytes = new byte[VERIFIER_BYTES];
        random.nextBytes(bytes);
        String verifier = base64Url(bytes);
        return new PkcePair(verifier, challengeOf(verifier));
    }

    /** base64url(SHA-256(ASCII(verifier))) without padding. */
    public static String challengeOf(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return base64Url(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public String toString() {
        return "PkcePair[verifier=<redacted>, challenge=" + challenge + "]";
    }
}
