package io.github.doctor409.ui;

/** The system clipboard, behind an interface so view models are tested without one. */
public interface ClipboardAccess {

    /** Puts plain text on the clipboard. Called on the FX thread. */
    void copy(String text);
}
