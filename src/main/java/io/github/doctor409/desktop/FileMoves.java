package io.github.doctor409.desktop;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The few file-system writes a cache clear and its undo make, behind an interface so tests inject faults
 * (permission denied on one file, a full disk). None of them follows a link: a link is moved, copied or
 * deleted as the link itself.
 */
public interface FileMoves {

    /**
     * Renames {@code from} to {@code to} in one step.
     *
     * @throws java.nio.file.AtomicMoveNotSupportedException when they are on different volumes
     */
    void rename(Path from, Path to) throws IOException;

    /** Copies one regular file or link (as a link) with its modification time; {@code to} must not exist. */
    void copy(Path from, Path to) throws IOException;

    /** Creates a folder (and missing parents). */
    void createDirectories(Path dir) throws IOException;

    /** Deletes a file, a link or an empty folder. */
    void delete(Path path) throws IOException;
}
