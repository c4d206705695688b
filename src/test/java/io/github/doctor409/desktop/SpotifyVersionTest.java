package io.github.doctor409.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpotifyVersionTest {

    @Test
    void fullFormHasFourNumbersAndAHash() {
        assertThat(SpotifyVersion.parse("1.2.94.576.g8c0e69ee")).contains(
                new SpotifyVersion(List.of(1, 2, 94, 576), Optional.of("8c0e69ee")));
    }

    @Test
    void windowsFileVersionHasFourNumbersAndNoHash() {
        assertThat(SpotifyVersion.parse("1.2.94.576")).contains(
                new SpotifyVersion(List.of(1, 2, 94, 576), Optional.empty()));
    }

    @Test
    void shorterFormsAndSurroundingBlanksAreAccepted() {
        assertThat(SpotifyVersion.parse(" 1.2.98 ")).map(SpotifyVersion::numbers).contains(List.of(1, 2, 98));
        assertThat(SpotifyVersion.parse("1")).map(SpotifyVersion::numbers).contains(List.of(1));
        assertThat(SpotifyVersion.parse("1.0.80.474.gEF6B503E")).map(SpotifyVersion::format)
                .contains("1.0.80.474.gef6b503e");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "1.2.x", "1..2", "1.2.3.4.5", "1.2.94.576.g", "1.2.94.576.gzzzzzzzz",
            "-1.2", "1.2.94.576.g8c0e69ee-1", "1.2.94.576.G8c0e69ee", "9999999999.1", "1.2.3 beta", "\uFFFD\uFFFD"})
    void garbageIsNotAVersion(String text) {
        assertThat(SpotifyVersion.parse(text)).isEmpty();
    }

    @Test
    void nullIsNotAVersion() {
        assertThat(SpotifyVersion.parse(null)).isEmpty();
    }

    @Test
    void ordersByNumbersNotByText() {
        SpotifyVersion older = version("1.2.9.100.g00000000");
        SpotifyVersion newer = version("1.2.10.1.g00000000");

        assertThat(older.isOlderThan(newer)).isTrue();
        assertThat(older).isLessThan(newer);
        assertThat("1.2.9.100".compareTo("1.2.10.1")).as("text order would get it wrong").isPositive();
    }

    @Test
    void aReleaseFamilyCountsAsItsFirstBuild() {
        SpotifyVersion family = version("1.2.98");

        assertThat(version("1.2.98.474.gabcdef12").isOlderThan(family)).isFalse();
        assertThat(version("1.2.97.999.gabcdef12").isOlderThan(family)).isTrue();
        assertThat(version("1.2.98.0").isOlderThan(family)).isFalse();
        assertThat(version("1.2.98.0")).as("equal numbers, longer form sorts after").isGreaterThan(family);
    }

    @Test
    void hashDoesNotMakeAVersionOlder() {
        assertThat(version("1.2.94.576.g8c0e69ee").isOlderThan(version("1.2.94.576"))).isFalse();
        assertThat(version("1.2.94.576").isOlderThan(version("1.2.94.576.g8c0e69ee"))).isFalse();
    }

    private static SpotifyVersion version(String text) {
        return SpotifyVersion.parse(text).orElseThrow();
    }
}
