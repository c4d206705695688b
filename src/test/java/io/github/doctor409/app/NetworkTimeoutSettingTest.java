package io.github.doctor409.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.doctor409.core.CheckKind;
import io.github.doctor409.core.DeadlinePolicy;
import io.github.doctor409.core.HostEnvironment;
import io.github.doctor409.core.OperatingSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings' network timeout becomes the network checks' deadline, unless the command line chose one. */
class NetworkTimeoutSettingTest {

    @TempDir
    Path dir;

    private Config config(String seconds) throws Exception {
        Files.writeString(dir.resolve(SettingsFile.NAME), "checks.network-timeout-seconds=" + seconds + "\n");
        return Config.load(new HostEnvironment(OperatingSystem.LINUX, dir, Map.of("DOCTOR409_CONFIG_DIR", dir.toString())),
                Optional.empty());
    }

    @Test
    void networkChecksGetTheSettingAndLocalChecksKeepTheirDefault() throws Exception {
        DeadlinePolicy policy = AppContext.withSettings(DeadlinePolicy.defaults(), config("12"));

        assertThat(policy.deadlineOf(CheckKind.NETWORK)).contains(Duration.ofSeconds(12));
        assertThat(policy.deadlineOf(CheckKind.LOCAL)).isEmpty();
        assertThat(policy.override()).isEmpty();
    }

    @Test
    void aTimeoutForEveryCheckFromTheCommandLineWins() throws Exception {
        DeadlinePolicy cli = DeadlinePolicy.everyCheck(Duration.ofSeconds(3));
        assertThat(AppContext.withSettings(cli, config("12"))).isSameAs(cli);
    }
}
