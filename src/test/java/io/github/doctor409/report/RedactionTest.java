package io.github.doctor409.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RedactionTest {

    @TempDir
    Path home;

    private SupportReport report() {
        return new SupportReport(new Redaction(home,
                List.of(ReportSamples.ACCESS_TOKEN, ReportSamples.DISPLAY_NAME, ReportSamples.ACCOUNT_ID)));
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void secretsPlantedInEveryFieldAppearInNoFormat(ReportFormat format) {
        String text = report().render(ReportSamples.plantedEverywhere(home), ReportSamples.METADATA, format);

        for (String secret : ReportSamples.secrets(home)) {
            assertThat(text).as(format + " must not contain " + secret).doesNotContainIgnoringCase(secret);
        }
        assertThat(text).contains("~/.cache/spotify/Data").contains(Redaction.EMAIL).contains(Redaction.LOCAL_IP);
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void patternsCatchSecretsNobodyNamed(ReportFormat format) {
        SupportReport unaware = new SupportReport(new Redaction(home, List.of()));

        String text = unaware.render(ReportSamples.plantedEverywhere(home), ReportSamples.METADATA, format);

        for (String secret : List.of(ReportSamples.ACCESS_TOKEN, ReportSamples.REFRESH_TOKEN, ReportSamples.EMAIL,
                ReportSamples.LAN_IP, ReportSamples.LAN_IP_10, ReportSamples.LINK_LOCAL_V6, home.toString())) {
            assertThat(text).as(format + " must not contain " + secret).doesNotContain(secret);
        }
        assertThat(text).doesNotContain("spotify:user:" + ReportSamples.ACCOUNT_ID);
    }

    @Test
    void ordinaryFactsSurvive() {
        Redaction redaction = new Redaction(home, List.of());

        assertThat(redaction.text("api: GET https://api.spotify.com/v1/me → HTTP 401 from 35.186.224.25"))
                .isEqualTo("api: GET https://api.spotify.com/v1/me → HTTP 401 from 35.186.224.25");
        assertThat(redaction.text("version 1.2.94.576.g8c0e69ee on 127.0.0.1:4070"))
                .isEqualTo("version 1.2.94.576.g8c0e69ee on 127.0.0.1:4070");
        assertThat(redaction.text("172.32.0.1 is public, 172.20.0.1 is not")).isEqualTo("172.32.0.1 is public, [local-ip] is not");
    }

    @Test
    void oauthCodesInAddressesGoButStatusCodesStay() {
        Redaction redaction = new Redaction(home, List.of());

        assertThat(redaction.text("GET /callback?code=AQB1x-y_z&state=s3cr3t → HTTP status code: 401"))
                .isEqualTo("GET /callback?code=[redacted]&state=[redacted] → HTTP status code: 401");
    }

    @Test
    void homeIsShownAsTildeOnlyForWholePathSegments() {
        Redaction redaction = new Redaction(Path.of("/home/al"), List.of());

        assertThat(redaction.text("/home/al/.config and /home/alice/x and /home/al")).isEqualTo("~/.config and /home/alice/x and ~");
    }

    @Test
    void windowsHomeIsFoundWithEitherSeparator() {
        Redaction redaction = new Redaction("C:\\Users\\Harriet", List.of());

        assertThat(redaction.text("C:/Users/Harriet/AppData and C:\\Users\\harriet\\AppData"))
                .isEqualTo("~/AppData and ~\\AppData");
    }

    @Test
    void shortKnownValuesAreIgnoredSoWordsStayReadable() {
        Redaction redaction = new Redaction(home, List.of("a", "", "  "));

        assertThat(redaction.text("a cache")).isEqualTo("a cache");
    }
}
