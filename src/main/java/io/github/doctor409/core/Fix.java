package io.github.doctor409.core;

/**
 * An action that addresses what a check found. A fix says what it will do before doing it
 * ({@link #describe()}), and the caller confirms when {@link #changesDisk()} is true.
 */
public interface Fix {

    /** Stable id such as {@code fix.clear-cache}. */
    String id();

    /** Button label in plain words. */
    String title();

    /** What the fix will do, in plain words, shown before it runs. */
    String describe();

    /**
     * What {@link #describe()} says, as a phrase of the window's {@code checks} bundle, for descriptions
     * with values in them; null (the default) when the bundle's {@code <id>.describe} needs none.
     */
    default Phrase describePhrase() {
        return null;
    }

    boolean changesDisk();

    /** Ids of the checks to run again afterwards to show before and after. */
    java.util.Set<String> rechecks();

    FixOutcome apply(FixContext context) throws Exception;
}
