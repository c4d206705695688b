package io.github.doctor409.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.github.doctor409.core.MutableClock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTokenStoreTest {

    private static final StoredSession SESSION = new StoredSession("AT-planted-access-5e1f",
            Optional.of("RT-planted-refresh-0c42"), Instant.parse("2026-11-24T13:00:00Z"),
            Set.of("user-read-private", "user-read-email"));

    @TempDir
    Path configDir;

    private final MutableClock clock = MutableClock.atEpochDay();

    private FileTokenStore store() {
        return new FileTokenStore(configDir, clock);
    }

    @Test
    void nothingStoredMeansNoSession() {
        assertThat(store().load()).isInstanceOf(SessionLoad.NoSession.class);
    }

    @Test
    void savedSessionLoadsBackUnchanged() throws IOException {
        store().save(SESSION);

        assertThat(store().load()).isEqualTo(new SessionLoad.Found(SESSION));
    }

    @Test
    void sessionWithoutRefreshTokenLoadsBackWithout() throws IOException {
        StoredSession withoutRefresh = new StoredSession("AT-x", Optional.empty(), SESSION.expiresAt(), Set.of());

        store().save(withoutRefresh);

        assertThat(store().load()).isEqualTo(new SessionLoad.Found(withoutRefresh));
    }

    @Test
    void savingAgainReplacesTheSessionAndLeavesNoTemporaryFiles() throws IOException {
        store().save(SESSION);
        StoredSession newer = new StoredSession("AT-newer", Optional.of("RT-newer"), SESSION.expiresAt().plusSeconds(60), Set.of());

        store().save(newer);

        assertThat(store().load()).isEqualTo(new SessionLoad.Found(newer));
        assertThat(filesIn(configDir)).containsExactly(FileTokenStore.FILE_NAME);
    }

    @Test
    void createsAMissingConfigDirOwnerOnly() throws IOException {
        assumePosix();
        Path nested = configDir.resolve("doctor409");

        new FileTokenStore(nested, clock).save(SESSION);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(nested))).isEqualTo("rwx------");
    }

    @Test
    void sessionFileIsReadableByItsOwnerOnly() throws IOException {
        assumePosix();
        Files.writeString(configDir.resolve(FileTokenStore.FILE_NAME), "{}");
        Files.setPosixFilePermissions(configDir.resolve(FileTokenStore.FILE_NAME), PosixFilePermissions.fromString("rw-rw-rw-"));

        store().save(SESSION);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store().file()))).isEqualTo("rw-------");
    }

    @Test
    void clearForgetsTheSessionAndToleratesNothingStored() throws IOException {
        store().save(SESSION);

        store().clear();
        store().clear();

        assertThat(store().load()).isInstanceOf(SessionLoad.NoSession.class);
    }

    @Test
    void randomBytesAreSetAsideAndReported() throws IOException {
        byte[] noise = new byte[512];
        new Random(409).nextBytes(noise);
        Files.write(configDir.resolve(FileTokenStore.FILE_NAME), noise);

        SessionLoad load = store().load();

        assertThat(load).isInstanceOf(SessionLoad.Unreadable.class);
        SessionLoad.Unreadable unreadable = (SessionLoad.Unreadable) load;
        assertThat(unreadable.setAsideAs()).contains("session.json.corrupt-20261124T120000Z");
        assertThat(configDir.resolve("session.json.corrupt-20261124T120000Z")).hasBinaryContent(noise);
        assertThat(store().file()).doesNotExist();
        assertThat(store().load()).isInstanceOf(SessionLoad.NoSession.class);
    }

    @Test
    void truncatedJsonIsSetAsideWithAPlainReasonThatQuotesNothing() throws IOException {
        store().save(SESSION);
        String whole = Files.readString(store().file());
        Files.writeString(store().file(), whole.substring(0, whole.indexOf("RT-planted") + 6));

        SessionLoad load = store().load();

        assertThat(load).isInstanceOf(SessionLoad.Unreadable.class);
        SessionLoad.Unreadable unreadable = (SessionLoad.Unreadable) load;
        assertThat(unreadable.reason()).isEqualTo("it is not valid JSON");
        assertThat(unreadable.toString()).doesNotContain("AT-planted", "RT-plant");
        assertThat(unreadable.setAsideAs()).isPresent();
    }

    @Test
    void jsonWithoutAnAccessTokenIsSetAside() throws IOException {
        Files.writeString(configDir.resolve(FileTokenStore.FILE_NAME), "{\"expiresAt\":\"2026-11-24T13:00:00Z\"}");

        SessionLoad load = store().load();

        assertThat(load).isEqualTo(new SessionLoad.Unreadable("it has no access token",
                Optional.of("session.json.corrupt-20261124T120000Z")));
    }

    @Test
    void aBadExpiryTimeIsSetAside() throws IOException {
        Files.writeString(configDir.resolve(FileTokenStore.FILE_NAME), "{\"accessToken\":\"AT\",\"expiresAt\":\"tomorrow\"}");

        assertThat(store().load()).isInstanceOfSatisfying(SessionLoad.Unreadable.class,
                unreadable -> assertThat(unreadable.reason()).isEqualTo("its expiry time is not a valid time"));
    }

    @Test
    void aHugeFileIsSetAsideWithoutReadingItAll() throws IOException {
        Files.write(configDir.resolve(FileTokenStore.FILE_NAME), new byte[FileTokenStore.MAX_FILE_BYTES * 4]);

        assertThat(store().load()).isInstanceOfSatisfying(SessionLoad.Unreadable.class,
                unreadable -> assertThat(unreadable.reason()).contains("too large"));
    }

    @Test
    void aSecondCorruptFileInTheSameSecondGetsItsOwnName() throws IOException {
        Files.writeString(configDir.resolve(FileTokenStore.FILE_NAME), "first");
        store().load();
        Files.writeString(configDir.resolve(FileTokenStore.FILE_NAME), "second");

        SessionLoad load = store().load();

        assertThat(((SessionLoad.Unreadable) load).setAsideAs()).contains("session.json.corrupt-20261124T120000Z-2");
        assertThat(configDir.resolve("session.json.corrupt-20261124T120000Z")).hasContent("first");
    }

    @Test
    void aDirectoryInPlaceOfTheFileIsReportedNotThrown() throws IOException {
        Files.createDirectory(configDir.resolve(FileTokenStore.FILE_NAME));

        assertThat(store().load()).isInstanceOfSatisfying(SessionLoad.Unreadable.class,
                unreadable -> assertThat(unreadable.reason()).isEqualTo("it is not a regular file"));
    }

    @Test
    void savedFileHoldsTheSessionAsJsonAndNothingElseIsWritten() throws IOException {
        store().save(SESSION);

        String content = Files.readString(store().file(), StandardCharsets.UTF_8);
        assertThat(content).contains("\"accessToken\":\"AT-planted-access-5e1f\"", "\"refreshToken\":\"RT-planted-refresh-0c42\"");
        assertThat(filesIn(configDir)).containsExactly(FileTokenStore.FILE_NAME);
    }

    private static void assumePosix() {
        assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("posix");
    }

    private static List<String> filesIn(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).toList();
        }
    }
}
