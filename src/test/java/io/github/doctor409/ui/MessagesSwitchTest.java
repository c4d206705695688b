package io.github.doctor409.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.StringBinding;
import org.junit.jupiter.api.Test;

/** A bound text read again at once on a switch (as a label's skin does) already speaks the new language. */
class MessagesSwitchTest {

    @Test
    void aTextReadFromAnInvalidationListenerIsInTheNewLanguage() {
        Messages messages = new Messages(Locale.ENGLISH);
        StringBinding run = messages.text("main.run");
        List<String> readAtOnce = new ArrayList<>();
        run.addListener((InvalidationListener) obs -> readAtOnce.add(run.get()));
        assertThat(run.get()).isEqualTo("_Run checks again");

        messages.setLocale(Locale.GERMAN);

        assertThat(readAtOnce).containsExactly("_Erneut prüfen");
        assertThat(messages.get("main.status.pass")).isEqualTo("Bestanden");
    }

    @Test
    void theMainWindowsAltLettersAreDistinctInEveryLanguage() {
        for (Locale locale : Messages.SUPPORTED) {
            Messages messages = new Messages(locale);
            List<Character> letters = new ArrayList<>();
            for (String key : List.of("main.run", "main.stop", "main.account.signOut")) {
                String text = messages.get(key);
                int at = text.indexOf('_');
                assertThat(at).as("%s in %s has an Alt-letter", key, locale).isBetween(0, text.length() - 2);
                letters.add(Character.toLowerCase(text.charAt(at + 1)));
            }
            assertThat(letters).as("Alt-letters in %s", locale).doesNotHaveDuplicates();
        }
    }
}
