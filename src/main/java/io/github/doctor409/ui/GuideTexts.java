package io.github.doctor409.ui;

import io.github.doctor409.guide.Finding;
import io.github.doctor409.guide.LadderStep;
import io.github.doctor409.guide.Sentence;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * The walkthrough's sentences in the window's language. The {@code guide} package speaks English and
 * names each sentence with a stable key ({@link Sentence}); here the key is looked up in the
 * {@code windows} bundle under {@code windows.} + key, and the words of checks and fixes inside go
 * through {@link CheckTexts}. Read at each call: bind through {@link Messages#text} to follow a switch.
 */
final class GuideTexts {

    private static final String PREFIX = "windows.";

    private final CheckTexts checks;
    private final Messages messages;

    GuideTexts(CheckTexts checks) {
        this.checks = checks;
        this.messages = checks.messages();
    }

    Messages messages() {
        return messages;
    }

    CheckTexts checks() {
        return checks;
    }

    String text(Sentence phrase) {
        if (phrase.isLiteral()) {
            return phrase.english();
        }
        Object[] args = phrase.args().stream().map(this::resolve).toArray();
        return messages.get(PREFIX + phrase.key(), args);
    }

    String title(LadderStep step) {
        return messages.get(PREFIX + step.key("title"));
    }

    String what(LadderStep step) {
        return messages.get(PREFIX + step.key("what"));
    }

    String why(LadderStep step) {
        return messages.get(PREFIX + step.key("why"));
    }

    String finding(Finding finding) {
        if (finding instanceof Finding.CheckProblem problem) {
            String title = checks.title(problem.result().id(), problem.result().title());
            String summary = checks.summary(problem.result());
            return problem.retryAfterSeconds()
                    .map(seconds -> messages.get("windows.walk.found.retryAfter", title, summary, seconds))
                    .orElseGet(() -> messages.get("windows.walk.found.check", title, summary));
        }
        return text(((Finding.Note) finding).phrase());
    }

    private Object resolve(Object arg) {
        if (arg instanceof Sentence phrase) {
            return text(phrase);
        }
        if (arg instanceof LadderStep step) {
            return title(step);
        }
        if (arg instanceof Sentence.CheckTitle title) {
            return checks.title(title.checkId(), title.english());
        }
        if (arg instanceof Sentence.CheckSummary summary) {
            return checks.summary(summary.result());
        }
        if (arg instanceof Sentence.FixTitle fix) {
            return checks.fixTitle(fix.fixId(), fix.english());
        }
        if (arg instanceof Sentence.FixResult result) {
            return checks.outcome(result.fixId(), result.outcome());
        }
        if (arg instanceof Collection<?> items) {
            return items.stream().map(this::resolve).map(String::valueOf)
                    .collect(Collectors.joining(messages.get("windows.list.separator")));
        }
        return arg;
    }
}
