package io.github.doctor409.desktop;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * The real file system with faults a test switches on: "another volume" (no renames, so everything is
 * copied), permission denied on chosen files, a disk that fills after some copies.
 */
final class FaultyFileMoves implements FileMoves {

    private final FileMoves real = new RealFileMoves();
    private final AtomicInteger copies = new AtomicInteger();
    private boolean otherVolume;
    private Predicate<Path> deniedCopy = p -> false;
    private Predicate<Path> deniedDelete = p -> false;
    private int copiesUntilFull = -1;

    FaultyFileMoves otherVolume() {
        otherVolume = true;
        return this;
    }

    FaultyFileMoves denyCopyOf(Predicate<Path> files) {
        deniedCopy = files;
        return this;
    }

    FaultyFileMoves denyDeleteOf(Predicate<Path> files) {
        deniedDelete = files;
        return this;
    }

    FaultyFileMoves diskFullAfterCopies(int copies) {
        copiesUntilFull = copies;
        return this;
    }

    int copies() {
        return copies.get();
    }

    @Override
    public void rename(Path from, Path to) throws IOException {
        if (otherVolume) {
            throw new AtomicMoveNotSupportedException(from.toString(), to.toString(), "another volume (test)");
        }
        real.rename(from, to);
    }

    @Override
    public void copy(Path from, Path to) throws IOException {
        if (deniedCopy.test(from)) {
            throw new AccessDeniedException(from.toString());
        }
        if (copiesUntilFull >= 0 && copies.get() >= copiesUntilFull) {
            throw new FileSystemException(to.toString(), null, "No space left on device");
        }
        copies.incrementAndGet();
        real.copy(from, to);
    }

    @Override
    public void createDirectories(Path dir) throws IOException {
        real.createDirectories(dir);
    }

    @Override
    public void delete(Path path) throws IOException {
        if (deniedDelete.test(path)) {
            throw new AccessDeniedException(path.toString());
        }
        real.delete(path);
    }
}
