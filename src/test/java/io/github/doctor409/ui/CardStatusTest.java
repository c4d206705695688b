package io.github.doctor409.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.doctor409.core.Status;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.Ikon;

class CardStatusTest {

    @Test
    void everyResultStatusHasACardStatusWithItsOwnPseudoClassAndWordInEveryLanguage() {
        for (Status status : Status.values()) {
            assertThat(CardStatus.of(status).pseudoClassName()).isEqualTo(status.id());
        }
        for (Locale locale : Messages.SUPPORTED) {
            Messages messages = new Messages(locale);
            for (CardStatus card : CardStatus.values()) {
                assertThat(card.word(messages)).as("%s in %s", card, locale).isNotBlank().doesNotContain("\u2039");
            }
            // the verdict badge and the card may share "Checking", but two card statuses never share a word
            assertThat(Arrays.stream(CardStatus.values()).map(card -> card.word(messages)))
                    .as("status words in %s", locale).doesNotHaveDuplicates();
        }
        assertThat(CardStatus.PASS.word(new Messages(Locale.ENGLISH))).isEqualTo("Passed");
    }

    @Test
    void everyStatusHasItsOwnIconShapeSoColourIsNeverTheOnlySignal() {
        assertThat(Arrays.stream(CardStatus.values()).map(StatusIcon::iconFor).map(Ikon::getDescription))
                .doesNotHaveDuplicates();
    }
}
