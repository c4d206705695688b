package io.github.doctor409.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StoredSessionTest {

    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    private static final StoredSession STORED = new StoredSession("AT-old-secret", Optional.of("RT-old-secret"),
            NOW.plusSeconds(600), Set.of("user-read-private", "user-read-email"));

    @Test
    void renewalKeepsTheStoredRefreshTokenAndScopesWhenTheAnswerHasNone() {
        TokenGrant grant = new TokenGrant("AT-new-secret", Optional.empty(), Duration.ofHours(1), Optional.empty());

        StoredSession renewed = STORED.renewedWith(grant, NOW);

        assertThat(renewed.accessToken()).isEqualTo("AT-new-secret");
        assertThat(renewed.refreshToken()).contains("RT-old-secret");
        assertThat(renewed.scopes()).containsExactlyInAnyOrder("user-read-private", "user-read-email");
        assertThat(renewed.expiresAt()).isEqualTo(NOW.plus(Duration.ofHours(1)));
    }

    @Test
    void renewalTakesANewRefreshTokenAndScopesWhenTheAnswerHasThem() {
        TokenGrant grant = new TokenGrant("AT-new-secret", Optional.of("RT-new-secret"), Duration.ofSeconds(3600),
                Optional.of(Set.of("user-read-playback-state")));

        StoredSession renewed = STORED.renewedWith(grant, NOW);

        assertThat(renewed.refreshToken()).contains("RT-new-secret");
        assertThat(renewed.scopes()).containsExactly("user-read-playback-state");
    }

    @Test
    void isExpiredShortlyBeforeTheExpiryTime() {
        assertThat(STORED.isExpiredAt(NOW)).isFalse();
        assertThat(STORED.isExpiredAt(NOW.plusSeconds(600).minus(StoredSession.EXPIRY_SLACK).minusSeconds(1))).isFalse();
        assertThat(STORED.isExpiredAt(NOW.plusSeconds(600).minus(StoredSession.EXPIRY_SLACK))).isTrue();
        assertThat(STORED.isExpiredAt(NOW.plusSeconds(601))).isTrue();
    }

    @Test
    void toStringRevealsNoToken() {
        TokenGrant grant = new TokenGrant("AT-new-secret", Optional.of("RT-new-secret"), Duration.ofHours(1), Optional.empty());

        assertThat(STORED.toString()).doesNotContain("AT-old-secret", "RT-old-secret").contains("user-read-private");
        assertThat(grant.toString()).doesNotContain("AT-new-secret", "RT-new-secret");
    }

    @Test
    void blankRefreshTokenCountsAsNone() {
        StoredSession session = new StoredSession("AT", Optional.of("  "), NOW, Set.of());

        assertThat(session.refreshToken()).isEmpty();
    }

    @Test
    void refusesABlankAccessToken() {
        assertThatThrownBy(() -> new StoredSession(" ", Optional.empty(), NOW, Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
