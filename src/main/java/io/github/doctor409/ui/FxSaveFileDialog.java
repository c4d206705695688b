package io.github.doctor409.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** {@link SaveFileDialog} as the platform's file chooser. */
public final class FxSaveFileDialog implements SaveFileDialog {

    private final Window owner;

    public FxSaveFileDialog(Window owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> choose(String title, String suggestedName, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase(java.util.Locale.ROOT)
                + " file", "*." + extension));
        File file = chooser.showSaveDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }
}
