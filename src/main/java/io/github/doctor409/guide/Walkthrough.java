package io.github.doctor409.guide;

import io.github.doctor409.core.CheckResult;
import io.github.doctor409.core.FixOutcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The guided fix walkthrough as a plain state machine, shared by the window and {@code doctor409 guide}.
 * Steps with evidence come first, the rest are marked not needed and can still be opened. At a step the
 * person acts, may check again, and answers "Did this fix it?": yes ends with a summary, no moves to the
 * next needed step not yet tried; skipping moves on too. When no needed step is left, the walkthrough
 * ends without a fix. Not thread-safe: drive it from one thread.
 */
public final class Walkthrough {

    /** How a step ended. */
    public enum Answer { FIXED, NOT_FIXED, SKIPPED }

    /** One step as it was tried, with what was done there. */
    public record StepRecord(LadderStep step, Answer answer, List<Sentence> actions) {
        public StepRecord {
            actions = List.copyOf(actions);
        }
    }

    /** Where the walkthrough stands. */
    public sealed interface Position {
        /** At a step; {@code number} counts from 1 within {@link #steps()}. */
        record AtStep(PlannedStep step, int number, int total) implements Position {}

        record Finished(WalkthroughSummary summary) implements Position {}
    }

    private final WalkthroughPlan plan;
    private final Map<String, CheckResult> results = new LinkedHashMap<>();
    private List<PlannedStep> steps;
    private final List<StepRecord> history = new ArrayList<>();
    private final List<Sentence> actionsHere = new ArrayList<>();
    private Position position;

    public Walkthrough(WalkthroughPlan plan, List<CheckResult> results) {
        this.plan = plan;
        restart(results);
    }

    // ---- state ----

    /** Every step: needed ones first, then the rest, each in ladder order. */
    public List<PlannedStep> steps() {
        return steps;
    }

    public Position position() {
        return position;
    }

    public Optional<PlannedStep> current() {
        return position instanceof Position.AtStep at ? Optional.of(at.step()) : Optional.empty();
    }

    public boolean isFinished() {
        return position instanceof Position.Finished;
    }

    public List<StepRecord> history() {
        return List.copyOf(history);
    }

    /** What was done at the current step so far, in English. */
    public List<String> actionsHere() {
        return actionsHere.stream().map(Sentence::english).toList();
    }

    public Map<String, CheckResult> results() {
        return Map.copyOf(results);
    }

    /** The checks "Check again" re-runs for the current step: its own, or the network and sign-in ones. */
    public Set<String> checksToRepeat() {
        Set<String> ids = new LinkedHashSet<>();
        current().ifPresent(step -> {
            step.step().checkIds().stream().filter(results::containsKey).forEach(ids::add);
            if (ids.isEmpty()) {
                results.values().stream()
                        .filter(r -> r.status().isProblem() || r.status().isIncomplete())
                        .map(CheckResult::id)
                        .forEach(ids::add);
            }
        });
        return ids;
    }

    /** True when the current step's checks (or, for a step without checks, all checks) show no problem. */
    public boolean currentStepLooksResolved() {
        return current().map(step -> {
            List<String> own = step.step().checkIds().stream().filter(results::containsKey).toList();
            return (own.isEmpty() ? results.values().stream() : own.stream().map(results::get))
                    .noneMatch(r -> r.status().isProblem() || r.status().isIncomplete());
        }).orElse(false);
    }

    // ---- commands ----

    /** Opens any step, needed or not. */
    public void open(LadderStep step) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).step() == step) {
                if (current().map(c -> c.step() != step).orElse(true)) {
                    actionsHere.clear();
                }
                position = new Position.AtStep(steps.get(i), i + 1, steps.size());
                return;
            }
        }
    }

    /** Notes what the person or a fix did at the current step, for the summary. */
    public void recordAction(Sentence what) {
        if (current().isPresent()) {
            actionsHere.add(what);
        }
    }

    /** Notes something in words that stay as they are in every language. */
    public void recordAction(String what) {
        recordAction(Sentence.literal(what));
    }

    /** "Ran "Sign in again": …" — for {@link #recordAction(Sentence)}. */
    public static Sentence ranFix(String fixId, String fixTitle, FixOutcome outcome) {
        return Sentence.of("guide.action.ranFix", "Ran \"" + fixTitle + "\": " + outcome.message(),
                new Sentence.FixTitle(fixId, fixTitle), new Sentence.FixResult(fixId, outcome));
    }

    public static Sentence followedSteps(LadderStep step) {
        return Sentence.of("guide.action.followed", "Followed the steps for \"" + step.title() + "\"", step);
    }

    public static Sentence openedReport() {
        return Sentence.of("guide.action.openedReport", "Opened the report to send to Spotify support");
    }

    public static Sentence watchedMonitor() {
        return Sentence.of("guide.action.watchedMonitor", "Watched the monitor");
    }

    /**
     * Takes fresh results in ("Check again" or a fix's re-checks). Needed marks and evidence update; the
     * order of the steps stays as it was, so nothing jumps under the person's eyes.
     */
    public void checkedAgain(List<CheckResult> fresh) {
        fresh.forEach(r -> results.put(r.id(), r));
        Map<LadderStep, PlannedStep> updated = new LinkedHashMap<>();
        plan.plan(results).forEach(s -> updated.put(s.step(), s));
        steps = steps.stream().map(s -> updated.get(s.step())).toList();
        if (position instanceof Position.AtStep at) {
            position = new Position.AtStep(updated.get(at.step().step()), at.number(), at.total());
        }
        recordAction(describe(fresh));
    }

    /** "Did this fix it?" — yes. */
    public void answerFixed() {
        current().ifPresent(step -> {
            history.add(new StepRecord(step.step(), Answer.FIXED, actionsHere));
            actionsHere.clear();
            position = new Position.Finished(WalkthroughSummary.fixed(step.step(), history));
        });
    }

    /** "Did this fix it?" — no: on to the next needed step not tried yet. */
    public void answerNotFixed() {
        leave(Answer.NOT_FIXED);
    }

    /** Leaves the current step without trying it. */
    public void skip() {
        leave(Answer.SKIPPED);
    }

    /** Starts over with new results: a fresh order, an empty history. */
    public void restart(List<CheckResult> fresh) {
        results.clear();
        fresh.forEach(r -> results.put(r.id(), r));
        steps = plan.ordered(results);
        history.clear();
        actionsHere.clear();
        position = steps.stream().filter(PlannedStep::needed).findFirst()
                .<Position>map(first -> new Position.AtStep(first, 1, steps.size()))
                .orElseGet(() -> new Position.Finished(WalkthroughSummary.nothingToFix()));
    }

    private void leave(Answer answer) {
        if (!(position instanceof Position.AtStep at)) {
            return;
        }
        history.add(new StepRecord(at.step().step(), answer, actionsHere));
        actionsHere.clear();
        Optional<Integer> next = nextUntried(at.number() - 1);
        position = next.<Position>map(i -> new Position.AtStep(steps.get(i), i + 1, steps.size()))
                .orElseGet(() -> new Position.Finished(WalkthroughSummary.outOfSteps(history)));
    }

    /** The next needed step after {@code from} not tried yet, else the first such step before it. */
    private Optional<Integer> nextUntried(int from) {
        Set<LadderStep> tried = new LinkedHashSet<>();
        history.forEach(r -> tried.add(r.step()));
        for (int pass = 0; pass < 2; pass++) {
            for (int i = pass == 0 ? from + 1 : 0; i < steps.size(); i++) {
                PlannedStep step = steps.get(i);
                if (step.needed() && !tried.contains(step.step())) {
                    return Optional.of(i);
                }
            }
        }
        return Optional.empty();
    }

    private static Sentence describe(List<CheckResult> fresh) {
        if (fresh.isEmpty()) {
            return Sentence.of("guide.action.checkedNothing", "Checked again: nothing to re-run");
        }
        List<Sentence> each = fresh.stream().map(Walkthrough::checked).toList();
        return Sentence.of("guide.action.checkedAgain",
                "Checked again: " + String.join(", ", each.stream().map(Sentence::english).toList()), each);
    }

    private static Sentence checked(CheckResult r) {
        Sentence.CheckTitle title = new Sentence.CheckTitle(r.id(), r.title());
        return switch (r.status()) {
            case PASS -> Sentence.of("guide.recheck.pass", r.title() + " passed", title);
            case WARN -> Sentence.of("guide.recheck.warn", r.title() + " warns", title);
            case FAIL -> Sentence.of("guide.recheck.fail", r.title() + " still fails", title);
            case UNKNOWN -> Sentence.of("guide.recheck.unknown", r.title() + " could not be verified", title);
            case SKIPPED -> Sentence.of("guide.recheck.skipped", r.title() + " was skipped", title);
            case ERROR -> Sentence.of("guide.recheck.error", r.title() + " hit an error", title);
        };
    }
}
