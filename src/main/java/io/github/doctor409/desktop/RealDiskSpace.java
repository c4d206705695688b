package io.github.doctor409.desktop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** {@link DiskSpace} from the file system: the usable space of the path's {@link java.nio.file.FileStore}. */
public final class RealDiskSpace implements DiskSpace {

    @Override
    public long usableBytes(Path path) throws IOException {
        Path existing = path.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            throw new NoSuchFileException(path.toString(), null, "no part of this path exists");
        }
        return Files.getFileStore(existing).getUsableSpace();
    }
}
