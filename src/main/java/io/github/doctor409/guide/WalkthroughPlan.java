package io.github.doctor409.guide;

import io.github.doctor409.core.CheckResult;
import io.github.doctor409.core.Fix;
import io.github.doctor409.core.FixCatalog;
import io.github.doctor409.core.OperatingSystem;
import io.github.doctor409.core.Status;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides, from the latest results, which ladder steps are needed, what each found, and what each can
 * do here: a real fix from the catalog when the build has one, otherwise steps by hand for this OS and
 * this install of the Spotify app.
 */
public final class WalkthroughPlan {

    private final FixCatalog catalog;
    private final OperatingSystem os;

    public WalkthroughPlan(FixCatalog catalog, OperatingSystem os) {
        this.catalog = catalog;
        this.os = os;
    }

    /** Every step in ladder order, each marked needed or not. */
    public List<PlannedStep> plan(Map<String, CheckResult> results) {
        StepInstructions instructions = new StepInstructions(os, flavour(results.values()));
        boolean anythingWrong = results.values().stream().anyMatch(r -> r.status().isProblem() || r.status().isIncomplete());
        List<PlannedStep> steps = new ArrayList<>();
        for (LadderStep step : LadderStep.values()) {
            List<Finding> evidence = evidence(step, results, anythingWrong);
            steps.add(new PlannedStep(step, !evidence.isEmpty(), evidence, action(step, instructions.forStep(step))));
        }
        return steps;
    }

    /** Needed steps first, each group in ladder order. */
    public List<PlannedStep> ordered(Map<String, CheckResult> results) {
        List<PlannedStep> all = plan(results);
        List<PlannedStep> ordered = new ArrayList<>(all.stream().filter(PlannedStep::needed).toList());
        ordered.addAll(all.stream().filter(s -> !s.needed()).toList());
        return ordered;
    }

    private List<Finding> evidence(LadderStep step, Map<String, CheckResult> results, boolean anythingWrong) {
        List<Finding> lines = new ArrayList<>();
        for (String id : step.checkIds()) {
            CheckResult result = results.get(id);
            if (result != null && result.status().isProblem()) {
                lines.add(new Finding.CheckProblem(result, Optional.empty()));
            }
        }
        switch (step) {
            case RETRY_LATER -> results.values().stream()
                    .filter(r -> r.status() == Status.UNKNOWN && (r.offersFix("fix.retry") || retryAfter(r.evidence()).isPresent()))
                    .forEach(r -> lines.add(new Finding.CheckProblem(r, retryAfter(r.evidence()))));
            case CONTACT_SUPPORT, WAIT_AND_MONITOR -> {
                if (anythingWrong) {
                    lines.add(new Finding.Note(step == LadderStep.CONTACT_SUPPORT
                            ? Sentence.of("guide.found.support",
                                    "Something is still wrong; the report tells support what 409 Doctor found.")
                            : Sentence.of("guide.found.monitor",
                                    "If the cause is on Spotify's side, it ends on its own; the monitor tells you when.")));
                }
            }
            default -> { }
        }
        return lines;
    }

    private StepAction action(LadderStep step, List<Instruction> instructions) {
        return switch (step) {
            case CONTACT_SUPPORT -> new StepAction.SendReport(StepAction.SUPPORT_PAGE, instructions);
            case WAIT_AND_MONITOR -> new StepAction.StartMonitor(instructions);
            default -> step.fixIds().stream()
                    .map(catalog::find)
                    .flatMap(Optional::stream)
                    .findFirst()
                    .<StepAction>map(fix -> runFix(fix, instructions))
                    .orElseGet(() -> new StepAction.FollowInstructions(instructions));
        };
    }

    private static StepAction runFix(Fix fix, List<Instruction> instructions) {
        return new StepAction.RunFix(fix.id(), fix.title(), fix.describe(), instructions);
    }

    /** The {@code flavour} word from the desktop checks' evidence, when one found the app. */
    static Optional<String> flavour(Collection<CheckResult> results) {
        return results.stream()
                .map(r -> r.evidence().get("flavour"))
                .filter(String.class::isInstance)
                .map(String.class::cast)
                .findFirst();
    }

    /** The largest {@code retryAfterSeconds} anywhere in the evidence, nested maps and lists included. */
    public static Optional<Long> retryAfter(Object evidence) {
        long[] max = {-1};
        collectRetryAfter(evidence, max);
        return max[0] < 0 ? Optional.empty() : Optional.of(max[0]);
    }

    private static void collectRetryAfter(Object value, long[] max) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                if ("retryAfterSeconds".equals(k) && v instanceof Number n) {
                    max[0] = Math.max(max[0], n.longValue());
                } else {
                    collectRetryAfter(v, max);
                }
            });
        } else if (value instanceof Collection<?> items) {
            items.forEach(item -> collectRetryAfter(item, max));
        }
    }
}
