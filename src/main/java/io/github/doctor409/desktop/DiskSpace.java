package io.github.doctor409.desktop;

import java.io.IOException;
import java.nio.file.Path;

/** Free space on the volume that holds a path; tests fake a nearly full disk. */
@FunctionalInterface
public interface DiskSpace {

    /** Bytes this user may still write on the volume holding {@code path} (or its nearest existing parent). */
    long usableBytes(Path path) throws IOException;
}
