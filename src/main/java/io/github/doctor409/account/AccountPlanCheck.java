package io.github.doctor409.account;

import io.github.doctor409.core.Check;
import io.github.doctor409.core.CheckContext;
import io.github.doctor409.core.CheckGroup;
import io.github.doctor409.core.CheckKind;
import io.github.doctor409.core.CheckResult;
import io.github.doctor409.core.Phrase;
import io.github.doctor409.core.Status;
import java.util.Optional;
import java.util.Set;

/**
 * {@code account.plan} (DESIGN §2): {@code product} from {@code /v1/me}, read from {@code auth.token}'s
 * evidence. A free plan together with a modified app ({@code client.integrity}, when that check runs)
 * explains the desktop app's "restricted to Premium users only" error (SPOTIFY-FACTS §0).
 */
public final class AccountPlanCheck implements Check {

    public static final String ID = "account.plan";
    static final String INTEGRITY = "client.integrity";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Account plan";
    }

    @Override
    public CheckGroup group() {
        return CheckGroup.ACCOUNT;
    }

    @Override
    public CheckKind kind() {
        return CheckKind.LOCAL;
    }

    @Override
    public Set<String> dependsOn() {
        return Set.of(AuthTokenCheck.ID, INTEGRITY);
    }

    @Override
    public CheckResult run(CheckContext context) {
        Optional<SignInEvidence> signIn = SignInEvidence.of(context.resultOf(AuthTokenCheck.ID));
        if (signIn.isEmpty()) {
            return CheckResult.of(this, Status.SKIPPED, "Needs a working sign-in first.")
                    .says(Phrase.of("checks.needsSignIn"))
                    .detail("auth.token did not confirm a working sign-in, so the plan is not known.")
                    .build();
        }
        Optional<String> product = signIn.get().product();
        if (product.isEmpty()) {
            return CheckResult.of(this, Status.UNKNOWN,
                            "Spotify did not tell 409 Doctor your plan; sign in again to give that permission.")
                    .says(Phrase.of("account.plan.summary.notTold"))
                    .detail("GET /v1/me had no product field" + (signIn.get().scopes().contains("user-read-private")
                            ? "." : " (the user-read-private scope was not granted)."))
                    .fix(SignInFix.ID)
                    .build();
        }
        String plan = product.get();
        if ("premium".equals(plan)) {
            return CheckResult.of(this, Status.PASS, "Your account has Spotify Premium.")
                    .says(Phrase.of("account.plan.summary.premium"))
                    .detail("GET /v1/me: product premium.")
                    .evidence("product", plan)
                    .build();
        }
        boolean modified = context.resultOf(INTEGRITY)
                .map(r -> r.status() == Status.FAIL || r.status() == Status.WARN).orElse(false);
        if (("free".equals(plan) || "open".equals(plan)) && modified) {
            return CheckResult.of(this, Status.FAIL,
                            "Your account is on the free plan and the Spotify app looks modified: together these cause "
                                    + "\"restricted to Premium users only\" (error 409).")
                    .says(Phrase.of("account.plan.summary.freeModified"))
                    .detail("GET /v1/me: product " + plan + "; client.integrity found signs of a modified app.")
                    .evidence("product", plan)
                    .evidence("modifiedApp", true)
                    .build();
        }
        if ("free".equals(plan) || "open".equals(plan)) {
            return CheckResult.of(this, Status.WARN,
                            "Your account is on the free plan; some Spotify apps then show \"restricted to Premium users "
                                    + "only\" (error 409).")
                    .says(Phrase.of("account.plan.summary.free"))
                    .detail("GET /v1/me: product " + plan + ". Error 409 in the desktop app is seen with free or lapsed "
                            + "plans on restricted builds and with modified apps.")
                    .detail("Plan details: https://www.spotify.com/account/overview/")
                    .evidence("product", plan)
                    .build();
        }
        String shown = plan.matches("[a-z_]{1,30}") ? plan : "unrecognised";
        return CheckResult.of(this, Status.WARN, "Spotify reports a plan 409 Doctor does not recognise.")
                .says(Phrase.of("account.plan.summary.unrecognised"))
                .detail("GET /v1/me: product " + shown + ".")
                .evidence("product", shown)
                .build();
    }
}
