package io.github.doctor409.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.doctor409.core.HostEnvironment;
import io.github.doctor409.core.OperatingSystem;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SystemThemeProbeTest {

    /** Answers known commands with scripted output; anything else "is not installed". */
    private static final class FakeCommands implements CommandRunner {
        final Map<List<String>, String> answers = new HashMap<>();
        final List<Duration> timeouts = new ArrayList<>();

        FakeCommands answer(List<String> command, String output) {
            answers.put(command, output);
            return this;
        }

        @Override
        public Optional<String> run(List<String> command, Duration timeout) {
            timeouts.add(timeout);
            return Optional.ofNullable(answers.get(command));
        }
    }

    private static boolean dark(OperatingSystem os, CommandRunner commands, Map<String, String> env) {
        return new SystemThemeProbe(new HostEnvironment(os, Path.of("/home/x"), env), commands, SystemThemeProbe.TIMEOUT)
                .prefersDark();
    }

    @Test
    void gnomeColourSchemeDecidesFirst() {
        FakeCommands commands = new FakeCommands().answer(SystemThemeProbe.GNOME_COLOR_SCHEME, "'prefer-dark'\n")
                .answer(SystemThemeProbe.GNOME_GTK_THEME, "'Adwaita'\n");
        assertThat(dark(OperatingSystem.LINUX, commands, Map.of())).isTrue();
        assertThat(commands.timeouts).containsOnly(SystemThemeProbe.TIMEOUT);

        FakeCommands light = new FakeCommands().answer(SystemThemeProbe.GNOME_COLOR_SCHEME, "'prefer-light'\n")
                .answer(SystemThemeProbe.GNOME_GTK_THEME, "'Adwaita-dark'\n");
        assertThat(dark(OperatingSystem.LINUX, light, Map.of())).isFalse();
    }

    @Test
    void onLinuxWithoutAPreferenceADarkGtkThemeCounts() {
        FakeCommands commands = new FakeCommands().answer(SystemThemeProbe.GNOME_COLOR_SCHEME, "'default'\n")
                .answer(SystemThemeProbe.GNOME_GTK_THEME, "'Yaru-Dark'\n");
        assertThat(dark(OperatingSystem.LINUX, commands, Map.of())).isTrue();

        FakeCommands plain = new FakeCommands().answer(SystemThemeProbe.GNOME_COLOR_SCHEME, "'default'\n")
                .answer(SystemThemeProbe.GNOME_GTK_THEME, "'Adwaita'\n");
        assertThat(dark(OperatingSystem.LINUX, plain, Map.of())).isFalse();
    }

    @Test
    void withoutGsettingsTheGtkThemeVariableCounts() {
        assertThat(dark(OperatingSystem.LINUX, new FakeCommands(), Map.of("GTK_THEME", "Adwaita:dark"))).isTrue();
        assertThat(dark(OperatingSystem.LINUX, new FakeCommands(), Map.of("GTK_THEME", "Adwaita"))).isFalse();
        assertThat(dark(OperatingSystem.LINUX, new FakeCommands(), Map.of())).as("nothing readable: light").isFalse();
    }

    @Test
    void macOsDarkAppearance() {
        assertThat(dark(OperatingSystem.MACOS, new FakeCommands().answer(SystemThemeProbe.MAC_STYLE, "Dark\n"), Map.of()))
                .isTrue();
        // light mode: the key does not exist, defaults exits 1, the runner answers nothing
        assertThat(dark(OperatingSystem.MACOS, new FakeCommands(), Map.of())).isFalse();
    }

    @Test
    void windowsAppsUseLightTheme() {
        String darkOutput = "\r\nHKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize\r\n"
                + "    AppsUseLightTheme    REG_DWORD    0x0\r\n\r\n";
        assertThat(dark(OperatingSystem.WINDOWS, new FakeCommands().answer(SystemThemeProbe.WINDOWS_APPS_THEME, darkOutput),
                Map.of())).isTrue();
        assertThat(dark(OperatingSystem.WINDOWS, new FakeCommands().answer(SystemThemeProbe.WINDOWS_APPS_THEME,
                darkOutput.replace("0x0", "0x1")), Map.of())).isFalse();
    }

    @Test
    void aCommandThatHangsIsCutOffByTheRealRunnerAndMeansLight() {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isExecutable(Path.of("/bin/sleep")));
        long start = System.nanoTime();
        Optional<String> out = CommandRunner.system().run(List.of("/bin/sleep", "10"), Duration.ofMillis(300));
        long tookMs = (System.nanoTime() - start) / 1_000_000;

        assertThat(out).isEmpty();
        assertThat(tookMs).isLessThan(5_000);
        CommandRunner slow = (command, timeout) -> CommandRunner.system().run(List.of("/bin/sleep", "10"), timeout);
        assertThat(new SystemThemeProbe(new HostEnvironment(OperatingSystem.MACOS, Path.of("/x"), Map.of()), slow,
                Duration.ofMillis(200)).prefersDark()).isFalse();
    }

    @Test
    void theRealRunnerReturnsOutputAndNothingForMissingCommandsOrFailures() {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isExecutable(Path.of("/bin/echo")));
        assertThat(CommandRunner.system().run(List.of("/bin/echo", "prefer-dark"), Duration.ofSeconds(5)))
                .contains("prefer-dark\n");
        assertThat(CommandRunner.system().run(List.of("/no/such/command-409"), Duration.ofSeconds(1))).isEmpty();
        assertThat(CommandRunner.system().run(List.of("/bin/sh", "-c", "echo x; exit 1"), Duration.ofSeconds(5))).isEmpty();
    }

    @Test
    void aRunnerThatThrowsMeansLight() {
        CommandRunner broken = (command, timeout) -> {
            throw new IllegalStateException("boom");
        };
        assertThat(dark(OperatingSystem.LINUX, broken, Map.of())).isFalse();
    }
}
