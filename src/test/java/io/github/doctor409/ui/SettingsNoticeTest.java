package io.github.doctor409.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.doctor409.app.SettingsFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The start-up notice names the file that was set aside, in the user's language. */
class SettingsNoticeTest {

    @Test
    void namesTheFileSetAsideAndWhere() {
        Path moved = Path.of("/cfg/doctor409/settings.properties.corrupt-20250304-050607");
        SettingsFile.SetAside setAside = new SettingsFile.SetAside(SettingsFile.Fault.NOT_UTF8, Optional.of(moved), "x");

        String english = SettingsNotice.describe(Optional.of(setAside), List.of(), new Messages(Locale.ENGLISH));
        String german = SettingsNotice.describe(Optional.of(setAside), List.of(), new Messages(Locale.GERMAN));

        assertThat(english).isEqualTo("Your settings file could not be used (it is not valid UTF-8 text), so 409 Doctor "
                + "started with the default settings. The file was kept as settings.properties.corrupt-20250304-050607 "
                + "in /cfg/doctor409.");
        assertThat(german).contains("settings.properties.corrupt-20250304-050607").contains("kein gültiger UTF-8-Text");
    }

    @Test
    void otherWarningsFollowInEnglishDetail() {
        String text = SettingsNotice.describe(Optional.empty(), List.of("Ignored DOCTOR409_API_URL=\"ftp://x\": bad."),
                new Messages(Locale.ENGLISH));
        assertThat(text).isEqualTo("Some settings were ignored: Ignored DOCTOR409_API_URL=\"ftp://x\": bad.");
    }

    @Test
    void invalidValuesNameTheSettingsThatWentBackToTheirDefaultsByTheirLabels() {
        Path moved = Path.of("/cfg/doctor409/settings.properties.corrupt-20250304-050607");
        SettingsFile.SetAside setAside = new SettingsFile.SetAside(SettingsFile.Fault.INVALID_VALUES, Optional.of(moved), "x",
                List.of("ui.theme", "api.url"));

        String spanish = SettingsNotice.describe(Optional.of(setAside), List.of(), new Messages(Locale.forLanguageTag("es")));

        assertThat(spanish).startsWith("Estos ajustes no se podían usar y volvieron a sus valores predeterminados: Tema, ")
                .contains("El resto de tu configuración se mantiene")
                .contains("settings.properties.corrupt-20250304-050607")
                .doesNotContain("_");
    }
}
