package io.github.doctor409.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpotifyPrefsTest {

    @TempDir
    Path dir;

    @Test
    void quotedStringsAndBareNumbersAreRead() throws Exception {
        Path file = write("""
                storage.last-location="/home/ana/.cache/spotify/Storage"
                app.last-launched-version="1.2.77.358.g4339a634"
                storage.size=1024
                core.clock_delta=-3
                network.proxy.mode=2
                """);

        SpotifyPrefs prefs = SpotifyPrefs.read(file);

        assertThat(prefs.state()).isEqualTo(SpotifyPrefs.State.READ);
        assertThat(prefs.lastLaunchedVersion()).contains("1.2.77.358.g4339a634");
        assertThat(prefs.storageSizeMegabytes()).hasValue(1024);
        assertThat(prefs.number("core.clock_delta")).hasValue(-3);
        assertThat(prefs.storageLocation()).contains("/home/ana/.cache/spotify/Storage");
        assertThat(prefs.reason()).isEmpty();
    }

    @Test
    void windowsLineEndingsEscapedQuotesAndNoiseLinesAreHandled() throws Exception {
        Path file = write("# comment\r\nnot a setting\r\nui.name=\"say \\\"hi\\\"\"\r\n=novalue\r\nstorage.size=abc\r\n");

        SpotifyPrefs prefs = SpotifyPrefs.read(file);

        assertThat(prefs.value("ui.name")).contains("say \"hi\"");
        assertThat(prefs.size()).isEqualTo(2);
        assertThat(prefs.storageSizeMegabytes()).as("not a number").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(longs = {1L, 409L, 20261124L})
    void randomBytesGiveNoSettingsAndSayTheFileIsUnreadable(long seed) throws Exception {
        byte[] bytes = new byte[64 * 1024];
        new Random(seed).nextBytes(bytes);
        Path file = dir.resolve("prefs");
        Files.write(file, bytes);

        SpotifyPrefs prefs = SpotifyPrefs.read(file);

        assertThat(prefs.state()).isEqualTo(SpotifyPrefs.State.UNREADABLE);
        assertThat(prefs.size()).isZero();
        assertThat(prefs.lastLaunchedVersion()).isEmpty();
        assertThat(prefs.reason()).hasValueSatisfying(r -> assertThat(r).contains("not text"));
    }

    @Test
    void aFileOfSeveralMegabytesIsCappedWithANote() throws Exception {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        content.writeBytes("app.last-launched-version=\"1.2.98.120.gabcdef12\"\n".getBytes(StandardCharsets.UTF_8));
        byte[] filler = "ui.filler.padding=\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"\n".getBytes(StandardCharsets.UTF_8);
        while (content.size() < 6 * 1024 * 1024) {
            content.writeBytes(filler);
        }
        content.writeBytes("storage.size=4096\n".getBytes(StandardCharsets.UTF_8));
        Path file = dir.resolve("prefs");
        Files.write(file, content.toByteArray());

        SpotifyPrefs prefs = SpotifyPrefs.read(file);

        assertThat(prefs.state()).isEqualTo(SpotifyPrefs.State.READ);
        assertThat(prefs.truncated()).isTrue();
        assertThat(prefs.lastLaunchedVersion()).contains("1.2.98.120.gabcdef12");
        assertThat(prefs.storageSizeMegabytes()).as("beyond the cap, so not read").isEmpty();
        assertThat(prefs.reason()).hasValueSatisfying(r -> assertThat(r).contains("Only the first 1024 KB"));
    }

    @Test
    void severalMegabytesOnOneLineAreSkippedNotParsed() throws Exception {
        Path file = dir.resolve("prefs");
        Files.writeString(file, "app.last-launched-version=\"1.2.98.1.gabcdef12\"\nui.blob=\"" + "a".repeat(3 * 1024 * 1024) + "\"\n");

        SpotifyPrefs prefs = SpotifyPrefs.read(file);

        assertThat(prefs.lastLaunchedVersion()).contains("1.2.98.1.gabcdef12");
        assertThat(prefs.value("ui.blob")).isEmpty();
    }

    @Test
    void malformedUtf8InOneValueIsReplacedAndTheRestIsRead() throws Exception {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        content.writeBytes("autologin.username=\"".getBytes(StandardCharsets.UTF_8));
        content.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF});
        content.writeBytes("\"\nstorage.size=2048\n".getBytes(StandardCharsets.UTF_8));
        Path file = dir.resolve("prefs");
        Files.write(file, content.toByteArray());

        SpotifyPrefs prefs = SpotifyPrefs.read(file);

        assertThat(prefs.state()).isEqualTo(SpotifyPrefs.State.READ);
        assertThat(prefs.value("autologin.username")).hasValueSatisfying(v -> assertThat(v).contains("\uFFFD"));
        assertThat(prefs.storageSizeMegabytes()).hasValue(2048);
    }

    @Test
    void aMissingFileMeansTheAppNeverRan() {
        SpotifyPrefs prefs = SpotifyPrefs.read(dir.resolve("prefs"));

        assertThat(prefs.state()).isEqualTo(SpotifyPrefs.State.MISSING);
        assertThat(prefs.reason()).hasValueSatisfying(r -> assertThat(r).contains("first time it runs"));
    }

    @Test
    void anEmptyFileIsUnreadable() throws Exception {
        SpotifyPrefs prefs = SpotifyPrefs.read(write(""));

        assertThat(prefs.state()).isEqualTo(SpotifyPrefs.State.UNREADABLE);
        assertThat(prefs.reason()).hasValueSatisfying(r -> assertThat(r).contains("empty"));
    }

    @Test
    void aFolderInPlaceOfTheFileIsAFailureNotACrash() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("prefs"));

        SpotifyPrefs prefs = SpotifyPrefs.read(folder);

        assertThat(prefs.state()).isEqualTo(SpotifyPrefs.State.FAILED);
    }

    @Test
    void permissionDeniedIsReportedAsTheReason() throws Exception {
        Path file = write("storage.size=1\n");
        assumeTrue(Files.getFileStore(file).supportsFileAttributeView("posix"), "needs POSIX permissions");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeTrue(!Files.isReadable(file), "running as a user who can read anything (root)");

        SpotifyPrefs prefs = SpotifyPrefs.read(file);

        assertThat(prefs.state()).isEqualTo(SpotifyPrefs.State.FAILED);
        assertThat(prefs.reason()).hasValueSatisfying(r -> assertThat(r).contains("Permission denied"));
    }

    @Test
    void toStringNeverShowsValuesBecauseTheyIncludeLoginSecrets() throws Exception {
        SpotifyPrefs prefs = SpotifyPrefs.read(write("autologin.saved_credentials=\"AQBk-SECRET\"\nautologin.username=\"ana\"\n"));

        assertThat(prefs.toString()).doesNotContain("SECRET").doesNotContain("ana").contains("2 keys");
    }

    private Path write(String content) throws Exception {
        Path file = dir.resolve("prefs");
        Files.writeString(file, content);
        return file;
    }
}
