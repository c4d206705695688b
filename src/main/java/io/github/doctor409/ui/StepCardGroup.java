package io.github.doctor409.ui;

import io.github.doctor409.core.CheckGroup;
import java.util.List;

/** The cards of one group (Connection, Account, Spotify app), in the diagnosis' order. */
public record StepCardGroup(CheckGroup group, List<StepCardViewModel> cards) {

    public StepCardGroup {
        cards = List.copyOf(cards);
    }

    public String title() {
        return group.title();
    }
}
