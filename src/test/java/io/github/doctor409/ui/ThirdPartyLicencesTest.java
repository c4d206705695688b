package io.github.doctor409.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ThirdPartyLicencesTest {

    @Test
    void theBuildListsEveryShippedLibraryWithItsLicences() {
        List<ThirdPartyLicences.Library> libraries = ThirdPartyLicences.bundled();

        assertThat(libraries).extracting(ThirdPartyLicences.Library::artifact)
                .contains("okhttp-jvm", "okio-jvm", "kotlin-stdlib", "gson", "picocli", "java-keyring", "atlantafx-base",
                        "ikonli-javafx", "javafx-controls", "slf4j-api", "slf4j-jdk14")
                .doesNotContain("junit-jupiter", "assertj-core", "testfx-junit5", "mockwebserver3-junit5");
        assertThat(libraries).allSatisfy(l -> assertThat(l.licences()).isNotEmpty());
    }

    @Test
    void linesAreParsedWithEveryLicenceAndSharedNamesAreToldApart() {
        List<ThirdPartyLicences.Library> libraries = ThirdPartyLicences.parse("""

                Lists of 3 third-party dependencies.
                     (Apache-2.0) (LGPL-2.1-or-later) Java Native Access (net.java.dev.jna:jna:5.13.0 - https://github.com/java-native-access/jna)
                     (Apache-2.0) Ikonli (org.kordamp.ikonli:ikonli-core:12.4.0 - https://github.com/kordamp/ikonli)
                     (Apache-2.0) Ikonli (org.kordamp.ikonli:ikonli-javafx:12.4.0 - https://github.com/kordamp/ikonli)
                """);

        assertThat(libraries).extracting(ThirdPartyLicences.Library::line).containsExactly(
                "Ikonli (ikonli-core) 12.4.0 — Apache-2.0",
                "Ikonli (ikonli-javafx) 12.4.0 — Apache-2.0",
                "Java Native Access 5.13.0 — Apache-2.0 / LGPL-2.1-or-later");
        assertThat(libraries.get(2).coordinates()).isEqualTo("net.java.dev.jna:jna:5.13.0");
        assertThat(libraries.get(2).url()).isEqualTo("https://github.com/java-native-access/jna");
    }
}
