package io.github.doctor409.core;

import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * A fix that writes to the log when it is applied and how it ended: the fix's id, the kind of outcome
 * and the time taken. The outcome's message is not logged (it may name folders or an account); an
 * exception is logged with its type only.
 */
final class LoggedFix implements Fix {

    private static final System.Logger LOG = System.getLogger(LoggedFix.class.getName());

    private final Fix fix;

    LoggedFix(Fix fix) {
        this.fix = fix;
    }

    @Override
    public String id() {
        return fix.id();
    }

    @Override
    public String title() {
        return fix.title();
    }

    @Override
    public String describe() {
        return fix.describe();
    }

    @Override
    public boolean changesDisk() {
        return fix.changesDisk();
    }

    @Override
    public Set<String> rechecks() {
        return fix.rechecks();
    }

    @Override
    public FixOutcome apply(FixContext context) throws Exception {
        LOG.log(System.Logger.Level.INFO, "Fix " + fix.id() + " applied" + (fix.changesDisk() ? " (changes files)" : ""));
        long started = System.nanoTime();
        try {
            FixOutcome outcome = fix.apply(context);
            LOG.log(System.Logger.Level.INFO, "Fix " + fix.id() + " ended: " + kind(outcome) + " after " + since(started) + " ms");
            return outcome;
        } catch (Exception | Error e) {
            LOG.log(System.Logger.Level.WARNING, "Fix " + fix.id() + " crashed after " + since(started) + " ms: "
                    + e.getClass().getName());
            throw e;
        }
    }

    static String kind(FixOutcome outcome) {
        if (outcome instanceof FixOutcome.Done) {
            return "done";
        }
        if (outcome instanceof FixOutcome.Refused) {
            return "refused";
        }
        if (outcome instanceof FixOutcome.Cancelled) {
            return "cancelled";
        }
        return outcome instanceof FixOutcome.Failed ? "failed" : "no outcome";
    }

    private static long since(long started) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    }
}
