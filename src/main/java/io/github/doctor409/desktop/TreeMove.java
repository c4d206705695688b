package io.github.doctor409.desktop;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * Moves one folder tree (or a single file or link) to a place that does not exist yet: a rename when both
 * are on the same volume, else copy everything, verify every byte, and only then delete the original.
 * Never follows a link: links travel as links, their targets are never read or written.
 *
 * <p>Whatever happens, the tree is whole in at least one place: a failed or cancelled copy removes its own
 * partial copy and leaves the original untouched; a failure while deleting the original after a verified
 * copy leaves the whole tree at the destination (and a partial original that undo merges back).
 */
final class TreeMove {

    /** The move was cancelled before it changed anything. */
    static final class CancelledException extends Exception {
        private static final long serialVersionUID = 1L;
    }

    /** Copy and verify succeeded, deleting the original did not: the destination holds everything. */
    static final class OriginalNotRemovedException extends IOException {
        private static final long serialVersionUID = 1L;

        OriginalNotRemovedException(Path original, IOException cause) {
            super("copied and verified, but could not remove " + original + " afterwards", cause);
        }
    }

    private final FileMoves moves;
    private final BooleanSupplier cancelled;

    TreeMove(FileMoves moves, BooleanSupplier cancelled) {
        this.moves = Objects.requireNonNull(moves, "moves");
        this.cancelled = Objects.requireNonNull(cancelled, "cancelled");
    }

    /** True when the move was a rename; false when it copied, verified and deleted. */
    boolean move(Path from, Path to) throws IOException, CancelledException {
        if (Files.exists(to, LinkOption.NOFOLLOW_LINKS)) {
            throw new java.nio.file.FileAlreadyExistsException(to.toString());
        }
        moves.createDirectories(to.getParent());
        try {
            moves.rename(from, to);
            return true;
        } catch (AtomicMoveNotSupportedException e) {
            copyVerifyDelete(from, to);
            return false;
        }
    }

    private void copyVerifyDelete(Path from, Path to) throws IOException, CancelledException {
        try {
            copyTree(from, to);
            verifyTree(from, to);
        } catch (IOException | CancelledException | RuntimeException e) {
            deleteQuietly(to);
            throw e;
        }
        try {
            deleteTree(from, moves);
        } catch (IOException e) {
            throw new OriginalNotRemovedException(from, e);
        }
    }

    private void copyTree(Path from, Path to) throws IOException, CancelledException {
        List<Path> relative = listTree(from);
        for (Path rel : relative) {
            if (cancelled.getAsBoolean()) {
                throw new CancelledException();
            }
            Path source = rel.toString().isEmpty() ? from : from.resolve(rel);
            Path target = rel.toString().isEmpty() ? to : to.resolve(rel.toString());
            if (Files.isDirectory(source, LinkOption.NOFOLLOW_LINKS)) {
                moves.createDirectories(target);
            } else {
                moves.copy(source, target);
            }
        }
    }

    private static void verifyTree(Path from, Path to) throws IOException {
        for (Path rel : listTree(from)) {
            Path source = rel.toString().isEmpty() ? from : from.resolve(rel);
            Path target = rel.toString().isEmpty() ? to : to.resolve(rel.toString());
            if (!sameContent(source, target)) {
                throw new IOException("the copy of " + source + " differs from the original");
            }
        }
    }

    /** Same kind, and for files the same bytes, for links the same target text. Never follows links. */
    static boolean sameContent(Path a, Path b) throws IOException {
        BasicFileAttributes x = Files.readAttributes(a, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (!Files.exists(b, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        BasicFileAttributes y = Files.readAttributes(b, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (x.isSymbolicLink() || y.isSymbolicLink()) {
            return x.isSymbolicLink() && y.isSymbolicLink() && Files.readSymbolicLink(a).equals(Files.readSymbolicLink(b));
        }
        if (x.isDirectory() || y.isDirectory()) {
            return x.isDirectory() && y.isDirectory();
        }
        return x.size() == y.size() && Arrays.equals(sha256(a), sha256(b));
    }

    static byte[] sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Every path under {@code root}, relative, parents before children; the root itself as the empty path. */
    static List<Path> listTree(Path root) throws IOException {
        List<Path> paths = new ArrayList<>();
        Files.walkFileTree(root, EnumSet.noneOf(FileVisitOption.class), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                paths.add(root.relativize(dir));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                paths.add(root.relativize(file));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) throws IOException {
                throw exc;
            }
        });
        return paths;
    }

    /** Deletes a tree bottom-up without following links. */
    static void deleteTree(Path root, FileMoves moves) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, EnumSet.noneOf(FileVisitOption.class), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                moves.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                if (exc != null) {
                    throw exc;
                }
                moves.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void deleteQuietly(Path root) {
        try {
            deleteTree(root, moves);
        } catch (IOException e) {
            // our own partial copy; the original is untouched either way
        }
    }
}
