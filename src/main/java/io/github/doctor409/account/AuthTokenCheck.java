package io.github.doctor409.account;

import io.github.doctor409.core.Check;
import io.github.doctor409.core.CheckContext;
import io.github.doctor409.core.CheckGroup;
import io.github.doctor409.core.CheckKind;
import io.github.doctor409.core.CheckResult;
import io.github.doctor409.core.Phrase;
import io.github.doctor409.core.Status;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code auth.token} (DESIGN §2): is there a stored sign-in, and does Spotify accept it? An expired
 * access token gets one refresh; a 401 gets one refresh and one retry, never more. The cause comes from
 * the status: 401 → sign in again, 403 → account or app restriction, 429 / 5xx / network → unknown.
 */
public final class AuthTokenCheck implements Check {

    public static final String ID = "auth.token";

    /** Kept free before the deadline on every call, so the check returns on its own. */
    static final Duration CALL_MARGIN = Duration.ofMillis(300);

    static final String ME = "GET /v1/me";
    static final String TOKEN = "POST /api/token";

    private final TokenStore store;
    private final SpotifyAccountsClient accounts;
    private final WebApiClient api;
    private final Clock clock;
    private final Optional<String> clientId;

    public AuthTokenCheck(TokenStore store, SpotifyAccountsClient accounts, WebApiClient api, Clock clock,
                          Optional<String> clientId) {
        this.store = Objects.requireNonNull(store, "store");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.api = Objects.requireNonNull(api, "api");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.clientId = Objects.requireNonNull(clientId, "clientId").filter(id -> !id.isBlank());
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Sign-in";
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
    public CheckResult run(CheckContext context) {
        context.waitingFor("reading the stored sign-in");
        SessionLoad load = store.load();
        if (load instanceof SessionLoad.Found found) {
            return new Attempt(context, found.session()).verify();
        }
        if (load instanceof SessionLoad.Unreadable unreadable) {
            CheckResult.Builder result = CheckResult.of(this, Status.WARN,
                            "Your stored sign-in could not be read and was set aside; please sign in again.")
                    .says(Phrase.of("auth.token.summary.unreadableStore"))
                    .detail("The stored sign-in could not be used: " + unreadable.reason() + ".")
                    .evidence("session", "unreadable")
                    .fix("fix.sign-in");
            unreadable.setAsideAs().ifPresentOrElse(
                    name -> result.detail(name.endsWith(KeychainTokenStore.REMOVED) ? "It was removed from the keychain."
                            : "It was renamed to " + name + " in the config folder.").evidence("setAsideAs", name),
                    () -> result.detail("It could not be moved out of the way either."));
            return result.build();
        }
        if (clientId.isEmpty()) {
            return CheckResult.of(this, Status.WARN, ClientIdHelp.SUMMARY)
                    .says(Phrase.of("auth.token.summary.noClientId"))
                    .detail("No stored sign-in was found, and no Spotify client id is configured, so signing in is not possible yet.")
                    .details(ClientIdHelp.STEPS)
                    .evidence("session", "none")
                    .evidence("clientId", "missing")
                    .build();
        }
        return CheckResult.of(this, Status.WARN, "Not signed in.")
                .says(Phrase.of("auth.token.summary.notSignedIn"))
                .detail("No stored sign-in was found; sign in to let 409 Doctor check your account.")
                .evidence("session", "none")
                .fix("fix.sign-in")
                .build();
    }

    /** One verification of one stored session: at most one refresh, at most two calls to {@code /v1/me}. */
    private final class Attempt {
        private final CheckContext context;
        private final List<String> notes = new ArrayList<>();
        private StoredSession session;
        private boolean refreshed;
        private boolean saveFailed;

        Attempt(CheckContext context, StoredSession session) {
            this.context = context;
            this.session = session;
        }

        CheckResult verify() {
            if (session.isExpiredAt(clock.instant())) {
                notes.add("The stored access token expires at " + session.expiresAt() + ", which is past or too close; renewing it first.");
                Optional<CheckResult> stop = renewExpired();
                if (stop.isPresent()) {
                    return stop.get();
                }
            }
            MeAnswer answer = callMe();
            if (answer instanceof MeAnswer.Unauthorized && !refreshed && canRenew()) {
                notes.add(ME + ": 401; renewing the sign-in once and asking again.");
                Optional<CheckResult> stop = renew();
                if (stop.isPresent()) {
                    return stop.get();
                }
                answer = callMe();
            }
            return describe(answer);
        }

        private boolean canRenew() {
            return session.refreshToken().isPresent() && clientId.isPresent();
        }

        private Optional<CheckResult> renewExpired() {
            if (session.refreshToken().isEmpty()) {
                return Optional.of(result(Status.WARN, "Your sign-in has expired and cannot be renewed; please sign in again.")
                        .says(Phrase.of("auth.token.summary.expiredNoRefresh"))
                        .detail("The stored session has no refresh token.")
                        .fix("fix.sign-in")
                        .build());
            }
            if (clientId.isEmpty()) {
                return Optional.of(result(Status.WARN,
                                "Your sign-in has expired and cannot be renewed because no Spotify app id is set up.")
                        .says(Phrase.of("auth.token.summary.expiredNoClientId"))
                        .detail("No client id is configured (DOCTOR409_CLIENT_ID), so the refresh grant cannot be used.")
                        .fix("fix.sign-in")
                        .build());
            }
            return renew();
        }

        /** The one refresh of this attempt; a result when the check ends here. */
        private Optional<CheckResult> renew() {
            refreshed = true;
            context.waitingFor("an answer from " + accounts.host() + " to renew the sign-in");
            RefreshAnswer answer = accounts.refresh(clientId.orElseThrow(), session.refreshToken().orElseThrow(), callTimeout());
            if (answer instanceof RefreshAnswer.Granted granted) {
                session = session.renewedWith(granted.grant(), clock.instant());
                notes.add(TOKEN + ": 200; the sign-in was renewed.");
                save();
                return Optional.empty();
            }
            if (answer instanceof RefreshAnswer.InvalidGrant) {
                return Optional.of(result(Status.FAIL, "Your sign-in has ended; please sign in again.")
                        .says(Phrase.of("auth.token.summary.ended"))
                        .detail(TOKEN + ": invalid_grant — the refresh token was revoked or has expired"
                                + " (Spotify ends sign-ins 6 months after they were made).")
                        .evidence("oauthError", "invalid_grant")
                        .fix("fix.sign-in")
                        .build());
            }
            if (answer instanceof RefreshAnswer.Refused refused) {
                return Optional.of(result(Status.FAIL, "Spotify refused to renew your sign-in; please sign in again.")
                        .says(Phrase.of("auth.token.summary.renewRefused"))
                        .detail(TOKEN + ": HTTP " + refused.status() + ", OAuth error " + refused.error() + ".")
                        .evidence("httpStatus", refused.status())
                        .evidence("oauthError", refused.error())
                        .fix("fix.sign-in")
                        .build());
            }
            CallFailure failure = ((RefreshAnswer.Failed) answer).failure();
            return Optional.of(unverified(failure, TOKEN).fix("fix.refresh").build());
        }

        private void save() {
            try {
                store.save(session);
            } catch (IOException | RuntimeException e) {
                saveFailed = true;
                notes.add("The renewed sign-in could not be saved (" + e.getClass().getSimpleName() + ").");
            }
        }

        private MeAnswer callMe() {
            context.waitingFor("an answer from " + api.host() + " to " + ME);
            return api.me(session.accessToken(), callTimeout());
        }

        private CheckResult describe(MeAnswer answer) {
            if (answer instanceof MeAnswer.Ok ok) {
                return passed(ok.profile());
            }
            if (answer instanceof MeAnswer.Unauthorized) {
                String why = refreshed ? " even after the sign-in was renewed once"
                        : session.refreshToken().isEmpty() ? "; the session has no refresh token to renew it"
                        : "; no client id is configured to renew it";
                return result(Status.FAIL, "Spotify no longer accepts your sign-in; please sign in again.")
                        .says(Phrase.of("auth.token.summary.rejected"))
                        .detail(ME + ": 401 — the access token was turned down" + why + ".")
                        .evidence("httpStatus", 401)
                        .fix("fix.sign-in")
                        .build();
            }
            if (answer instanceof MeAnswer.Forbidden) {
                return result(Status.FAIL,
                                "Spotify accepted your sign-in but refused access for this account or app; "
                                        + "if the app is in development mode, your account may need to be added to its user list.")
                        .says(Phrase.of("auth.token.summary.forbidden"))
                        .detail(ME + ": 403 — the token is valid but access is restricted (for example a user not on a "
                                + "development-mode app's allow-list). Signing in again will not change this.")
                        .evidence("httpStatus", 403)
                        .build();
            }
            CallFailure failure = ((MeAnswer.Failed) answer).failure();
            return unverified(failure, ME).build();
        }

        private CheckResult passed(UserProfile profile) {
            long secondsLeft = session.secondsLeftAt(clock.instant());
            CheckResult.Builder result = saveFailed
                    ? result(Status.WARN, "Your sign-in works, but its renewal could not be saved; you may need to sign in again next time.")
                    .says(Phrase.of("auth.token.summary.notSaved"))
                    .fix("fix.refresh")
                    : result(Status.PASS, "Your sign-in works.").says(Phrase.of("auth.token.summary.ok"));
            return result
                    .detail(ME + ": 200; the access token is valid for " + secondsLeft + " more seconds.")
                    .detail("Granted scopes: " + (session.scopes().isEmpty() ? "none" : String.join(" ", session.sortedScopes())) + ".")
                    .evidence("product", profile.product().orElse(null))
                    .evidence("scopes", List.copyOf(session.sortedScopes()))
                    .evidence("expiresInSeconds", secondsLeft)
                    .build();
        }

        /** A result whose details start with what this attempt did so far. */
        private CheckResult.Builder result(Status status, String summary) {
            return withEvidence(CheckResult.of(AuthTokenCheck.this, status, summary).details(notes));
        }

        private CheckResult.Builder unverified(CallFailure failure, String endpoint) {
            return withEvidence(UnverifiedResult.of(AuthTokenCheck.this, failure, endpoint, notes));
        }

        private CheckResult.Builder withEvidence(CheckResult.Builder builder) {
            return builder.evidence("session", "stored").evidence("refreshed", refreshed);
        }

        private Duration callTimeout() {
            return context.remaining().minus(CALL_MARGIN);
        }
    }
}
