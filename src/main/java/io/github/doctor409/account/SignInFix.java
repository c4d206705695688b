package io.github.doctor409.account;

import io.github.doctor409.core.Fix;
import io.github.doctor409.core.FixContext;
import io.github.doctor409.core.FixOutcome;
import io.github.doctor409.core.Phrase;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/** {@code fix.sign-in}: the PKCE sign-in in the person's browser (DESIGN §3, §6). */
public final class SignInFix implements Fix {

    public static final String ID = "fix.sign-in";

    /** The checks that read the account; they run again after a sign-in. */
    public static final Set<String> ACCOUNT_CHECKS = Set.of(AuthTokenCheck.ID, "auth.scopes", "account.plan", "account.devices");

    private static final System.Logger LOG = System.getLogger(SignInFix.class.getName());

    private final PkceSignIn signIn;
    private final Browser browser;
    private final Duration timeout;

    /** @param timeout how long to wait for the person to finish in the browser */
    public SignInFix(PkceSignIn signIn, Browser browser, Duration timeout) {
        this.signIn = Objects.requireNonNull(signIn, "signIn");
        this.browser = Objects.requireNonNull(browser, "browser");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Sign in again";
    }

    @Override
    public String describe() {
        return "Opens Spotify's sign-in page in your web browser. After you agree there, 409 Doctor keeps the "
                + "sign-in on this computer so it can check your account. It only reads; it changes nothing in your account.";
    }

    /** The stored sign-in is the app's own state, not the person's files; the browser step is the confirmation. */
    @Override
    public boolean changesDisk() {
        return false;
    }

    @Override
    public Set<String> rechecks() {
        return ACCOUNT_CHECKS;
    }

    @Override
    public FixOutcome apply(FixContext context) {
        context.progress(-1, "Waiting for you to sign in in your browser…", Phrase.of("fix.sign-in.progress.waiting"));
        SignInOutcome outcome = signIn.signIn(browser, timeout);
        if (outcome instanceof SignInOutcome.SignedIn) {
            return new FixOutcome.Done(outcome.message(), outcome.phrase());
        }
        if (outcome instanceof SignInOutcome.NotConfigured) {
            return new FixOutcome.Refused(outcome.message(), outcome.phrase());
        }
        if (outcome instanceof SignInOutcome.Cancelled || outcome instanceof SignInOutcome.Denied) {
            return new FixOutcome.Cancelled(outcome.message(), outcome.phrase());
        }
        if (outcome instanceof SignInOutcome.Failed failed) {
            LOG.log(System.Logger.Level.WARNING, "Sign-in failed: " + failed.technical());
        }
        return new FixOutcome.Failed(outcome.message(), outcome.phrase());
    }
}
