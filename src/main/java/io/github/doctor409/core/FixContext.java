package io.github.doctor409.core;

/** What a running fix can report to, and learn from, whoever started it. */
public interface FixContext {

    /** Progress between 0 and 1 (or negative when unknown) with a short message. */
    void progress(double fraction, String message);

    /**
     * Progress with the message also as a {@link Phrase}, so a window can say it in its language; the
     * command line shows {@code message}.
     */
    default void progress(double fraction, String message, Phrase phrase) {
        progress(fraction, message);
    }

    boolean isCancelled();
}
