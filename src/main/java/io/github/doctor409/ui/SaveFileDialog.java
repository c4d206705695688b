package io.github.doctor409.ui;

import java.nio.file.Path;
import java.util.Optional;

/** Asks where to save a file; empty when the person cancels. Called on the FX thread. */
public interface SaveFileDialog {

    Optional<Path> choose(String title, String suggestedName, String extension);
}
