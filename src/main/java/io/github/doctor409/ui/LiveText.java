package io.github.doctor409.ui;

import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * A view model's text kept as <em>how to say it</em> rather than as words: it is said again in the
 * current language whenever the language or the phrase changes, so a language switch re-translates
 * state-dependent texts (a headline, a progress line) without the view model doing anything.
 */
final class LiveText {

    private final Messages messages;
    private final ObjectProperty<Supplier<String>> phrase;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper();

    LiveText(Messages messages, Supplier<String> initial) {
        this.messages = messages;
        this.phrase = new SimpleObjectProperty<>(initial);
        text.bind(messages.text(() -> phrase.get().get(), phrase));
    }

    /** Starts with the text of {@code key}. */
    static LiveText of(Messages messages, String key, Object... args) {
        return new LiveText(messages, () -> messages.get(key, args));
    }

    /** Starts empty. */
    static LiveText empty(Messages messages) {
        return new LiveText(messages, () -> "");
    }

    void say(Supplier<String> newPhrase) {
        phrase.set(newPhrase);
    }

    void say(String key, Object... args) {
        phrase.set(() -> messages.get(key, args));
    }

    void clear() {
        phrase.set(() -> "");
    }

    String get() {
        return text.get();
    }

    ReadOnlyStringProperty property() {
        return text.getReadOnlyProperty();
    }
}
