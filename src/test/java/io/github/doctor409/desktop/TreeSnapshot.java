package io.github.doctor409.desktop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Every path under a folder with what it is — a folder, a link and its target text, or a file's size,
 * SHA-256 and modification time — without following links. Two equal snapshots mean byte-identical trees.
 */
final class TreeSnapshot {

    private TreeSnapshot() {}

    static Map<String, String> of(Path root) {
        return of(root, p -> true);
    }

    /** Only paths (relative, with '/') that {@code include} accepts; an excluded folder is not entered. */
    static Map<String, String> of(Path root, Predicate<String> include) {
        Map<String, String> entries = new TreeMap<>();
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return entries;
        }
        try {
            Files.walkFileTree(root, EnumSet.noneOf(FileVisitOption.class), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    String rel = rel(root, dir);
                    if (!include.test(rel)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    entries.put(rel + "/", "dir");
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    String rel = rel(root, file);
                    if (!include.test(rel)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (attrs.isSymbolicLink()) {
                        entries.put(rel, "link -> " + Files.readSymbolicLink(file));
                    } else {
                        entries.put(rel, "file " + attrs.size() + " " + HexFormat.of().formatHex(TreeMove.sha256(file))
                                + " " + attrs.lastModifiedTime().toMillis());
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    private static String rel(Path root, Path path) {
        return root.relativize(path).toString().replace('\\', '/');
    }
}
