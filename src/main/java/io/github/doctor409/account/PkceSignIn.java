package io.github.doctor409.account;

import io.github.doctor409.core.TaskExecutor;
import java.io.IOException;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * Signing in with the Authorization Code flow and PKCE (DESIGN §6, SPOTIFY-FACTS §1): a fresh verifier
 * and S256 challenge, a {@code state} of 256 random bits, a one-shot {@link LoopbackReceiver} on
 * {@code 127.0.0.1}, the authorize page handed to a {@link Browser}, then the code exchanged once at
 * the token endpoint and the session stored. Nothing secret leaves this class except into the store
 * and the token request.
 */
public final class PkceSignIn {

    /** What the sign-in asks for: {@code product} and {@code country} from /v1/me, and the device list. */
    public static final List<String> SCOPES = List.of("user-read-private", "user-read-email", "user-read-playback-state");

    /** The code exchange gets this long, apart from the wait for the browser. */
    static final Duration EXCHANGE_TIMEOUT = Duration.ofSeconds(15);

    private static final System.Logger LOG = System.getLogger(PkceSignIn.class.getName());

    private final Optional<String> clientId;
    private final HttpUrl authorizeUrl;
    private final SpotifyAccountsClient accounts;
    private final TokenStore store;
    private final TaskExecutor executor;
    private final Clock clock;
    private final SecureRandom random;
    private final int callbackPort;
    private final Duration exchangeTimeout;
    private final List<String> scopes;

    /**
     * @param authorizeUrl the authorize endpoint, {@code https://accounts.spotify.com/authorize} unless configured otherwise
     * @param callbackPort the loopback port to listen on; 0 (the normal case) picks a free ephemeral one
     */
    public PkceSignIn(Optional<String> clientId, URI authorizeUrl, SpotifyAccountsClient accounts, TokenStore store,
                      TaskExecutor executor, Clock clock, SecureRandom random, int callbackPort) {
        this(clientId, authorizeUrl, accounts, store, executor, clock, random, callbackPort, EXCHANGE_TIMEOUT, SCOPES);
    }

    private PkceSignIn(Optional<String> clientId, URI authorizeUrl, SpotifyAccountsClient accounts, TokenStore store,
                       TaskExecutor executor, Clock clock, SecureRandom random, int callbackPort,
                       Duration exchangeTimeout, List<String> scopes) {
        this.clientId = Objects.requireNonNull(clientId, "clientId").filter(id -> !id.isBlank());
        this.authorizeUrl = HttpUrl.get(authorizeUrl.toString());
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.store = Objects.requireNonNull(store, "store");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
        this.callbackPort = callbackPort;
        this.exchangeTimeout = Objects.requireNonNull(exchangeTimeout, "exchangeTimeout");
        this.scopes = List.copyOf(scopes);
    }

    /** The same sign-in with another limit on the code exchange (tests of a hanging token endpoint). */
    PkceSignIn withExchangeTimeout(Duration timeout) {
        return new PkceSignIn(clientId, authorizeUrl.uri(), accounts, store, executor, clock, random, callbackPort, timeout,
                scopes);
    }

    /** The same sign-in asking for other scopes (an OpenID server in the interoperability test wants {@code openid}). */
    PkceSignIn withScopes(List<String> otherScopes) {
        return new PkceSignIn(clientId, authorizeUrl.uri(), accounts, store, executor, clock, random, callbackPort,
                exchangeTimeout, otherScopes);
    }

    public boolean isConfigured() {
        return clientId.isPresent();
    }

    /**
     * Runs the whole sign-in: opens the authorize page through {@code browser}, waits at most
     * {@code timeout} for the browser to come back, exchanges the code and stores the session. An
     * interrupted thread ends it as {@link SignInOutcome.Cancelled} (the interrupt flag stays set).
     */
    public SignInOutcome signIn(Browser browser, Duration timeout) {
        LOG.log(System.Logger.Level.INFO, "Sign-in started at " + authorizeUrl.scheme() + "://" + authorizeUrl.host()
                + ", waiting up to " + timeout.toSeconds() + " s for the browser");
        SignInOutcome outcome = attempt(browser, timeout);
        if (outcome instanceof SignInOutcome.SignedIn signedIn) {
            LOG.log(System.Logger.Level.INFO, "Sign-in finished: signed in, scopes " + String.join(" ",
                    new java.util.TreeSet<>(signedIn.scopes())));
        } else if (outcome instanceof SignInOutcome.Failed failed) {
            LOG.log(System.Logger.Level.WARNING, "Sign-in failed: " + failed.technical());
        } else if (outcome instanceof SignInOutcome.Denied denied) {
            LOG.log(System.Logger.Level.INFO, "Sign-in ended: denied (" + denied.error() + ")");
        } else {
            LOG.log(System.Logger.Level.INFO, "Sign-in ended: " + outcome.getClass().getSimpleName());
        }
        return outcome;
    }

    private SignInOutcome attempt(Browser browser, Duration timeout) {
        if (clientId.isEmpty()) {
            return new SignInOutcome.NotConfigured();
        }
        PkcePair pkce = PkcePair.generate(random);
        String state = newState();
        LoopbackReceiver receiver;
        try {
            receiver = LoopbackReceiver.open(state, executor, callbackPort);
        } catch (IOException e) {
            return new SignInOutcome.Failed("409 Doctor could not open its local sign-in listener on this computer.",
                    "Binding 127.0.0.1:" + callbackPort + " failed (" + e.getClass().getSimpleName() + ")");
        }
        try (receiver) {
            URI redirectUri = receiver.redirectUri();
            try {
                browser.open(authorizePage(pkce, state, redirectUri));
            } catch (IOException | RuntimeException e) {
                return new SignInOutcome.Failed("409 Doctor could not open your web browser for the sign-in.",
                        "Opening the browser failed (" + e.getClass().getSimpleName() + ")");
            }
            OAuthCallback callback;
            try {
                callback = receiver.await(timeout);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new SignInOutcome.Cancelled();
            }
            return finish(callback, pkce, redirectUri);
        }
    }

    /** The authorize address with every parameter Spotify documents for PKCE. */
    URI authorizePage(PkcePair pkce, String state, URI redirectUri) {
        return authorizeUrl.newBuilder()
                .addQueryParameter("client_id", clientId.orElseThrow())
                .addQueryParameter("response_type", "code")
                .addQueryParameter("redirect_uri", redirectUri.toString())
                .addQueryParameter("code_challenge_method", PkcePair.METHOD)
                .addQueryParameter("code_challenge", pkce.challenge())
                .addQueryParameter("state", state)
                .addQueryParameter("scope", String.join(" ", scopes))
                .build()
                .uri();
    }

    private SignInOutcome finish(OAuthCallback callback, PkcePair pkce, URI redirectUri) {
        if (callback instanceof OAuthCallback.Denied denied) {
            return new SignInOutcome.Denied(denied.error());
        }
        if (callback instanceof OAuthCallback.NoCode) {
            return new SignInOutcome.Failed("Spotify's answer had no sign-in code; please try again.",
                    "The redirect had the right state but no code and no error");
        }
        if (callback instanceof OAuthCallback.TimedOut) {
            return new SignInOutcome.TimedOut();
        }
        if (callback instanceof OAuthCallback.Cancelled) {
            return new SignInOutcome.Cancelled();
        }
        String code = ((OAuthCallback.Received) callback).code();
        RefreshAnswer answer = accounts.exchangeCode(clientId.orElseThrow(), code, redirectUri, pkce.verifier(),
                exchangeTimeout);
        if (answer instanceof RefreshAnswer.Granted granted) {
            StoredSession session = StoredSession.from(granted.grant(), clock.instant());
            try {
                store.save(session);
            } catch (IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "Storing the new sign-in failed: " + e.getClass().getSimpleName());
                return new SignInOutcome.Failed("You signed in, but 409 Doctor could not store the sign-in.",
                        "Saving the session failed (" + e.getClass().getSimpleName() + ")");
            }
            return new SignInOutcome.SignedIn(session.scopes());
        }
        if (answer instanceof RefreshAnswer.InvalidGrant) {
            return new SignInOutcome.Failed("Spotify did not accept the sign-in code; please try again.",
                    "POST token: invalid_grant for the authorization code");
        }
        if (answer instanceof RefreshAnswer.Refused refused) {
            return new SignInOutcome.Failed("Spotify refused the sign-in; please check the app id and try again.",
                    "POST token: HTTP " + refused.status() + ", OAuth error " + refused.error());
        }
        CallFailure failure = ((RefreshAnswer.Failed) answer).failure();
        return new SignInOutcome.Failed("Spotify could not finish the sign-in right now; please try again later.",
                "POST token: " + failure.technical());
    }

    private String newState() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return PkcePair.base64Url(bytes);
    }
}
