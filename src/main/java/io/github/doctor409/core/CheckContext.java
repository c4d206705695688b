package io.github.doctor409.core;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** What a running check may know about its run: its deadline, its dependencies' results, cancellation. */
public interface CheckContext {

    /** The instant by which the check must have returned. */
    Instant deadline();

    /** Time left until {@link #deadline()}, never negative. */
    Duration remaining();

    /** The result of a check named in {@link Check#dependsOn()}; empty when that check is not in this run. */
    Optional<CheckResult> resultOf(String checkId);

    /** Results of all dependencies that are in this run. */
    Map<String, CheckResult> dependencies();

    /** Records what the check waits for now, e.g. "TLS handshake with api.spotify.com". */
    void waitingFor(String what);

    boolean isCancelled();
}
