package io.github.doctor409.account;

import io.github.doctor409.core.Fix;
import io.github.doctor409.core.FixContext;
import io.github.doctor409.core.FixOutcome;
import io.github.doctor409.core.Phrase;
import java.io.IOException;
import java.util.Objects;
import java.util.Set;

/** {@code fix.sign-out}: forgets the stored sign-in and points to where the app's access is removed. */
public final class SignOutFix implements Fix {

    public static final String ID = "fix.sign-out";

    /** Spotify's page where a user removes an app's access to the account. */
    public static final String REMOVE_ACCESS_PAGE = "https://www.spotify.com/account/apps/";

    private final TokenStore store;

    public SignOutFix(TokenStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Sign out";
    }

    @Override
    public String describe() {
        return "Forgets the sign-in stored on this computer. Your Spotify account is not changed; to also remove "
                + "409 Doctor's access to it, open " + REMOVE_ACCESS_PAGE + " and choose \"Remove access\".";
    }

    @Override
    public Phrase describePhrase() {
        return Phrase.of("fix.sign-out.describe", REMOVE_ACCESS_PAGE);
    }

    @Override
    public boolean changesDisk() {
        return true;
    }

    @Override
    public Set<String> rechecks() {
        return SignInFix.ACCOUNT_CHECKS;
    }

    @Override
    public FixOutcome apply(FixContext context) {
        try {
            store.clear();
        } catch (IOException e) {
            return new FixOutcome.Failed("The stored sign-in could not be removed (" + e.getClass().getSimpleName() + ").");
        }
        return new FixOutcome.Done("Signed out. To also remove 409 Doctor's access to your account, open "
                + REMOVE_ACCESS_PAGE + ".", Phrase.of("fix.sign-out.outcome.done", REMOVE_ACCESS_PAGE));
    }
}
