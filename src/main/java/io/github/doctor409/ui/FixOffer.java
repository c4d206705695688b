package io.github.doctor409.ui;

/**
 * A fix a step card offers as a button.
 *
 * @param available false when this build cannot run the fix yet; the button is then disabled
 * @param tooltip   what the fix does, or why it cannot run
 */
public record FixOffer(String id, String label, boolean available, String tooltip) {

    public static final String NOT_AVAILABLE = "Not available in this version yet";
}
