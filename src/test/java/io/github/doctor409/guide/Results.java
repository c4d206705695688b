package io.github.doctor409.guide;

import io.github.doctor409.core.CheckResult;
import io.github.doctor409.core.Fix;
import io.github.doctor409.core.FixContext;
import io.github.doctor409.core.FixOutcome;
import io.github.doctor409.core.Status;
import java.util.Map;
import java.util.Set;

/** Check results and fixes for walkthrough tests. */
final class Results {

    private Results() {}

    static CheckResult of(String id, Status status) {
        return CheckResult.of(id, title(id), status, title(id) + " is " + status.id() + ".").build();
    }

    static CheckResult rateLimited(String id, long seconds) {
        return CheckResult.of(id, title(id), Status.UNKNOWN, "Spotify asked us to slow down.")
                .evidence("api", Map.of("httpStatus", 429, "retryAfterSeconds", seconds))
                .fix("fix.retry")
                .build();
    }

    static CheckResult withFlavour(String id, Status status, String flavour) {
        return CheckResult.of(id, title(id), status, "x").evidence("flavour", flavour).build();
    }

    static String title(String id) {
        return switch (id) {
            case "network.services" -> "Spotify services";
            case "auth.token" -> "Sign-in";
            case "client.version" -> "Spotify app version";
            case "client.cache" -> "Local cache";
            case "system.clock" -> "System clock";
            default -> id;
        };
    }

    /** A fix that does nothing but say so. */
    record NamedFix(String id, String title) implements Fix {
        @Override
        public String describe() {
            return "Does " + title;
        }

        @Override
        public boolean changesDisk() {
            return false;
        }

        @Override
        public Set<String> rechecks() {
            return Set.of();
        }

        @Override
        public FixOutcome apply(FixContext context) {
            return new FixOutcome.Done(title + " done.");
        }
    }
}
