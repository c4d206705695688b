package io.github.doctor409.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.github.doctor409.app.AppContext;
import io.github.doctor409.core.DeadlinePolicy;
import io.github.doctor409.core.FixContext;
import io.github.doctor409.core.FixOutcome;
import io.github.doctor409.desktop.CacheLayout;
import io.github.doctor409.desktop.CachePlan;
import io.github.doctor409.desktop.CacheQuarantine;
import io.github.doctor409.desktop.ClearCacheFix;
import io.github.doctor409.desktop.QuarantineIndex;
import io.github.doctor409.desktop.QuarantineRecord;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code doctor409 cache plan [--json] | clear [--yes] | undo [ID] | list | purge ID|--expired} (DESIGN §5).
 * Exit codes: 0 done, 1 declined or refused (nothing changed), 2 failed or stopped part-way (undo puts
 * back what moved).
 */
@Command(name = "cache", mixinStandardHelpOptions = true,
        description = "Shows, clears and restores the Spotify app's streaming cache. Offline downloads, settings and "
                + "login are never touched; a clear can be undone for 14 days.",
        subcommands = {CacheCommand.Plan.class, CacheCommand.Clear.class, CacheCommand.Undo.class,
                CacheCommand.ListQuarantines.class, CacheCommand.Purge.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:declined or refused, nothing changed", "2:failed or stopped part-way (undo puts back what moved)",
                "64:usage error", "70:internal error"})
final class CacheCommand implements Runnable {

    static final int DONE = 0;
    static final int REFUSED = 1;
    static final int FAILED = 2;

    private final CliEnvironment env;

    CacheCommand(CliEnvironment env) {
        this.env = env;
    }

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing a cache command: plan, clear or undo.");
    }

    AppContext app() {
        return env.appFactory().apply(DeadlinePolicy.defaults());
    }

    FixContext progressOnStderr() {
        return new FixContext() {
            @Override
            public void progress(double fraction, String message) {
                env.err().println(fraction >= 0 ? String.format(Locale.ROOT, "  %3.0f%%  %s", fraction * 100, message) : "  " + message);
                env.err().flush();
            }

            @Override
            public boolean isCancelled() {
                return Thread.currentThread().isInterrupted();
            }
        };
    }

    int report(FixOutcome outcome) {
        if (outcome instanceof FixOutcome.Done) {
            env.out().println(outcome.message());
            return DONE;
        }
        env.err().println(outcome.message());
        return outcome instanceof FixOutcome.Refused ? REFUSED : FAILED;
    }

    Optional<CachePlan> plan(AppContext app) {
        Optional<CachePlan> plan = app.clearCache().plan(() -> false);
        if (plan.isEmpty()) {
            env.err().println("The Spotify desktop app was not found on this computer, so there is no cache.");
        }
        return plan;
    }

    static String planJson(CachePlan plan) {
        JsonObject root = new JsonObject();
        root.addProperty("root", plan.root().toString());
        root.addProperty("flavour", plan.install().flavour().id());
        JsonArray entries = new JsonArray();
        for (CachePlan.Entry entry : plan.entries()) {
            JsonObject e = new JsonObject();
            e.addProperty("path", entry.path().toString());
            e.addProperty("files", entry.files());
            e.addProperty("bytes", entry.bytes());
            entries.add(e);
        }
        root.add("entries", entries);
        JsonArray kept = new JsonArray();
        for (CacheLayout.KeptEntry entry : plan.kept()) {
            JsonObject e = new JsonObject();
            e.addProperty("path", entry.path().toString());
            e.addProperty("reason", entry.reason());
            kept.add(e);
        }
        root.add("kept", kept);
        root.addProperty("totalFiles", plan.totalFiles());
        root.addProperty("totalBytes", plan.totalBytes());
        root.addProperty("complete", plan.complete());
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root);
    }

    boolean ask(String question) {
        env.out().print(question + " [y/N] ");
        env.out().flush();
        try {
            String answer = env.in().readLine();
            return answer != null && List.of("y", "yes").contains(answer.strip().toLowerCase(Locale.ROOT));
        } catch (IOException e) {
            return false;
        }
    }

    @Command(name = "plan", mixinStandardHelpOptions = true,
            description = "Shows what a clear would move (every folder, file count, bytes) and what it keeps, and why. Changes nothing.")
    static final class Plan implements Callable<Integer> {
        @picocli.CommandLine.ParentCommand
        CacheCommand parent;

        @Option(names = "--json", description = "Print the plan as one JSON document on stdout.")
        boolean json;

        @Override
        public Integer call() {
            try (AppContext app = parent.app()) {
                Optional<CachePlan> plan = parent.plan(app);
                if (plan.isEmpty()) {
                    return REFUSED;
                }
                if (json) {
                    parent.env.out().println(planJson(plan.get()));
                } else {
                    plan.get().describeLines().forEach(parent.env.out()::println);
                }
                return DONE;
            }
        }
    }

    @Command(name = "clear", mixinStandardHelpOptions = true,
            description = "Moves the streaming cache into a quarantine that 'cache undo' puts back. Shows the plan and asks first.")
    static final class Clear implements Callable<Integer> {
        @picocli.CommandLine.ParentCommand
        CacheCommand parent;

        @Option(names = "--yes", description = "Do not ask; clear at once.")
        boolean yes;

        @Override
        public Integer call() {
            try (AppContext app = parent.app()) {
                Optional<CachePlan> plan = parent.plan(app);
                if (plan.isEmpty()) {
                    return REFUSED;
                }
                if (!yes) {
                    plan.get().describeLines().forEach(parent.env.out()::println);
                    if (plan.get().isEmpty()) {
                        return DONE;
                    }
                    if (!parent.ask("Move these into the quarantine now?")) {
                        parent.env.err().println("Nothing was changed.");
                        return REFUSED;
                    }
                }
                ClearCacheFix fix = app.clearCache();
                return parent.report(fix.apply(plan.get(), parent.progressOnStderr()));
            }
        }
    }

    @Command(name = "undo", mixinStandardHelpOptions = true,
            description = "Puts a cleared cache back byte for byte (the newest clear, or the one with this id).")
    static final class Undo implements Callable<Integer> {
        @picocli.CommandLine.ParentCommand
        CacheCommand parent;

        @Parameters(arity = "0..1", paramLabel = "QUARANTINE-ID", description = "Which clear to undo (see 'cache list').")
        String id;

        @Option(names = "--replace-changed", description = "Replace files Spotify changed since the clear with the old ones.")
        boolean replaceChanged;

        @Override
        public Integer call() {
            try (AppContext app = parent.app()) {
                FixOutcome outcome = app.clearCache().quarantine()
                        .undo(Optional.ofNullable(id), replaceChanged, parent.progressOnStderr());
                if (outcome instanceof FixOutcome.Refused && outcome.message().contains("allow replacing")) {
                    parent.env.err().println(outcome.message() + " (add --replace-changed)");
                    return REFUSED;
                }
                return parent.report(outcome);
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the cache clears that can be undone.")
    static final class ListQuarantines implements Callable<Integer> {
        @picocli.CommandLine.ParentCommand
        CacheCommand parent;

        @Override
        public Integer call() {
            try (AppContext app = parent.app()) {
                List<QuarantineRecord> records = app.clearCache().quarantine().list();
                if (records.isEmpty()) {
                    parent.env.out().println("There is no cache clear to undo.");
                }
                for (QuarantineRecord r : records) {
                    parent.env.out().printf("%s  %s  %d files, %d bytes%s  %s%n", r.id(), r.createdAt(), r.files(), r.bytes(),
                            r.complete() ? "" : " (stopped part-way)", r.location());
                }
                return DONE;
            } catch (QuarantineIndex.DamagedIndexException e) {
                parent.env.err().println(e.getMessage());
                return REFUSED;
            }
        }
    }

    @Command(name = "purge", mixinStandardHelpOptions = true,
            description = "Deletes a quarantine for good (after that it cannot be undone), or those older than 14 days.")
    static final class Purge implements Callable<Integer> {
        @picocli.CommandLine.ParentCommand
        CacheCommand parent;

        @Parameters(arity = "0..1", paramLabel = "QUARANTINE-ID")
        String id;

        @Option(names = "--expired", description = "Delete every quarantine older than 14 days.")
        boolean expired;

        @Override
        public Integer call() {
            try (AppContext app = parent.app()) {
                CacheQuarantine quarantine = app.clearCache().quarantine();
                if (id != null) {
                    return parent.report(quarantine.purge(id));
                }
                if (!expired) {
                    parent.env.err().println("Name a quarantine id (see 'cache list') or use --expired.");
                    return 64;
                }
                List<QuarantineRecord> purged = quarantine.purgeExpired();
                parent.env.out().println("Deleted " + purged.size() + " quarantines older than "
                        + CacheQuarantine.KEEP_FOR.toDays() + " days.");
                return DONE;
            } catch (QuarantineIndex.DamagedIndexException e) {
                parent.env.err().println(e.getMessage());
                return REFUSED;
            } catch (IOException e) {
                parent.env.err().println("Could not delete old quarantines: " + e.getMessage());
                return FAILED;
            }
        }
    }
}
