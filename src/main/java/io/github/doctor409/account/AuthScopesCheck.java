package io.github.doctor409.account;

import io.github.doctor409.core.Check;
import io.github.doctor409.core.CheckContext;
import io.github.doctor409.core.CheckGroup;
import io.github.doctor409.core.CheckKind;
import io.github.doctor409.core.CheckResult;
import io.github.doctor409.core.Phrase;
import io.github.doctor409.core.Status;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code auth.scopes} (DESIGN §2): the scopes the stored sign-in was granted, from {@code auth.token}'s
 * evidence, against what the checks need: {@code user-read-private} for the plan and
 * {@code user-read-playback-state} for the device list.
 */
public final class AuthScopesCheck implements Check {

    public static final String ID = "auth.scopes";

    /** Scope → what it lets 409 Doctor see, in plain words. */
    static final Map<String, String> NEEDED = needed();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Permissions";
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
        return Set.of(AuthTokenCheck.ID);
    }

    @Override
    public CheckResult run(CheckContext context) {
        Optional<SignInEvidence> signIn = SignInEvidence.of(context.resultOf(AuthTokenCheck.ID));
        if (signIn.isEmpty()) {
            return CheckResult.of(this, Status.SKIPPED, "Needs a working sign-in first.")
                    .says(Phrase.of("checks.needsSignIn"))
                    .detail("auth.token did not confirm a working sign-in, so there are no granted scopes to compare.")
                    .build();
        }
        Set<String> granted = signIn.get().scopes();
        List<String> missing = NEEDED.keySet().stream().filter(scope -> !granted.contains(scope)).toList();
        CheckResult.Builder result;
        if (missing.isEmpty()) {
            result = CheckResult.of(this, Status.PASS, "409 Doctor has the permissions its checks need.")
                    .says(Phrase.of("auth.scopes.summary.ok"));
        } else {
            List<String> what = missing.stream().map(NEEDED::get).toList();
            result = CheckResult.of(this, Status.WARN,
                            "409 Doctor was not allowed to see " + String.join(" or ", what)
                                    + "; sign in again to give that permission.")
                    .says(missing.size() > 1 ? Phrase.of("auth.scopes.summary.missingBoth")
                            : missing.contains("user-read-private") ? Phrase.of("auth.scopes.summary.missingPlan")
                            : Phrase.of("auth.scopes.summary.missingDevices"))
                    .detail("Missing scopes: " + String.join(" ", missing) + ".")
                    .fix(SignInFix.ID);
        }
        return result
                .detail("Granted scopes: " + (granted.isEmpty() ? "none" : String.join(" ", granted)) + ".")
                .evidence("granted", List.copyOf(granted))
                .evidence("missing", missing)
                .build();
    }

    private static Map<String, String> needed() {
        Map<String, String> needed = new LinkedHashMap<>();
        needed.put("user-read-private", "your account plan");
        needed.put("user-read-playback-state", "your other devices");
        return java.util.Collections.unmodifiableMap(needed);
    }
}
