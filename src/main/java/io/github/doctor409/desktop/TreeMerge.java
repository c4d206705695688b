package io.github.doctor409.desktop;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * Puts a quarantined tree back where a folder of the same name exists again (the app recreates
 * {@code Data} when it runs): files missing there move back, identical ones are dropped from the
 * quarantine, and files that differ are conflicts — replaced only when the person allowed it. File by
 * file, so a stop at any moment leaves every file whole in one of the two places, and running it again
 * finishes the job.
 */
final class TreeMerge {

    private final FileMoves moves;
    private final BooleanSupplier cancelled;

    TreeMerge(FileMoves moves, BooleanSupplier cancelled) {
        this.moves = Objects.requireNonNull(moves, "moves");
        this.cancelled = Objects.requireNonNull(cancelled, "cancelled");
    }

    /** Paths under {@code to}, relative, that exist with other content than in {@code from}. Read-only. */
    static List<Path> conflicts(Path from, Path to) throws IOException {
        List<Path> conflicts = new ArrayList<>();
        if (!Files.exists(to, LinkOption.NOFOLLOW_LINKS)) {
            return conflicts;
        }
        for (Path rel : TreeMove.listTree(from)) {
            Path source = resolve(from, rel);
            Path target = resolve(to, rel);
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !TreeMove.sameContent(source, target)) {
                conflicts.add(rel);
            }
        }
        return conflicts;
    }

    void merge(Path from, Path to, boolean replaceConflicts) throws IOException, TreeMove.CancelledException {
        for (Path rel : TreeMove.listTree(from)) {
            if (cancelled.getAsBoolean()) {
                throw new TreeMove.CancelledException();
            }
            Path source = resolve(from, rel);
            Path target = resolve(to, rel);
            boolean sourceIsDir = Files.isDirectory(source, LinkOption.NOFOLLOW_LINKS);
            boolean targetExists = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
            if (sourceIsDir) {
                if (targetExists && !Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                    if (!replaceConflicts) {
                        throw new IOException(target + " is in the way of a folder to restore");
                    }
                    moves.delete(target);
                    targetExists = false;
                }
                if (!targetExists) {
                    moves.createDirectories(target);
                }
                continue;
            }
            if (targetExists) {
                if (TreeMove.sameContent(source, target)) {
                    moves.delete(source);
                    continue;
                }
                if (!replaceConflicts) {
                    throw new IOException(target + " changed since the cache was cleared");
                }
                if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                    TreeMove.deleteTree(target, moves);
                } else {
                    moves.delete(target);
                }
            }
            putBack(source, target);
        }
        removeEmptyFolders(from);
    }

    private void putBack(Path source, Path target) throws IOException {
        try {
            moves.rename(source, target);
        } catch (AtomicMoveNotSupportedException e) {
            moves.copy(source, target);
            if (!TreeMove.sameContent(source, target)) {
                moves.delete(target);
                throw new IOException("the copy of " + source + " differs from the original");
            }
            moves.delete(source);
        }
    }

    /** Removes the emptied quarantine folders; a folder still holding something stays. */
    private void removeEmptyFolders(Path root) throws IOException {
        Files.walkFileTree(root, EnumSet.noneOf(FileVisitOption.class), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                try {
                    moves.delete(dir);
                } catch (DirectoryNotEmptyException e) {
                    throw new IOException("something is left in " + dir + " after restoring", e);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static Path resolve(Path base, Path rel) {
        return rel.toString().isEmpty() ? base : base.resolve(rel.toString());
    }
}
