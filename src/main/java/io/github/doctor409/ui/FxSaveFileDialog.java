package io.github.doctor409.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** {@link SaveFileDialog} as the platform's file chooser; the file type's name is in the window's language. */
public final class FxSaveFileDialog implements SaveFileDialog {

    private final Window owner;
    private final Messages messages;

    public FxSaveFileDialog(Window owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    @Override
    public Optional<Path> choose(String title, String suggestedName, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                messages.get("windows.save.fileType", extension.toUpperCase(java.util.Locale.ROOT)), "*." + extension));
        File file = chooser.showSaveDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }
}
