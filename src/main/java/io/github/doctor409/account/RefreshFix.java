package io.github.doctor409.account;

import io.github.doctor409.core.Fix;
import io.github.doctor409.core.FixContext;
import io.github.doctor409.core.FixOutcome;
import io.github.doctor409.core.Phrase;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * {@code fix.refresh}: one refresh grant. Keeps the stored refresh token when the answer has none;
 * {@code invalid_grant} ends the stored session and suggests signing in; never retries on its own.
 */
public final class RefreshFix implements Fix {

    public static final String ID = "fix.refresh";

    static final Duration CALL_TIMEOUT = Duration.ofSeconds(15);

    private static final System.Logger LOG = System.getLogger(RefreshFix.class.getName());

    private final TokenStore store;
    private final SpotifyAccountsClient accounts;
    private final Optional<String> clientId;
    private final Clock clock;

    public RefreshFix(TokenStore store, SpotifyAccountsClient accounts, Optional<String> clientId, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.clientId = Objects.requireNonNull(clientId, "clientId").filter(id -> !id.isBlank());
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Refresh sign-in";
    }

    @Override
    public String describe() {
        return "Asks Spotify once for a new access token with the sign-in stored on this computer.";
    }

    @Override
    public boolean changesDisk() {
        return false;
    }

    @Override
    public Set<String> rechecks() {
        return SignInFix.ACCOUNT_CHECKS;
    }

    @Override
    public FixOutcome apply(FixContext context) {
        if (clientId.isEmpty()) {
            return new FixOutcome.Refused(ClientIdHelp.SUMMARY, Phrase.of("auth.token.summary.noClientId"));
        }
        SessionLoad load = store.load();
        if (!(load instanceof SessionLoad.Found found)) {
            return new FixOutcome.Refused("There is no stored sign-in to refresh; please sign in.",
                    Phrase.of("fix.refresh.outcome.noSession"));
        }
        StoredSession session = found.session();
        if (session.refreshToken().isEmpty()) {
            return new FixOutcome.Refused("The stored sign-in cannot be refreshed; please sign in again.",
                    Phrase.of("fix.refresh.outcome.cannot"));
        }
        context.progress(-1, "Asking Spotify for a new access token…", Phrase.of("fix.refresh.progress.asking"));
        RefreshAnswer answer = accounts.refresh(clientId.get(), session.refreshToken().get(), CALL_TIMEOUT);
        if (answer instanceof RefreshAnswer.Granted granted) {
            try {
                store.save(session.renewedWith(granted.grant(), clock.instant()));
            } catch (IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "Saving the refreshed sign-in failed: " + e.getClass().getSimpleName());
                return new FixOutcome.Failed("The sign-in was refreshed but could not be stored.",
                        Phrase.of("fix.refresh.outcome.notStored"));
            }
            return new FixOutcome.Done("Your sign-in was refreshed.", Phrase.of("fix.refresh.outcome.done"));
        }
        if (answer instanceof RefreshAnswer.InvalidGrant) {
            forget();
            return new FixOutcome.Failed("Your sign-in has ended (Spotify ends sign-ins after 6 months or when access "
                    + "is removed); please sign in again.", Phrase.of("fix.refresh.outcome.ended"));
        }
        if (answer instanceof RefreshAnswer.Refused refused) {
            LOG.log(System.Logger.Level.WARNING, "Refresh refused: HTTP " + refused.status() + ", " + refused.error());
            return new FixOutcome.Failed("Spotify refused to refresh the sign-in; please sign in again.",
                    Phrase.of("fix.refresh.outcome.refused"));
        }
        CallFailure failure = ((RefreshAnswer.Failed) answer).failure();
        LOG.log(System.Logger.Level.WARNING, "Refresh not answered: " + failure.technical());
        return new FixOutcome.Failed("Spotify could not be asked right now; please try again later.",
                Phrase.of("fix.refresh.outcome.unreachable"));
    }

    private void forget() {
        try {
            store.clear();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Forgetting the ended sign-in failed: " + e.getClass().getSimpleName());
        }
    }
}
