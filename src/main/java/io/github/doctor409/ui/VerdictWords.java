package io.github.doctor409.ui;

/** The word on the verdict badge for the state of the whole diagnosis, as a key of the {@code main} texts. */
final class VerdictWords {

    private VerdictWords() {}

    static String key(CardStatus status) {
        return switch (status) {
            case WAITING -> "main.verdict.waiting";
            case RUNNING -> "main.verdict.running";
            case PASS -> "main.verdict.pass";
            case WARN -> "main.verdict.warn";
            case FAIL -> "main.verdict.fail";
            case UNKNOWN, SKIPPED, ERROR -> "main.verdict.uncertain";
        };
    }

    static String of(CardStatus status, Messages messages) {
        return messages.get(key(status));
    }
}
