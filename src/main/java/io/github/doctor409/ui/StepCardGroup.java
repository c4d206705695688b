package io.github.doctor409.ui;

import io.github.doctor409.core.CheckGroup;
import java.util.List;
import java.util.Locale;

/** The cards of one group (Connection, Account, Spotify app), in the diagnosis' order. */
public record StepCardGroup(CheckGroup group, List<StepCardViewModel> cards) {

    public StepCardGroup {
        cards = List.copyOf(cards);
    }

    /** The group's English name, as the core names it (tests and logs); the window shows {@link #titleKey()}. */
    public String title() {
        return group.title();
    }

    /** The key of the group's heading in the {@code main} texts, e.g. {@code main.group.connection}. */
    public String titleKey() {
        return "main.group." + group.name().toLowerCase(Locale.ROOT);
    }
}
