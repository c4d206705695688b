package io.github.doctor409.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.doctor409.core.Status;
import org.junit.jupiter.api.Test;

class CardStatusTest {

    @Test
    void everyResultStatusHasACardStatusWithItsOwnPseudoClassAndWord() {
        for (Status status : Status.values()) {
            CardStatus card = CardStatus.of(status);
            assertThat(card.pseudoClassName()).isEqualTo(status.id());
            assertThat(card.word()).isNotBlank();
        }
        assertThat(CardStatus.values()).extracting(CardStatus::word).doesNotHaveDuplicates();
    }
}
