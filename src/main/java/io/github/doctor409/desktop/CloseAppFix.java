package io.github.doctor409.desktop;

import io.github.doctor409.core.Fix;
import io.github.doctor409.core.FixContext;
import io.github.doctor409.core.FixOutcome;
import io.github.doctor409.core.Phrase;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * {@code fix.close-app}: asks the Spotify app to quit, the way closing its window does, and waits for it.
 * When it does not quit, the outcome says so and points to {@code fix.force-close-app}, the same fix in
 * its forcing form: that one declares {@link #changesDisk()} so the window and the command line ask for
 * confirmation before it ends the app at once (DESIGN §3: force only after confirmation).
 */
public final class CloseAppFix implements Fix {

    public static final String ID = "fix.close-app";
    public static final String FORCE_ID = "fix.force-close-app";
    static final Duration POLITE_WAIT = Duration.ofSeconds(10);

    private final SpotifyProcesses spotify;
    private final boolean force;
    private final Duration wait;

    private CloseAppFix(SpotifyProcesses spotify, boolean force, Duration wait) {
        this.spotify = Objects.requireNonNull(spotify, "spotify");
        this.force = force;
        this.wait = Objects.requireNonNull(wait, "wait");
    }

    /** Asks politely. */
    public static CloseAppFix polite(SpotifyProcesses spotify) {
        return new CloseAppFix(spotify, false, POLITE_WAIT);
    }

    /** Ends the app at once; run only after the person confirmed. */
    public static CloseAppFix forced(SpotifyProcesses spotify) {
        return new CloseAppFix(spotify, true, POLITE_WAIT);
    }

    static CloseAppFix polite(SpotifyProcesses spotify, Duration wait) {
        return new CloseAppFix(spotify, false, wait);
    }

    @Override
    public String id() {
        return force ? FORCE_ID : ID;
    }

    @Override
    public String title() {
        return force ? "Force Spotify to close" : "Close Spotify";
    }

    @Override
    public String describe() {
        return force
                ? "Ends the Spotify app at once, without letting it finish what it is doing. Use this only when it does not close when asked. Your music and settings are not affected."
                : "Asks the Spotify app to quit, as closing its window does, and waits up to " + wait.toSeconds() + " seconds.";
    }

    @Override
    public Phrase describePhrase() {
        return force ? null : Phrase.of("fix.close-app.describe", wait.toSeconds());
    }

    /** The forcing form asks for confirmation first; asking politely needs none. */
    @Override
    public boolean changesDisk() {
        return force;
    }

    @Override
    public Set<String> rechecks() {
        return Set.of(ClientInstallCheck.ID);
    }

    @Override
    public FixOutcome apply(FixContext context) throws InterruptedException {
        List<RunningProcess> running = spotify.running();
        if (running.isEmpty()) {
            return new FixOutcome.Done("Spotify is not running.", Phrase.of("fix.close-app.outcome.notRunning"));
        }
        context.progress(-1, force ? "Ending Spotify…" : "Asking Spotify to quit…",
                force ? Phrase.of("fix.close-app.progress.ending") : Phrase.of("fix.close-app.progress.asking"));
        for (RunningProcess process : running) {
            if (force) {
                spotify.processes().forceQuit(process.pid());
            } else {
                spotify.processes().askToQuit(process.pid());
            }
        }
        for (RunningProcess process : running) {
            if (context.isCancelled()) {
                return new FixOutcome.Cancelled("Stopped waiting for Spotify to quit.",
                        Phrase.of("fix.close-app.outcome.stopped"));
            }
            spotify.processes().awaitExit(process.pid(), wait);
        }
        List<RunningProcess> still = spotify.running();
        if (still.isEmpty()) {
            return new FixOutcome.Done("Spotify is closed.", Phrase.of("fix.close-app.outcome.closed"));
        }
        return force
                ? new FixOutcome.Failed("Spotify could not be ended (it may run as another user). Close it from the task manager.",
                        Phrase.of("fix.force-close-app.outcome.failed"))
                : new FixOutcome.Refused("Spotify did not quit when asked. Choose \"Force Spotify to close\" to end it at once.",
                        Phrase.of("fix.close-app.outcome.refused"));
    }
}
