package io.github.doctor409.account;

import io.github.doctor409.core.Check;
import io.github.doctor409.core.CheckContext;
import io.github.doctor409.core.CheckGroup;
import io.github.doctor409.core.CheckKind;
import io.github.doctor409.core.CheckResult;
import io.github.doctor409.core.Phrase;
import io.github.doctor409.core.Status;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * {@code account.devices} (DESIGN §2): {@code GET /v1/me/player/devices}; more than one active device
 * means two places control playback at once, a known source of conflicts. Runs only after
 * {@code auth.token} confirmed the sign-in, with the token it may have renewed. Device names and ids
 * are never reported.
 */
public final class AccountDevicesCheck implements Check {

    public static final String ID = "account.devices";
    static final String SCOPE = "user-read-playback-state";
    static final String DEVICES = "GET /v1/me/player/devices";

    private final TokenStore store;
    private final WebApiClient api;

    public AccountDevicesCheck(TokenStore store, WebApiClient api) {
        this.store = Objects.requireNonNull(store, "store");
        this.api = Objects.requireNonNull(api, "api");
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Other devices";
    }

    @Override
    public CheckGroup group() {
        return CheckGroup.ACCOUNT;
    }

    @Override
    public CheckKind kind() {
        return CheckKind.NETWORK;
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
                    .detail("auth.token did not confirm a working sign-in, so the device list was not asked for.")
                    .build();
        }
        if (!signIn.get().scopes().contains(SCOPE)) {
            return CheckResult.of(this, Status.UNKNOWN,
                            "409 Doctor was not allowed to see your other devices; sign in again to give that permission.")
                    .says(Phrase.of("account.devices.summary.noPermission"))
                    .detail("The sign-in lacks the " + SCOPE + " scope that " + DEVICES + " needs.")
                    .fix(SignInFix.ID)
                    .build();
        }
        context.waitingFor("reading the stored sign-in");
        if (!(store.load() instanceof SessionLoad.Found found)) {
            return CheckResult.of(this, Status.SKIPPED, "Needs a working sign-in first.")
                    .says(Phrase.of("checks.needsSignIn"))
                    .detail("The stored sign-in was gone by the time the device list was to be asked for.")
                    .build();
        }
        context.waitingFor("an answer from " + api.host() + " to " + DEVICES);
        Duration timeout = context.remaining().minus(AuthTokenCheck.CALL_MARGIN);
        return describe(api.devices(found.session().accessToken(), timeout));
    }

    private CheckResult describe(DevicesAnswer answer) {
        if (answer instanceof DevicesAnswer.Ok ok) {
            long active = ok.activeCount();
            List<String> activeTypes = ok.devices().stream().filter(DevicesAnswer.Device::active)
                    .map(DevicesAnswer.Device::type).sorted().toList();
            CheckResult.Builder result = active > 1
                    ? CheckResult.of(this, Status.WARN, active + " devices are playing on your account at the same time; "
                    + "pause the ones you are not using, as two players at once can conflict.")
                    : CheckResult.of(this, Status.PASS, active == 1
                    ? "Only one device is playing on your account." : "No other device is playing on your account right now.");
            return result
                    .says(active > 1 ? Phrase.of("account.devices.summary.several", active)
                            : active == 1 ? Phrase.of("account.devices.summary.one") : Phrase.of("account.devices.summary.none"))
                    .detail(DEVICES + ": 200; " + ok.devices().size() + " device(s) listed, " + active + " active"
                            + (activeTypes.isEmpty() ? "." : " (" + String.join(", ", activeTypes) + ")."))
                    .evidence("devices", ok.devices().size())
                    .evidence("active", active)
                    .evidence("activeTypes", activeTypes)
                    .build();
        }
        if (answer instanceof DevicesAnswer.Unauthorized) {
            return CheckResult.of(this, Status.UNKNOWN,
                            "Spotify did not let 409 Doctor see your devices; signing in again usually fixes this.")
                    .says(Phrase.of("account.devices.summary.unauthorized"))
                    .detail(DEVICES + ": 401.")
                    .evidence("httpStatus", 401)
                    .fix(SignInFix.ID)
                    .build();
        }
        if (answer instanceof DevicesAnswer.Forbidden) {
            return CheckResult.of(this, Status.UNKNOWN,
                            "Spotify did not let 409 Doctor see your devices (a missing permission or an app restriction).")
                    .says(Phrase.of("account.devices.summary.forbidden"))
                    .detail(DEVICES + ": 403.")
                    .evidence("httpStatus", 403)
                    .fix(SignInFix.ID)
                    .build();
        }
        CallFailure failure = ((DevicesAnswer.Failed) answer).failure();
        CheckResult.Builder result = CheckResult.of(this, Status.UNKNOWN, unknownSummary(failure))
                .says(unknownPhrase(failure))
                .detail(DEVICES + ": " + failure.technical())
                .fix("fix.retry");
        if (failure instanceof CallFailure.RateLimited limited) {
            result.evidence("httpStatus", 429);
            limited.retryAfterSeconds().ifPresent(s -> result.evidence("retryAfterSeconds", s));
        } else if (failure instanceof CallFailure.ServerError server) {
            result.evidence("httpStatus", server.status());
        }
        return result.build();
    }

    private static Phrase unknownPhrase(CallFailure failure) {
        if (failure instanceof CallFailure.RateLimited limited) {
            return limited.retryAfterSeconds().isPresent()
                    ? Phrase.of("account.devices.summary.slowDownSeconds", limited.retryAfterSeconds().getAsLong())
                    : Phrase.of("account.devices.summary.slowDown");
        }
        if (failure instanceof CallFailure.ServerError) {
            return Phrase.of("account.devices.summary.serverTrouble");
        }
        if (failure instanceof CallFailure.NetworkFailure) {
            return Phrase.of("account.devices.summary.unreachable");
        }
        if (failure instanceof CallFailure.OutOfTime) {
            return Phrase.of("account.devices.summary.noTime");
        }
        return Phrase.of("account.devices.summary.unreadable");
    }

    private static String unknownSummary(CallFailure failure) {
        if (failure instanceof CallFailure.RateLimited limited) {
            return "Spotify asked us to slow down, so your devices could not be checked; try again "
                    + (limited.retryAfterSeconds().isPresent() ? "in " + limited.retryAfterSeconds().getAsLong() + " seconds."
                    : "in a little while.");
        }
        if (failure instanceof CallFailure.ServerError) {
            return "Spotify's servers are having trouble, so your devices could not be checked.";
        }
        if (failure instanceof CallFailure.NetworkFailure) {
            return "Could not reach Spotify, so your devices could not be checked.";
        }
        if (failure instanceof CallFailure.OutOfTime) {
            return "There was not enough time left to check your devices.";
        }
        return "Spotify's answer could not be understood, so your devices could not be checked.";
    }
}
