package io.github.doctor409.ui;

/** Questions and messages for the person, behind an interface so view models stay testable. */
public interface Dialogs {

    /** Asks before something changes on disk; true when the person agrees. Called on the FX thread. */
    boolean confirm(String title, String question);

    /** Tells the person something went wrong, in plain words. Called on the FX thread. */
    void showError(String message);
}
