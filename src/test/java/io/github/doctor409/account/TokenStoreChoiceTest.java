package io.github.doctor409.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenStoreChoiceTest {

    @TempDir
    Path configDir;

    private final FakeKeychain keychain = new FakeKeychain();

    private TokenStoreChoice choose(String setting, Optional<Keychain> available) {
        return TokenStoreChoice.of(setting, configDir, Clock.systemUTC(), () -> available);
    }

    private static StoredSession session() {
        return new StoredSession("access-in-keychain", Optional.of("refresh-in-keychain"),
                Instant.parse("2026-11-24T13:00:00Z"), Set.of("user-read-private"));
    }

    @Test
    void autoUsesTheKeychainWhenOneAnswers() throws IOException {
        TokenStoreChoice choice = choose("auto", Optional.of(keychain));
        choice.store().save(session());

        assertThat(choice.kind()).isEqualTo("keychain");
        assertThat(choice.store().load()).isEqualTo(new SessionLoad.Found(session()));
        assertThat(keychain.entries).containsKey("409 Doctor/spotify-session");
        assertThat(Files.exists(configDir.resolve(FileTokenStore.FILE_NAME))).isFalse();
    }

    @Test
    void autoFallsBackToTheOwnerOnlyFileWhenNoKeychainAnswers() {
        TokenStoreChoice choice = choose("auto", Optional.empty());

        assertThat(choice.kind()).isEqualTo("file");
        assertThat(choice.store()).isInstanceOf(FileTokenStore.class);
        assertThat(choice.notice()).isEmpty();
    }

    @Test
    void askingForTheKeychainWhenNoneAnswersSaysSo() {
        TokenStoreChoice choice = choose("keychain", Optional.empty());

        assertThat(choice.kind()).isEqualTo("file");
        assertThat(choice.notice()).get().asString().contains("No OS keychain answered");
    }

    @Test
    void memoryAndFileAreTakenAsAsked() throws IOException {
        TokenStoreChoice memory = choose("MEMORY", Optional.of(keychain));
        memory.store().save(session());

        assertThat(memory.kind()).isEqualTo("memory");
        assertThat(keychain.entries).isEmpty();
        assertThat(Files.list(configDir)).isEmpty();
        assertThat(choose("file", Optional.of(keychain)).kind()).isEqualTo("file");
        assertThat(choose("sideways", Optional.of(keychain)).notice()).isPresent();
    }

    @Test
    void aCorruptKeychainEntryIsReportedAndRemovedNeverThrown() {
        keychain.entries.put("409 Doctor/spotify-session", "{not json");
        KeychainTokenStore store = new KeychainTokenStore(keychain);

        SessionLoad load = store.load();

        assertThat(load).isInstanceOf(SessionLoad.Unreadable.class);
        assertThat(((SessionLoad.Unreadable) load).reason()).doesNotContain("{not json");
        assertThat(keychain.entries).isEmpty();
        assertThat(store.load()).isInstanceOf(SessionLoad.NoSession.class);
    }

    @Test
    void aKeychainThatFailsToAnswerIsReportedNotThrown() {
        keychain.broken = true;

        assertThat(new KeychainTokenStore(keychain).load()).isInstanceOf(SessionLoad.Unreadable.class);
    }

    private static final class FakeKeychain implements Keychain {
        final Map<String, String> entries = new HashMap<>();
        boolean broken;

        @Override
        public Optional<String> read(String service, String account) throws IOException {
            if (broken) {
                throw new IOException("keychain locked");
            }
            return Optional.ofNullable(entries.get(service + "/" + account));
        }

        @Override
        public void write(String service, String account, String secret) {
            entries.put(service + "/" + account, secret);
        }

        @Override
        public void delete(String service, String account) {
            entries.remove(service + "/" + account);
        }
    }
}
