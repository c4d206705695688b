package io.github.doctor409.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How the walkthrough ended, in plain lines a person reads or pastes into a support request.
 *
 * @param fixedBy the step after which the person said the problem was gone
 */
public record WalkthroughSummary(Outcome outcome, Optional<LadderStep> fixedBy, String headline, List<String> lines) {

    public enum Outcome { FIXED, OUT_OF_STEPS, NOTHING_TO_FIX }

    public WalkthroughSummary {
        lines = List.copyOf(lines);
    }

    static WalkthroughSummary fixed(LadderStep step, List<Walkthrough.StepRecord> history) {
        return new WalkthroughSummary(Outcome.FIXED, Optional.of(step),
                "Fixed: \"" + step.title() + "\" did it.", lines(history));
    }

    static WalkthroughSummary outOfSteps(List<Walkthrough.StepRecord> history) {
        return new WalkthroughSummary(Outcome.OUT_OF_STEPS, Optional.empty(),
                "No step fixed it yet. Send the report to Spotify support, or wait and monitor.", lines(history));
    }

    static WalkthroughSummary nothingToFix() {
        return new WalkthroughSummary(Outcome.NOTHING_TO_FIX, Optional.empty(),
                "No check found a problem, so no step is needed. You can still open any step.", List.of());
    }

    private static List<String> lines(List<Walkthrough.StepRecord> history) {
        List<String> lines = new ArrayList<>();
        for (Walkthrough.StepRecord record : history) {
            String verdict = switch (record.answer()) {
                case FIXED -> "fixed it";
                case NOT_FIXED -> "tried, did not fix it";
                case SKIPPED -> "skipped";
            };
            lines.add(record.step().title() + ": " + verdict + ".");
            record.actions().forEach(action -> lines.add("  - " + action));
        }
        return lines;
    }
}
