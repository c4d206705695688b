package io.github.doctor409.guide;

import java.util.List;
import java.util.Objects;

/**
 * A ladder step as planned for this machine and these results.
 *
 * @param needed   true when a check found evidence of a problem this step addresses
 * @param findings what was found, empty when the step is not needed
 */
public record PlannedStep(LadderStep step, boolean needed, List<Finding> findings, StepAction action) {

    public PlannedStep {
        Objects.requireNonNull(step, "step");
        findings = List.copyOf(findings);
        Objects.requireNonNull(action, "action");
    }

    /** What was found, as plain English lines. */
    public List<String> evidence() {
        return findings.stream().map(Finding::english).toList();
    }
}
