package io.github.doctor409.ui;

/** A system notification where the OS offers one; {@link #NONE} where it does not. */
public interface DesktopNotifier {

    DesktopNotifier NONE = (title, message) -> { };

    void notify(String title, String message);
}
