package io.github.doctor409.guide;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Exponential backoff with jitter, bounded in attempts and in total time. Spotify's Retry-After is a
 * floor: a wait is never shorter than what Spotify asked for.
 *
 * @param jitter share of each wait that is random, 0 to 1: a wait lies between {@code base * (1 - jitter)}
 *               and {@code base}, so many clients do not all ask again at the same moment
 */
public record Backoff(int maxAttempts, Duration firstDelay, double factor, Duration maxDelay, Duration maxTotal,
                      double jitter) {

    /** Five attempts, 2 s doubling up to 60 s, at most three minutes in all, a quarter of each wait random. */
    public static final Backoff DEFAULT =
            new Backoff(5, Duration.ofSeconds(2), 2.0, Duration.ofSeconds(60), Duration.ofMinutes(3), 0.25);

    public Backoff {
        if (maxAttempts < 1 || maxAttempts > 20) {
            throw new IllegalArgumentException("maxAttempts must be 1 to 20, not " + maxAttempts);
        }
        Objects.requireNonNull(firstDelay, "firstDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        Objects.requireNonNull(maxTotal, "maxTotal");
        if (factor < 1 || jitter < 0 || jitter > 1 || firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("Backoff needs factor >= 1, jitter in [0, 1] and maxDelay >= firstDelay");
        }
    }

    /**
     * The wait after {@code failedAttempts} attempts (1 after the first).
     *
     * @param random a number in [0, 1)
     */
    public Duration delayAfter(int failedAttempts, Optional<Duration> retryAfter, double random) {
        double base = firstDelay.toMillis() * Math.pow(factor, Math.max(0, failedAttempts - 1));
        double capped = Math.min(base, maxDelay.toMillis());
        long jittered = Math.round(capped * (1 - jitter) + capped * jitter * random);
        Duration delay = Duration.ofMillis(jittered);
        return retryAfter.filter(floor -> floor.compareTo(delay) > 0).orElse(delay);
    }
}
