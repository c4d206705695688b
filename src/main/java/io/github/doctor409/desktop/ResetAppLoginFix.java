package io.github.doctor409.desktop;

import io.github.doctor409.core.Fix;
import io.github.doctor409.core.FixContext;
import io.github.doctor409.core.FixOutcome;
import io.github.doctor409.core.Phrase;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * {@code fix.reset-app-login}: removes exactly the four remembered-login keys ({@code autologin.username},
 * {@code autologin.canonical_username}, {@code autologin.saved_credentials}, {@code autologin.blob}) from the
 * app's {@code prefs} so it asks to log in again (SPOTIFY-FACTS §3). Only with the app closed; the prefs
 * file is copied to a dated backup beside it first; every other byte stays as it was (the file is edited
 * as bytes, line by line, never re-encoded); the new file replaces the old in one rename.
 */
public final class ResetAppLoginFix implements Fix {

    public static final String ID = "fix.reset-app-login";
    static final List<String> KEYS = List.of("autologin.username", "autologin.canonical_username",
            "autologin.saved_credentials", "autologin.blob");
    /** A real prefs file is a few kilobytes. */
    static final long MAX_BYTES = 4L * 1024 * 1024;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final SpotifyInstallLocator locator;
    private final SpotifyProcesses spotify;
    private final Clock clock;

    public ResetAppLoginFix(SpotifyInstallLocator locator, SpotifyProcesses spotify, Clock clock) {
        this.locator = Objects.requireNonNull(locator, "locator");
        this.spotify = Objects.requireNonNull(spotify, "spotify");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Log the app out";
    }

    @Override
    public String describe() {
        return "Makes the Spotify app forget its remembered login, so it shows the login screen next time. Only the "
                + "four autologin settings are removed; a backup of the settings file is kept beside it. Spotify must be closed.";
    }

    @Override
    public boolean changesDisk() {
        return true;
    }

    @Override
    public Set<String> rechecks() {
        return Set.of(ClientInstallCheck.ID);
    }

    @Override
    public FixOutcome apply(FixContext context) {
        if (spotify.isRunning()) {
            return new FixOutcome.Refused("Spotify is running. Close it first (\"Close Spotify\" can do it), then try again. Nothing was changed.",
                    Phrase.of("fix.reset-app-login.outcome.running"));
        }
        Optional<SpotifyInstall> install = locator.locate().mostRecentlyUsed();
        if (install.isEmpty()) {
            return new FixOutcome.Refused("The Spotify app was not found on this computer.",
                    Phrase.of("fix.reset-app-login.outcome.notFound"));
        }
        Path prefs = install.get().prefsFile();
        if (!Files.exists(prefs, LinkOption.NOFOLLOW_LINKS)) {
            return new FixOutcome.Refused("Spotify has no settings file yet (" + prefs + "): run Spotify once first. Nothing was changed.",
                    Phrase.of("fix.reset-app-login.outcome.noPrefs", prefs.toString()));
        }
        if (!Files.isRegularFile(prefs, LinkOption.NOFOLLOW_LINKS)) {
            return new FixOutcome.Refused(prefs + " is not a regular file; 409 Doctor leaves it alone.");
        }
        byte[] original;
        try (InputStream in = Files.newInputStream(prefs)) {
            original = in.readNBytes((int) MAX_BYTES + 1);
        } catch (IOException e) {
            return new FixOutcome.Failed("Could not read " + prefs + " (" + e.getClass().getSimpleName() + "). Nothing was changed.");
        }
        if (original.length > MAX_BYTES) {
            return new FixOutcome.Refused(prefs + " is far larger than a Spotify settings file; 409 Doctor leaves it alone.");
        }
        Edit edit = withoutLoginKeys(original);
        if (edit.removed() == 0) {
            return new FixOutcome.Done("The Spotify app has no remembered login; nothing was changed.",
                    Phrase.of("fix.reset-app-login.outcome.nothing"));
        }
        Path backup = prefs.resolveSibling("prefs.doctor409-backup-" + STAMP.format(clock.instant()));
        Path temp = prefs.resolveSibling("prefs.doctor409-tmp");
        try {
            Files.copy(prefs, backup, StandardCopyOption.COPY_ATTRIBUTES);
            Files.write(temp, edit.bytes());
            Files.move(temp, prefs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // a leftover temp file changes nothing the app reads
            }
            return new FixOutcome.Failed("Could not rewrite " + prefs + " (" + e.getClass().getSimpleName() + "); the settings are unchanged.");
        }
        return new FixOutcome.Done("The Spotify app will ask you to log in the next time it starts. Removed " + edit.removed()
                + " remembered-login lines; a backup is at " + backup + ".",
                Phrase.of("fix.reset-app-login.outcome.done", edit.removed(), backup.toString()));
    }

    record Edit(byte[] bytes, int removed) {}

    /** Drops every line whose key is one of {@link #KEYS} (duplicates too); keeps all other bytes, line endings included. */
    static Edit withoutLoginKeys(byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length);
        int removed = 0;
        int start = 0;
        while (start < content.length) {
            int end = start;
            while (end < content.length && content[end] != '\n') {
                end++;
            }
            int next = end < content.length ? end + 1 : end;
            if (isLoginLine(content, start, end)) {
                removed++;
            } else {
                out.write(content, start, next - start);
            }
            start = next;
        }
        return new Edit(out.toByteArray(), removed);
    }

    private static boolean isLoginLine(byte[] content, int start, int end) {
        String line = new String(content, start, Math.min(end - start, 64), StandardCharsets.ISO_8859_1);
        return KEYS.stream().anyMatch(key -> line.startsWith(key + "="));
    }
}
