package io.github.doctor409.ui;

import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/** {@link ClipboardAccess} on JavaFX's system clipboard. */
public final class FxClipboard implements ClipboardAccess {

    @Override
    public void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
