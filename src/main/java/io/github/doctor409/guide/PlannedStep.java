package io.github.doctor409.guide;

import java.util.List;
import java.util.Objects;

/**
 * A ladder step as planned for this machine and these results.
 *
 * @param needed   true when a check found evidence of a problem this step addresses
 * @param evidence plain lines saying what was found, empty when the step is not needed
 */
public record PlannedStep(LadderStep step, boolean needed, List<String> evidence, StepAction action) {

    public PlannedStep {
        Objects.requireNonNull(step, "step");
        evidence = List.copyOf(evidence);
        Objects.requireNonNull(action, "action");
    }
}
