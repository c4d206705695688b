package io.github.doctor409.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.doctor409.core.FixOutcome;
import io.github.doctor409.core.MutableClock;
import io.github.doctor409.core.OperatingSystem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResetAppLoginFixTest {

    @TempDir
    Path home;

    private final FakeProcessList processes = new FakeProcessList();

    private ResetAppLoginFix fix(FakeSpotifyHome spotify) {
        return new ResetAppLoginFix(spotify.locator(), new SpotifyProcesses(processes, spotify.host().os()),
                new MutableClock(FakeSpotifyHome.NOW));
    }

    private static final String PREFS = String.join("\r\n",
            "autologin.canonical_username=\"secretuser\"",
            "app.last-launched-version=\"1.2.98.474.gabcdef12\"",
            "autologin.saved_credentials=\"AQBk-SECRET\"",
            "autologin.username=\"secretuser\"",
            "ui.theme=\"dark ünïcode\"",
            "autologin.blob=\"BLOB\"",
            "autologin.username=\"duplicate\"",
            "autologin.other=\"not one of the four\"",
            "storage.size=1024",
            "");

    @Test
    void removesOnlyTheFourAutologinKeysAndKeepsEveryOtherByte() throws Exception {
        FakeSpotifyHome spotify = new FakeSpotifyHome(home, OperatingSystem.WINDOWS).prefs(SpotifyFlavour.WINDOWS_INSTALLER, PREFS);
        Path prefs = spotify.paths(SpotifyFlavour.WINDOWS_INSTALLER).prefsFile();

        FixOutcome outcome = fix(spotify).apply(new RecordingFixContext());

        assertThat(outcome).isInstanceOf(FixOutcome.Done.class);
        assertThat(outcome.message()).contains("log in").contains("Removed 5").doesNotContain("secret").doesNotContain("BLOB");
        assertThat(Files.readAllBytes(prefs)).isEqualTo(String.join("\r\n",
                "app.last-launched-version=\"1.2.98.474.gabcdef12\"",
                "ui.theme=\"dark ünïcode\"",
                "autologin.other=\"not one of the four\"",
                "storage.size=1024",
                "").getBytes(StandardCharsets.UTF_8));
        Path backup = prefs.resolveSibling("prefs.doctor409-backup-20261124-120000");
        assertThat(backup).hasContent(PREFS);
    }

    @Test
    void refusesWhileSpotifyRuns() throws Exception {
        FakeSpotifyHome spotify = new FakeSpotifyHome(home, OperatingSystem.MACOS).prefs(SpotifyFlavour.MACOS, PREFS);
        processes.running("/Applications/Spotify.app/Contents/MacOS/Spotify");

        FixOutcome outcome = fix(spotify).apply(new RecordingFixContext());

        assertThat(outcome).isInstanceOf(FixOutcome.Refused.class);
        assertThat(spotify.paths(SpotifyFlavour.MACOS).prefsFile()).hasContent(PREFS);
    }

    @Test
    void anAppThatNeverRanIsToldToRunSpotifyOnceFirst() {
        FakeSpotifyHome spotify = new FakeSpotifyHome(home, OperatingSystem.LINUX);
        spotify.cacheFile(SpotifyFlavour.LINUX_PACKAGE, "Data/x", 1, FakeSpotifyHome.YESTERDAY);

        FixOutcome outcome = fix(spotify).apply(new RecordingFixContext());

        assertThat(outcome).isInstanceOf(FixOutcome.Refused.class);
        assertThat(outcome.message()).contains("run Spotify once first");
    }

    @Test
    void emptyAndBinaryPrefsAreLeftExactlyAsTheyWere() throws Exception {
        byte[] binary = new byte[4096];
        new Random(7).nextBytes(binary);
        for (byte[] content : new byte[][] {new byte[0], binary}) {
            FakeSpotifyHome spotify = new FakeSpotifyHome(home, OperatingSystem.LINUX).prefsBytes(SpotifyFlavour.LINUX_PACKAGE, content);
            Path prefs = spotify.paths(SpotifyFlavour.LINUX_PACKAGE).prefsFile();

            FixOutcome outcome = fix(spotify).apply(new RecordingFixContext());

            assertThat(outcome).isInstanceOf(FixOutcome.Done.class);
            assertThat(outcome.message()).contains("nothing was changed");
            assertThat(Files.readAllBytes(prefs)).isEqualTo(content);
            try (var siblings = Files.list(prefs.getParent())) {
                assertThat(siblings).containsExactly(prefs);
            }
        }
    }

    @Test
    void aHugePrefsFileIsLeftAlone() throws Exception {
        FakeSpotifyHome spotify = new FakeSpotifyHome(home, OperatingSystem.LINUX)
                .prefsBytes(SpotifyFlavour.LINUX_PACKAGE, new byte[(int) ResetAppLoginFix.MAX_BYTES + 1]);

        assertThat(fix(spotify).apply(new RecordingFixContext())).isInstanceOf(FixOutcome.Refused.class);
    }
}
