package io.github.doctor409.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.doctor409.core.OperatingSystem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstalledVersionTest {

    @TempDir
    Path dir;

    private final List<Path> commandsRun = new ArrayList<>();

    private Optional<String> versionOf(FakeSpotifySystem system, SpotifyFlavour flavour, VersionCommand command) {
        SpotifyApp app = system.apps().locate().found().stream().filter(a -> a.flavour() == flavour).findFirst().orElseThrow();
        return new InstalledVersion(system.root, command).of(app, Duration.ofMillis(500))
                .map(found -> found.version().format());
    }

    private VersionCommand recording(String output) {
        return (exe, timeout) -> {
            commandsRun.add(exe);
            return Optional.of(output);
        };
    }

    @Test
    void windowsReadsTheFileVersionResourceOfSpotifyExe() {
        FakeSpotifySystem system = new FakeSpotifySystem(dir, OperatingSystem.WINDOWS);
        system.install(SpotifyFlavour.WINDOWS_INSTALLER, "");

        assertThat(versionOf(system, SpotifyFlavour.WINDOWS_INSTALLER, VersionCommand.none())).contains("1.2.98.474");
    }

    @Test
    void theStoreAppIsReadTheSameWay() {
        FakeSpotifySystem system = new FakeSpotifySystem(dir, OperatingSystem.WINDOWS);
        system.install(SpotifyFlavour.MICROSOFT_STORE, "");

        assertThat(versionOf(system, SpotifyFlavour.MICROSOFT_STORE, VersionCommand.none())).contains("1.2.98.474");
    }

    @Test
    void aProgramWithoutVersionResourceOrNotAPeFileGivesNothing() {
        FakeSpotifySystem system = new FakeSpotifySystem(dir, OperatingSystem.WINDOWS);
        Path app = system.install(SpotifyFlavour.WINDOWS_INSTALLER, "");
        FakeSpotifySystem.write(app.resolve("Spotify.exe"), "MZ but nothing else".getBytes(StandardCharsets.US_ASCII));
        assertThat(versionOf(system, SpotifyFlavour.WINDOWS_INSTALLER, VersionCommand.none())).isEmpty();

        FakeSpotifySystem.write(app.resolve("Spotify.exe"), "#!/bin/sh".getBytes(StandardCharsets.US_ASCII));
        assertThat(versionOf(system, SpotifyFlavour.WINDOWS_INSTALLER, VersionCommand.none())).isEmpty();
    }

    @Test
    void macosReadsInfoPlist() {
        FakeSpotifySystem system = new FakeSpotifySystem(dir, OperatingSystem.MACOS);
        Path app = system.install(SpotifyFlavour.MACOS, "");
        FakeSpotifySystem.write(app.resolve("Contents/Info.plist"), FakeSpotifySystem.plist("1.2.99.12.g0123abcd").getBytes());

        assertThat(versionOf(system, SpotifyFlavour.MACOS, VersionCommand.none())).contains("1.2.99.12.g0123abcd");
    }

    @Test
    void flatpakReadsItsMetainfoRelease() {
        FakeSpotifySystem system = new FakeSpotifySystem(dir, OperatingSystem.LINUX);
        Path share = system.install(SpotifyFlavour.FLATPAK, "system-wide");
        Path active = share.getParent().getParent().getParent().getParent();
        FakeSpotifySystem.write(active.resolve("files/share/metainfo/com.spotify.Client.metainfo.xml"), """
                <component type="desktop-application"><id>com.spotify.Client</id>
                  <releases><release version="1.2.98.474.gabcdef12" date="2026-10-01"/>
                  <release version="1.2.97.1.g00000000" date="2026-09-01"/></releases></component>
                """.getBytes());

        assertThat(versionOf(system, SpotifyFlavour.FLATPAK, recording("Spotify version 9.9.9"))).contains("1.2.98.474.gabcdef12");
        assertThat(commandsRun).isEmpty();
    }

    @Test
    void snapReadsSnapYaml() {
        FakeSpotifySystem system = new FakeSpotifySystem(dir, OperatingSystem.LINUX);
        system.install(SpotifyFlavour.SNAP, "");
        FakeSpotifySystem.write(system.root.resolve("snap/spotify/current/meta/snap.yaml"),
                "name: spotify\nversion: 1.2.98.474.gabcdef12\nsummary: Music\n".getBytes());

        assertThat(versionOf(system, SpotifyFlavour.SNAP, VersionCommand.none())).contains("1.2.98.474.gabcdef12");
    }

    @Test
    void aDebInstallReadsThePackageDatabaseWithoutEpochOrRevision() {
        FakeSpotifySystem system = new FakeSpotifySystem(dir, OperatingSystem.LINUX);
        system.install(SpotifyFlavour.LINUX_PACKAGE, "/usr/share/spotify");
        FakeSpotifySystem.write(system.root.resolve("var/lib/dpkg/status"), """
                Package: bash
                Status: install ok installed
                Version: 5.2.15-2

                Package: spotify-client
                Status: install ok installed
                Version: 1:1.2.98.474.gabcdef12-1
                """.getBytes());

        assertThat(versionOf(system, SpotifyFlavour.LINUX_PACKAGE, recording("x"))).contains("1.2.98.474.gabcdef12");
        assertThat(commandsRun).isEmpty();
    }

    @Test
    void otherwiseAsksTheProgramItself() {
        FakeSpotifySystem system = new FakeSpotifySystem(dir, OperatingSystem.LINUX);
        Path app = system.install(SpotifyFlavour.LINUX_PACKAGE, "/opt/spotify");

        assertThat(versionOf(system, SpotifyFlavour.LINUX_PACKAGE,
                recording("Spotify version 1.2.98.474.gabcdef12, Copyright (c) 2026, Spotify Ltd\n"))).contains("1.2.98.474.gabcdef12");
        assertThat(commandsRun).containsExactly(app.resolve("spotify"));
    }

    @Test
    void aProgramThatPrintsNoVersionOrHangsGivesNothing() {
        FakeSpotifySystem system = new FakeSpotifySystem(dir, OperatingSystem.LINUX);
        system.install(SpotifyFlavour.LINUX_PACKAGE, "/opt/spotify");

        assertThat(versionOf(system, SpotifyFlavour.LINUX_PACKAGE, recording("usage: spotify [options]"))).isEmpty();
        assertThat(versionOf(system, SpotifyFlavour.LINUX_PACKAGE, VersionCommand.none())).isEmpty();
    }

    @Test
    void theRealCommandEndsAProgramThatOutlivesItsTimeout() throws Exception {
        Path script = dir.resolve("spotify");
        java.nio.file.Files.writeString(script, "#!/bin/sh\nexec sleep 30\n");
        script.toFile().setExecutable(true);

        long started = System.nanoTime();
        Optional<String> output = new RealVersionCommand().run(script, Duration.ofMillis(300));

        assertThat(output).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void theRealCommandReturnsWhatTheProgramPrinted() throws Exception {
        Path script = dir.resolve("spotify");
        java.nio.file.Files.writeString(script, "#!/bin/sh\necho \"Spotify version 1.2.98.474.gabcdef12, Copyright\"\n");
        script.toFile().setExecutable(true);

        assertThat(new RealVersionCommand().run(script, Duration.ofSeconds(5))).hasValueSatisfying(
                out -> assertThat(out).contains("1.2.98.474.gabcdef12"));
    }
}
