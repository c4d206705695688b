package io.github.doctor409.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.doctor409.core.OperatingSystem;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class VersionManifestTest {

    @Test
    void bundledManifestIsDatedAndCoversEveryOperatingSystem() {
        VersionManifest manifest = VersionManifest.bundled();

        assertThat(manifest.date()).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(manifest.source()).contains("estimates");
        for (OperatingSystem os : OperatingSystem.values()) {
            VersionManifest.Range range = manifest.rangeFor(os);
            assertThat(range.latest().isOlderThan(range.minimum())).isFalse();
            assertThat(range.latest().numbers()).startsWith(1, 2);
        }
    }

    @Test
    void aManifestThatIsNotJsonIsAClearError() {
        assertThatThrownBy(() -> VersionManifest.parse("<html>", "test"))
                .isInstanceOf(VersionManifest.InvalidManifestException.class)
                .hasMessageContaining("version manifest (test) is broken");
    }

    @Test
    void aMissingOperatingSystemIsNamed() {
        assertThatThrownBy(() -> VersionManifest.parse("""
                {"date": "2026-11-24", "os": {"linux": {"minimum": "1.2.30", "latest": "1.2.98"},
                                              "macos": {"minimum": "1.2.30", "latest": "1.2.98"}}}
                """, "test"))
                .isInstanceOf(VersionManifest.InvalidManifestException.class)
                .hasMessageContaining("no versions for windows");
    }

    @Test
    void anUnparseableVersionIsNamed() {
        assertThatThrownBy(() -> VersionManifest.parse(manifest("latest-and-greatest", "2026-11-24"), "test"))
                .hasMessageContaining("\"latest-and-greatest\" is not a Spotify version");
    }

    @Test
    void aLatestOlderThanTheMinimumIsRejected() {
        assertThatThrownBy(() -> VersionManifest.parse(manifest("1.2.1", "2026-11-24"), "test"))
                .isInstanceOf(VersionManifest.InvalidManifestException.class)
                .hasMessageContaining("older than minimum");
    }

    @Test
    void aBadDateIsRejected() {
        assertThatThrownBy(() -> VersionManifest.parse(manifest("1.2.98", "late 2026"), "test"))
                .isInstanceOf(VersionManifest.InvalidManifestException.class)
                .hasMessageContaining("broken");
    }

    @Test
    void aWellFormedManifestIsRead() {
        VersionManifest manifest = VersionManifest.parse(manifest("1.2.98.100.gabcdef12", "2026-01-02"), "test");

        assertThat(manifest.date()).isEqualTo(LocalDate.of(2026, 1, 2));
        assertThat(manifest.rangeFor(OperatingSystem.WINDOWS).latest().format()).isEqualTo("1.2.98.100.gabcdef12");
        assertThat(manifest.source()).isEqualTo("not stated");
    }

    static String manifest(String latest, String date) {
        String range = "{\"minimum\": \"1.2.30\", \"latest\": \"" + latest + "\"}";
        return "{\"date\": \"" + date + "\", \"os\": {\"linux\": " + range + ", \"macos\": " + range
                + ", \"windows\": " + range + "}}";
    }
}
