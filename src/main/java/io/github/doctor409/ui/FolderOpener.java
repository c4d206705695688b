package io.github.doctor409.ui;

import java.nio.file.Path;

/** Shows a folder in the system's file manager. Blocking: call it off the FX thread. Tests pass a fake. */
public interface FolderOpener {

    /** @throws Exception when no file manager could be asked to open it */
    void open(Path folder) throws Exception;
}
