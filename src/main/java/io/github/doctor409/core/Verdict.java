package io.github.doctor409.core;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The likely cause: the first problem in causal order (network, clock, sign-in, plan and modified app,
 * version, cache, devices), stated in one plain sentence with the evidence behind it.
 *
 * @param status      pass, warn, fail or unknown: the state of the whole diagnosis
 * @param likelyCause id of the check that names the likely cause, or empty when nothing is wrong
 * @param headline    one sentence a listener understands
 * @param evidence    the lines that support the headline
 */
public record Verdict(Status status, Optional<String> likelyCause, String headline, List<String> evidence) {

    /** Check ids from the most upstream cause to the most downstream. */
    public static final List<String> CAUSAL_ORDER = List.of(
            "network.proxy",
            "network.dns",
            "network.services",
            "network.accesspoints",
            "system.clock",
            "auth.token",
            "auth.scopes",
            "account.plan",
            "client.integrity",
            "client.install",
            "client.version",
            "client.cache",
            "account.devices");

    private static final int MAX_EVIDENCE = 4;

    public Verdict {
        evidence = List.copyOf(evidence);
    }

    public static Verdict of(List<CheckResult> results) {
        Optional<CheckResult> failure = firstInCausalOrder(results, Status.FAIL);
        if (failure.isPresent()) {
            return naming(Status.FAIL, failure.get());
        }
        Optional<CheckResult> warning = firstInCausalOrder(results, Status.WARN);
        boolean incomplete = results.stream().anyMatch(r -> r.status().isIncomplete());
        if (warning.isPresent()) {
            return naming(incomplete ? Status.UNKNOWN : Status.WARN, warning.get());
        }
        if (incomplete) {
            List<String> unverified = results.stream()
                    .filter(r -> r.status().isIncomplete())
                    .map(r -> r.title() + ": " + r.summary())
                    .toList();
            return new Verdict(Status.UNKNOWN, Optional.empty(),
                    "No problem found so far, but some checks could not finish, so the cause is not certain yet.",
                    unverified.subList(0, Math.min(MAX_EVIDENCE, unverified.size())));
        }
        return new Verdict(Status.PASS, Optional.empty(),
                results.isEmpty() ? "No checks ran." : "No problem found: every check that applies here passed.",
                List.of());
    }

    private static Verdict naming(Status status, CheckResult cause) {
        List<String> evidence = cause.details().subList(0, Math.min(MAX_EVIDENCE, cause.details().size()));
        return new Verdict(status, Optional.of(cause.id()), cause.summary(), evidence);
    }

    private static Optional<CheckResult> firstInCausalOrder(List<CheckResult> results, Status status) {
        return results.stream()
                .filter(r -> r.status() == status)
                .min(Comparator.comparingInt(Verdict::causalRank));
    }

    private static int causalRank(CheckResult result) {
        int rank = CAUSAL_ORDER.indexOf(result.id());
        return rank < 0 ? CAUSAL_ORDER.size() : rank;
    }
}
