package io.github.doctor409.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class SpotifyVersionProperties {

    @Property
    void formattingThenParsingGivesTheSameVersion(@ForAll("versions") SpotifyVersion version) {
        assertThat(SpotifyVersion.parse(version.format())).contains(version);
    }

    @Property
    void orderFollowsTheNumbersWithMissingOnesAsZero(@ForAll("versions") SpotifyVersion a,
                                                     @ForAll("versions") SpotifyVersion b) {
        int numeric = Long.compare(asNumber(a), asNumber(b));
        if (numeric != 0) {
            assertThat(Integer.signum(a.compareTo(b))).isEqualTo(numeric);
            assertThat(a.isOlderThan(b)).isEqualTo(numeric < 0);
        } else {
            assertThat(a.isOlderThan(b)).isFalse();
        }
    }

    @Property
    void orderIsConsistentWithEquals(@ForAll("versions") SpotifyVersion a, @ForAll("versions") SpotifyVersion b) {
        assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
        assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
    }

    /** The numbers padded to four, as one comparable number (each below 10 000 here). */
    private static long asNumber(SpotifyVersion version) {
        long value = 0;
        for (int i = 0; i < SpotifyVersion.MAX_COMPONENTS; i++) {
            value = value * 10_000 + (i < version.numbers().size() ? version.numbers().get(i) : 0);
        }
        return value;
    }

    @Provide
    Arbitrary<SpotifyVersion> versions() {
        Arbitrary<List<Integer>> numbers = Arbitraries.integers().between(0, 9_999).list().ofMinSize(1).ofMaxSize(4);
        Arbitrary<Optional<String>> hash = Arbitraries.strings().withChars("0123456789abcdef").ofLength(8).optional();
        return Combinators.combine(numbers, hash).as(SpotifyVersion::new);
    }
}
