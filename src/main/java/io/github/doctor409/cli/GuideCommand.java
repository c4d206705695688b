package io.github.doctor409.cli;

import io.github.doctor409.app.AppContext;
import io.github.doctor409.core.CheckResult;
import io.github.doctor409.core.DeadlinePolicy;
import io.github.doctor409.core.DiagnosisListener;
import io.github.doctor409.core.Fix;
import io.github.doctor409.core.FixContext;
import io.github.doctor409.core.FixOutcome;
import io.github.doctor409.guide.Instruction;
import io.github.doctor409.guide.PlannedStep;
import io.github.doctor409.guide.StepAction;
import io.github.doctor409.guide.Walkthrough;
import io.github.doctor409.guide.WalkthroughPlan;
import io.github.doctor409.guide.WalkthroughSummary;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;

/**
 * {@code doctor409 guide}: the walkthrough in the terminal, one step at a time, answered by typing a
 * letter and Enter. Reads its answers from standard input, so it also works with piped input.
 */
@Command(name = "guide", mixinStandardHelpOptions = true,
        description = "Walks through the fix ladder step by step, starting with what the checks found.")
final class GuideCommand implements Callable<Integer> {

    static final String KEYS = "[f] do it  [c] check again  [y] fixed  [n] not fixed  [s] skip  [l] list  [o N] open step N  "
            + "[r] restart  [q] quit";

    private final CliEnvironment env;
    private PrintWriter out;

    GuideCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws IOException, InterruptedException, ExecutionException {
        out = env.out();
        BufferedReader in = env.in();
        try (AppContext app = env.appFactory().apply(DeadlinePolicy.defaults())) {
            out.println("409 Doctor — guided fix. Checking first…");
            out.flush();
            Walkthrough walkthrough = new Walkthrough(new WalkthroughPlan(app.fixes(), env.host().os()), runChecks(app, Set.of()));
            list(walkthrough);
            Walkthrough.Position shown = null;
            while (true) {
                if (walkthrough.position() != shown) {
                    show(walkthrough);
                    shown = walkthrough.position();
                }
                out.print("> ");
                out.flush();
                String line = in.readLine();
                if (line == null || line.trim().equalsIgnoreCase("q")) {
                    out.println();
                    out.println("Stopped. Run 'doctor409 guide' again any time.");
                    return walkthrough.isFinished() ? ExitCode.NOTHING_TO_FIX : ExitCode.INCOMPLETE;
                }
                if (!handle(line.trim().toLowerCase(Locale.ROOT), walkthrough, app, in)) {
                    return ExitCode.NOTHING_TO_FIX;
                }
            }
        }
    }

    /** One answer; false when the walkthrough is over and the person said so. */
    private boolean handle(String answer, Walkthrough w, AppContext app, BufferedReader in)
            throws IOException, InterruptedException, ExecutionException {
        switch (answer.isEmpty() ? "" : answer.substring(0, 1)) {
            case "f" -> doIt(w, app, in);
            case "c" -> {
                Set<String> ids = w.checksToRepeat();
                w.checkedAgain(ids.isEmpty() ? List.of() : runChecks(app, ids));
                out.println(w.currentStepLooksResolved() ? "The checks for this step pass now. Did this fix it? Type y or n."
                        : "The checks still show a problem here.");
            }
            case "y" -> w.answerFixed();
            case "n" -> w.answerNotFixed();
            case "s" -> w.skip();
            case "l" -> list(w);
            case "r" -> w.restart(runChecks(app, Set.of()));
            case "o" -> open(w, answer.substring(1).trim());
            default -> out.println("Type one of: " + KEYS);
        }
        if (w.isFinished() && (answer.startsWith("y") || answer.startsWith("n") || answer.startsWith("s"))) {
            show(w);
            return false;
        }
        return true;
    }

    private void open(Walkthrough w, String number) {
        try {
            int n = Integer.parseInt(number);
            if (n >= 1 && n <= w.steps().size()) {
                w.open(w.steps().get(n - 1).step());
                return;
            }
        } catch (NumberFormatException e) {
            // fall through to the hint
        }
        out.println("Open which step? Type o and a number from 1 to " + w.steps().size() + ", e.g. o 3.");
    }

    private void doIt(Walkthrough w, AppContext app, BufferedReader in)
            throws IOException, InterruptedException, ExecutionException {
        PlannedStep step = w.current().orElse(null);
        if (step == null) {
            out.println("Open a step first (l lists them).");
            return;
        }
        if (step.action() instanceof StepAction.RunFix run && app.fixes().find(run.fixId()).isPresent()) {
            Fix fix = app.fixes().find(run.fixId()).get();
            out.println(fix.describe());
            if (fix.changesDisk()) {
                out.print("This changes files on disk. Go ahead? [y/N] ");
                out.flush();
                String yes = in.readLine();
                if (yes == null || !yes.trim().toLowerCase(Locale.ROOT).startsWith("y")) {
                    out.println("Not done.");
                    return;
                }
            }
            FixOutcome outcome = apply(fix);
            out.println(outcome.message());
            w.recordAction(Walkthrough.ranFix(fix.id(), fix.title(), outcome));
            if (!fix.rechecks().isEmpty()) {
                w.checkedAgain(runChecks(app, fix.rechecks()));
            }
            out.println("Did this fix it? Type y or n (c checks again).");
            return;
        }
        out.println("Do these steps yourself:");
        printInstructions(step.action().instructions());
        w.recordAction(Walkthrough.followedSteps(step.step()));
        out.println("Then type c to check again, or y / n.");
    }

    private FixOutcome apply(Fix fix) {
        try {
            return fix.apply(new FixContext() {
                @Override
                public void progress(double fraction, String message) {
                    env.err().println("  … " + message);
                    env.err().flush();
                }

                @Override
                public boolean isCancelled() {
                    return Thread.currentThread().isInterrupted();
                }
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new FixOutcome.Cancelled("Stopped.");
        } catch (Exception e) {
            return new FixOutcome.Failed("The fix did not work (" + e.getClass().getSimpleName() + ").");
        }
    }

    private List<CheckResult> runChecks(AppContext app, Set<String> ids) throws InterruptedException, ExecutionException {
        Set<String> existing = app.diagnosis().checks().stream().map(c -> c.id()).filter(id -> ids.isEmpty() || ids.contains(id))
                .collect(Collectors.toSet());
        if (!ids.isEmpty() && existing.isEmpty()) {
            return List.of();
        }
        return app.diagnosis().start(ids.isEmpty() ? Set.of() : existing, Map.of(), DiagnosisListener.NONE)
                .report().get().results();
    }

    private void list(Walkthrough w) {
        out.println();
        out.println("Steps (needed first):");
        List<PlannedStep> steps = w.steps();
        for (int i = 0; i < steps.size(); i++) {
            PlannedStep step = steps.get(i);
            out.printf(Locale.ROOT, "  %2d. %s%s%n", i + 1, step.step().title(), step.needed() ? "" : "  (not needed)");
        }
    }

    private void show(Walkthrough w) {
        out.println();
        if (w.position() instanceof Walkthrough.Position.Finished finished) {
            WalkthroughSummary summary = finished.summary();
            out.println(summary.headline());
            summary.lines().forEach(line -> out.println("  " + line));
            if (summary.outcome() != WalkthroughSummary.Outcome.FIXED) {
                out.println("Type o and a number to open a step, l to list them, r to check again from the start, q to quit.");
            }
            out.flush();
            return;
        }
        Walkthrough.Position.AtStep at = (Walkthrough.Position.AtStep) w.position();
        PlannedStep step = at.step();
        out.printf(Locale.ROOT, "Step %d of %d: %s%s%n", at.number(), at.total(), step.step().title(),
                step.needed() ? "" : "  (not needed: no check found a problem here)");
        out.println("What: " + step.step().what());
        out.println("Why:  " + step.step().why());
        if (!step.evidence().isEmpty()) {
            out.println("Found:");
            step.evidence().forEach(line -> out.println("  - " + line));
        }
        out.println("Action: " + actionLine(step.action()));
        out.println(KEYS);
        out.flush();
    }

    private static String actionLine(StepAction action) {
        if (action instanceof StepAction.RunFix run) {
            return "f runs \"" + run.label() + "\" — " + run.description();
        }
        if (action instanceof StepAction.SendReport send) {
            return "f shows how to send the report to " + send.supportPage();
        }
        if (action instanceof StepAction.StartMonitor) {
            return "f shows how to wait and monitor.";
        }
        return "f shows the steps to do by hand.";
    }

    private void printInstructions(List<Instruction> instructions) {
        int n = 1;
        for (Instruction instruction : instructions) {
            out.printf(Locale.ROOT, "  %d. %s%n", n++, instruction.text());
            instruction.command().ifPresent(command -> out.println("       " + command));
        }
    }
}
