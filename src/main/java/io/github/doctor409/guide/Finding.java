package io.github.doctor409.guide;

import io.github.doctor409.core.CheckResult;
import java.util.Objects;
import java.util.Optional;

/** One line of what the checks found at a ladder step, with the English line {@code doctor409 guide} prints. */
public sealed interface Finding {

    /** The line in English. */
    String english();

    /** A check found a problem; Spotify may have said how long to wait before asking again. */
    record CheckProblem(CheckResult result, Optional<Long> retryAfterSeconds) implements Finding {
        public CheckProblem {
            Objects.requireNonNull(result, "result");
            Objects.requireNonNull(retryAfterSeconds, "retryAfterSeconds");
        }

        @Override
        public String english() {
            return result.title() + ": " + result.summary()
                    + retryAfterSeconds.map(s -> " (Spotify asked to wait " + s + " s.)").orElse("");
        }
    }

    /** A general remark, e.g. why contacting support may help now. */
    record Note(Sentence phrase) implements Finding {
        @Override
        public String english() {
            return phrase.english();
        }
    }
}
