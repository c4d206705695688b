package io.github.doctor409.desktop;

import io.github.doctor409.core.FixContext;
import io.github.doctor409.core.FixOutcome;
import io.github.doctor409.core.Phrase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Moves the cache entries of a {@link CachePlan} into a quarantine folder and back (DESIGN §3).
 *
 * <ul>
 *   <li>The quarantine sits beside the cache root ({@code <parent>/doctor409-quarantine/<id>}), so each
 *       entry moves by one rename; where that folder cannot be made, it goes to the config dir and each
 *       entry is copied, verified and deleted ({@link TreeMove}).</li>
 *   <li>The record of each clear is written to the {@link QuarantineIndex} before the first move and after
 *       each one, so at every moment the index says where everything is.</li>
 *   <li>Refuses while Spotify runs, and stops between entries if it starts meanwhile.</li>
 *   <li>Quarantines are deleted only on request or after {@link #KEEP_FOR}.</li>
 * </ul>
 */
public final class CacheQuarantine {

    public static final Duration KEEP_FOR = Duration.ofDays(14);
    static final String FOLDER = "doctor409-quarantine";
    private static final DateTimeFormatter ID_FORMAT = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final QuarantineIndex index;
    private final FileMoves moves;
    private final SpotifyProcesses spotify;
    private final Clock clock;

    public CacheQuarantine(QuarantineIndex index, FileMoves moves, SpotifyProcesses spotify, Clock clock) {
        this.index = Objects.requireNonNull(index, "index");
        this.moves = Objects.requireNonNull(moves, "moves");
        this.spotify = Objects.requireNonNull(spotify, "spotify");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public QuarantineIndex index() {
        return index;
    }

    /** The clears that can be undone, newest first. */
    public List<QuarantineRecord> list() throws QuarantineIndex.DamagedIndexException {
        List<QuarantineRecord> records = new ArrayList<>(index.load());
        records.sort(Comparator.comparing(QuarantineRecord::createdAt).reversed());
        return records;
    }

    public FixOutcome clear(CachePlan plan, FixContext context) {
        if (spotify.isRunning()) {
            return new FixOutcome.Refused(runningMessage("clearing its cache"),
                    Phrase.of("fix.clear-cache.outcome.running"));
        }
        if (plan.isEmpty()) {
            return new FixOutcome.Done("There was no cache to clear in " + plan.root() + "; nothing was changed.",
                    Phrase.of("fix.clear-cache.outcome.empty", plan.root().toString()));
        }
        List<QuarantineRecord> existing;
        try {
            existing = index.load();
            purgeExpired();
        } catch (QuarantineIndex.DamagedIndexException e) {
            return new FixOutcome.Refused(e.getMessage());
        } catch (IOException e) {
            return new FixOutcome.Failed("Could not tidy old quarantines (" + e.getMessage() + "); nothing was changed.");
        }
        String id = newId(existing);
        Path location = location(plan.root(), id);
        QuarantineRecord record = new QuarantineRecord(id, clock.instant(), plan.install().flavour().id(),
                plan.root(), location, List.of(), false);
        try {
            moves.createDirectories(location);
            index.put(record);
        } catch (IOException | QuarantineIndex.DamagedIndexException e) {
            return new FixOutcome.Failed("Could not prepare the quarantine at " + location + " (" + e.getMessage()
                    + "); nothing was moved.");
        }

        TreeMove mover = new TreeMove(moves, context::isCancelled);
        long total = Math.max(1, plan.totalBytes());
        long done = 0;
        for (CachePlan.Entry entry : plan.entries()) {
            String name = entry.path().getFileName().toString();
            if (context.isCancelled()) {
                return stopped(record, new FixOutcome.Cancelled(partly(record, "Stopped as asked")));
            }
            if (spotify.isRunning()) {
                return stopped(record, new FixOutcome.Failed(partly(record, "Spotify started while its cache was being moved, so 409 Doctor stopped")));
            }
            context.progress((double) done / total, "Moving " + name + " (" + ByteCount.describe(entry.bytes()) + ")…",
                    Phrase.of("fix.clear-cache.progress.moving", name, Phrase.bytes(entry.bytes())));
            try {
                mover.move(entry.path(), location.resolve(name));
                record = record.withMoved(new QuarantineRecord.Moved(name, entry.files(), entry.bytes()));
            } catch (TreeMove.CancelledException e) {
                return stopped(record, new FixOutcome.Cancelled(partly(record, "Stopped as asked")));
            } catch (TreeMove.OriginalNotRemovedException e) {
                record = record.withMoved(new QuarantineRecord.Moved(name, entry.files(), entry.bytes()));
                return stopped(record, new FixOutcome.Failed(partly(record, "Copied " + name
                        + " into the quarantine but could not remove all of the original (" + cause(e) + ")")));
            } catch (IOException | RuntimeException e) {
                return stopped(record, new FixOutcome.Failed(partly(record, "Could not move " + name + " (" + cause(e) + ")")));
            }
            try {
                index.put(record);
            } catch (IOException | QuarantineIndex.DamagedIndexException e) {
                return new FixOutcome.Failed(partly(record, "Could not update the list of cache clears (" + e.getMessage() + ")"));
            }
            done += entry.bytes();
        }
        record = record.completed();
        try {
            index.put(record);
        } catch (IOException | QuarantineIndex.DamagedIndexException e) {
            return new FixOutcome.Failed("The cache was moved to " + location + " but the list of cache clears could not be updated ("
                    + e.getMessage() + "). Nothing is lost.");
        }
        context.progress(1, "Done", Phrase.of("fix.clear-cache.progress.done"));
        return new FixOutcome.Done("Cleared " + record.files() + " files (" + ByteCount.describe(record.bytes())
                + ") from Spotify's cache. They are kept in quarantine " + id + " for " + KEEP_FOR.toDays()
                + " days; undo puts them back. Offline downloads, settings and login were not touched.",
                Phrase.of("fix.clear-cache.outcome.done", record.files(), Phrase.bytes(record.bytes()), id, KEEP_FOR.toDays()));
    }

    /** Undoes {@code id}, or the newest clear when empty. Refuses to replace changed files unless {@code replaceChanged}. */
    public FixOutcome undo(Optional<String> id, boolean replaceChanged, FixContext context) {
        if (spotify.isRunning()) {
            return new FixOutcome.Refused(runningMessage("putting its cache back"),
                    Phrase.of("fix.undo-clear-cache.outcome.running"));
        }
        QuarantineRecord record;
        try {
            Optional<QuarantineRecord> found = id.isPresent() ? index.find(id.get()) : list().stream().findFirst();
            if (found.isEmpty()) {
                return new FixOutcome.Refused(id.map(i -> "There is no cache clear with the id " + i + " to undo.")
                        .orElse("There is no cache clear to undo."));
            }
            record = found.get();
        } catch (QuarantineIndex.DamagedIndexException e) {
            return new FixOutcome.Refused(e.getMessage());
        }
        List<String> conflicts = new ArrayList<>();
        try {
            for (QuarantineRecord.Moved moved : record.moved()) {
                Path from = record.location().resolve(moved.name());
                if (Files.exists(from, LinkOption.NOFOLLOW_LINKS)) {
                    TreeMerge.conflicts(from, record.cacheRoot().resolve(moved.name()))
                            .forEach(rel -> conflicts.add(moved.name() + (rel.toString().isEmpty() ? "" : "/" + rel)));
                }
            }
        } catch (IOException e) {
            return new FixOutcome.Failed("Could not compare the quarantine with the cache (" + cause(e) + "); nothing was changed.");
        }
        if (!conflicts.isEmpty() && !replaceChanged) {
            return new FixOutcome.Refused(conflicts.size() + " files changed in the cache since it was cleared (e.g. "
                    + String.join(", ", conflicts.subList(0, Math.min(3, conflicts.size())))
                    + "). Nothing was changed; undo again and allow replacing them to put the old ones back.");
        }
        TreeMove mover = new TreeMove(moves, context::isCancelled);
        TreeMerge merger = new TreeMerge(moves, context::isCancelled);
        long total = Math.max(1, record.bytes());
        long done = 0;
        try {
            for (QuarantineRecord.Moved moved : record.moved()) {
                Path from = record.location().resolve(moved.name());
                Path to = record.cacheRoot().resolve(moved.name());
                if (context.isCancelled()) {
                    return new FixOutcome.Cancelled("Stopped as asked; undo again to put back the rest of quarantine " + record.id() + ".");
                }
                if (spotify.isRunning()) {
                    return new FixOutcome.Failed("Spotify started, so 409 Doctor stopped; close it and undo again to finish.");
                }
                context.progress((double) done / total, "Putting back " + moved.name() + "…",
                        Phrase.of("fix.clear-cache.progress.puttingBack", moved.name()));
                if (!Files.exists(from, LinkOption.NOFOLLOW_LINKS)) {
                    continue; // restored by an earlier, interrupted undo
                }
                if (Files.exists(to, LinkOption.NOFOLLOW_LINKS) && Files.isDirectory(from, LinkOption.NOFOLLOW_LINKS)) {
                    merger.merge(from, to, replaceChanged);
                } else {
                    if (Files.exists(to, LinkOption.NOFOLLOW_LINKS)) {
                        TreeMove.deleteTree(to, moves); // a changed single file the person allowed to replace
                    }
                    mover.move(from, to);
                }
                done += moved.bytes();
            }
            index.remove(record.id());
            TreeMove.deleteTree(record.location().resolve(QuarantineIndex.BESIDE), moves);
            deleteIfEmpty(record.location());
        } catch (TreeMove.CancelledException e) {
            return new FixOutcome.Cancelled("Stopped as asked; undo again to put back the rest of quarantine " + record.id() + ".");
        } catch (IOException | QuarantineIndex.DamagedIndexException | RuntimeException e) {
            return new FixOutcome.Failed("Could not put everything back (" + cause(e) + "). What is not back is still in "
                    + record.location() + "; undo again to finish.");
        }
        context.progress(1, "Done", Phrase.of("fix.clear-cache.progress.done"));
        return new FixOutcome.Done("Put back " + record.files() + " files (" + ByteCount.describe(record.bytes())
                + ") into Spotify's cache from quarantine " + record.id() + ".",
                Phrase.of("fix.undo-clear-cache.outcome.done", record.files(), Phrase.bytes(record.bytes()), record.id()));
    }

    /** Deletes one quarantine for good. */
    public FixOutcome purge(String id) {
        try {
            Optional<QuarantineRecord> record = index.find(id);
            if (record.isEmpty()) {
                return new FixOutcome.Refused("There is no cache clear with the id " + id + ".");
            }
            delete(record.get());
            return new FixOutcome.Done("Deleted quarantine " + id + " (" + ByteCount.describe(record.get().bytes()) + ") for good.");
        } catch (QuarantineIndex.DamagedIndexException e) {
            return new FixOutcome.Refused(e.getMessage());
        } catch (IOException e) {
            return new FixOutcome.Failed("Could not delete quarantine " + id + " (" + cause(e) + ").");
        }
    }

    /** Deletes the quarantines older than {@link #KEEP_FOR}; returns them. */
    public List<QuarantineRecord> purgeExpired() throws IOException, QuarantineIndex.DamagedIndexException {
        List<QuarantineRecord> expired = index.load().stream()
                .filter(r -> r.createdAt().plus(KEEP_FOR).isBefore(clock.instant()))
                .toList();
        for (QuarantineRecord record : expired) {
            delete(record);
        }
        return expired;
    }

    private void delete(QuarantineRecord record) throws IOException, QuarantineIndex.DamagedIndexException {
        TreeMove.deleteTree(record.location(), moves);
        index.remove(record.id());
    }

    private Path location(Path cacheRoot, String id) {
        Path beside = cacheRoot.toAbsolutePath().getParent().resolve(FOLDER).resolve(id);
        try {
            moves.createDirectories(beside.getParent());
            return beside;
        } catch (IOException | SecurityException e) {
            return index.fallbackDir().resolve(id);
        }
    }

    private String newId(List<QuarantineRecord> existing) {
        String base = ID_FORMAT.format(clock.instant());
        String id = base;
        for (int n = 2; taken(existing, id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private static boolean taken(List<QuarantineRecord> existing, String id) {
        return existing.stream().anyMatch(r -> r.id().equals(id));
    }

    private FixOutcome stopped(QuarantineRecord record, FixOutcome outcome) {
        try {
            if (record.moved().isEmpty()) {
                index.remove(record.id());
                TreeMove.deleteTree(record.location().resolve(QuarantineIndex.BESIDE), moves);
                deleteIfEmpty(record.location());
            } else {
                index.put(record);
            }
        } catch (IOException | QuarantineIndex.DamagedIndexException e) {
            // the record written before the first move still names the location
        }
        return outcome;
    }

    private void deleteIfEmpty(Path dir) {
        try {
            moves.delete(dir);
        } catch (IOException e) {
            // not empty or already gone: leave it
        }
    }

    private static String partly(QuarantineRecord record, String what) {
        if (record.moved().isEmpty()) {
            return what + "; nothing was moved.";
        }
        return what + ". Already moved: " + String.join(", ", record.moved().stream().map(QuarantineRecord.Moved::name).toList())
                + " (quarantine " + record.id() + "); the rest is untouched. Nothing is lost: undo puts it back.";
    }

    private String runningMessage(String doing) {
        return "Spotify is running. Close it first (\"Close Spotify\" can do it), then try " + doing + " again. Nothing was changed.";
    }

    private static String cause(Exception e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
