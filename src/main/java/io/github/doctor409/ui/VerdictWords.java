package io.github.doctor409.ui;

/** The word on the verdict badge for the state of the whole diagnosis. */
final class VerdictWords {

    private VerdictWords() {}

    static String of(CardStatus status) {
        return switch (status) {
            case WAITING -> "Not started";
            case RUNNING -> "Checking";
            case PASS -> "All clear";
            case WARN -> "Warning";
            case FAIL -> "Problem found";
            case UNKNOWN, SKIPPED, ERROR -> "Not certain";
        };
    }
}
