package io.github.doctor409.ui;

/**
 * A fix a step card offers as a button, in the window's language at the time it was made (the card
 * makes its offers again when the language changes).
 *
 * @param available false when this build cannot run the fix yet; the button is then disabled
 * @param tooltip   what the fix does, or why it cannot run
 */
public record FixOffer(String id, String label, boolean available, String tooltip) {

    /** The key of the tooltip of a fix this build cannot run. */
    public static final String NOT_AVAILABLE_KEY = "main.fix.notAvailable";
}
