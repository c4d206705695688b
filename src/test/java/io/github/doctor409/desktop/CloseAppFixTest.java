package io.github.doctor409.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.doctor409.core.FixOutcome;
import io.github.doctor409.core.OperatingSystem;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CloseAppFixTest {

    private final FakeProcessList processes = new FakeProcessList();
    private final SpotifyProcesses spotify = new SpotifyProcesses(processes, OperatingSystem.LINUX);

    @Test
    void asksPolitelyAndReportsTheAppClosed() throws Exception {
        processes.running("/usr/share/spotify/spotify").running("/usr/bin/bash");

        FixOutcome outcome = CloseAppFix.polite(spotify).apply(new RecordingFixContext());

        assertThat(outcome).isInstanceOf(FixOutcome.Done.class);
        assertThat(processes.askedToQuit()).containsExactly(1000L);
        assertThat(processes.forced()).isEmpty();
    }

    @Test
    void anAppThatIgnoresThePoliteRequestIsNotForcedButTheForcingFixIsNamed() throws Exception {
        processes.running("/usr/share/spotify/spotify").ignoresQuitRequests();

        FixOutcome outcome = CloseAppFix.polite(spotify, Duration.ZERO).apply(new RecordingFixContext());

        assertThat(outcome).isInstanceOf(FixOutcome.Refused.class);
        assertThat(outcome.message()).contains("Force Spotify to close");
        assertThat(processes.forced()).isEmpty();
    }

    @Test
    void onlyTheForcingFormAsksForConfirmationAndItEndsTheApp() throws Exception {
        processes.running("/usr/share/spotify/spotify").ignoresQuitRequests();
        CloseAppFix polite = CloseAppFix.polite(spotify);
        CloseAppFix forced = CloseAppFix.forced(spotify);

        assertThat(polite.changesDisk()).isFalse();
        assertThat(forced.changesDisk()).isTrue();
        assertThat(forced.id()).isEqualTo("fix.force-close-app");
        assertThat(forced.apply(new RecordingFixContext())).isInstanceOf(FixOutcome.Done.class);
        assertThat(processes.forced()).containsExactly(1000L);
    }

    @Test
    void nothingRunningIsDoneAtOnce() throws Exception {
        assertThat(CloseAppFix.polite(spotify).apply(new RecordingFixContext()).message()).isEqualTo("Spotify is not running.");
    }

    @Test
    void theRealProcessListSeesThisJvmAndNamesItsExecutable() {
        RealProcessList real = new RealProcessList();
        long self = ProcessHandle.current().pid();

        assertThat(real.snapshot()).anySatisfy(p -> assertThat(p.pid()).isEqualTo(self));
        assertThat(real.isAlive(self)).isTrue();
    }
}
