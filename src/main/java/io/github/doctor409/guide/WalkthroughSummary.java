package io.github.doctor409.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How the walkthrough ended, in plain lines a person reads or pastes into a support request: in English
 * through {@link #headline()} and {@link #lines()} (what {@code doctor409 guide} prints), and as
 * {@link Sentence}s for a window that translates.
 *
 * @param fixedBy the step after which the person said the problem was gone
 * @param history the steps tried, in order
 */
public record WalkthroughSummary(Outcome outcome, Optional<LadderStep> fixedBy, List<Walkthrough.StepRecord> history) {

    public enum Outcome { FIXED, OUT_OF_STEPS, NOTHING_TO_FIX }

    public WalkthroughSummary {
        history = List.copyOf(history);
    }

    static WalkthroughSummary fixed(LadderStep step, List<Walkthrough.StepRecord> history) {
        return new WalkthroughSummary(Outcome.FIXED, Optional.of(step), history);
    }

    static WalkthroughSummary outOfSteps(List<Walkthrough.StepRecord> history) {
        return new WalkthroughSummary(Outcome.OUT_OF_STEPS, Optional.empty(), history);
    }

    static WalkthroughSummary nothingToFix() {
        return new WalkthroughSummary(Outcome.NOTHING_TO_FIX, Optional.empty(), List.of());
    }

    public Sentence headlinePhrase() {
        return switch (outcome) {
            case FIXED -> Sentence.of("guide.summary.fixed", "Fixed: \"" + fixedBy.orElseThrow().title() + "\" did it.",
                    fixedBy.orElseThrow());
            case OUT_OF_STEPS -> Sentence.of("guide.summary.outOfSteps",
                    "No step fixed it yet. Send the report to Spotify support, or wait and monitor.");
            case NOTHING_TO_FIX -> Sentence.of("guide.summary.nothingToFix",
                    "No check found a problem, so no step is needed. You can still open any step.");
        };
    }

    /** Per step tried: how it ended, then what was done there, indented. */
    public List<Sentence> linePhrases() {
        List<Sentence> lines = new ArrayList<>();
        for (Walkthrough.StepRecord record : history) {
            String title = record.step().title();
            lines.add(switch (record.answer()) {
                case FIXED -> Sentence.of("guide.summary.stepFixed", title + ": fixed it.", record.step());
                case NOT_FIXED -> Sentence.of("guide.summary.stepNotFixed", title + ": tried, did not fix it.", record.step());
                case SKIPPED -> Sentence.of("guide.summary.stepSkipped", title + ": skipped.", record.step());
            });
            record.actions().forEach(action -> lines.add(Sentence.of("guide.summary.action", "  - " + action.english(), action)));
        }
        return lines;
    }

    public String headline() {
        return headlinePhrase().english();
    }

    public List<String> lines() {
        return linePhrases().stream().map(Sentence::english).toList();
    }
}
