package io.github.doctor409.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.doctor409.app.SettingKey;
import io.github.doctor409.app.SettingProblem;
import io.github.doctor409.app.Settings;
import io.github.doctor409.core.HostEnvironment;
import io.github.doctor409.core.ManualExecutor;
import io.github.doctor409.core.MutableClock;
import io.github.doctor409.core.OperatingSystem;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsViewModelTest {

    private final ManualExecutor executor = new ManualExecutor(MutableClock.atEpochDay());
    private final List<Settings> written = new ArrayList<>();
    private final List<Settings> applied = new ArrayList<>();

    private SettingsViewModel model(Settings current, Map<String, String> env) {
        return new SettingsViewModel(current, new HostEnvironment(OperatingSystem.LINUX, Path.of("/home/x"), env),
                executor, Runnable::run, written::add, applied::add);
    }

    @Test
    void fieldsStartFromTheFileElseTheDefaults() {
        SettingsViewModel model = model(Settings.empty().with(SettingKey.THEME, "dark"), Map.of());
        assertThat(model.value(SettingKey.THEME).get()).isEqualTo("dark");
        assertThat(model.value(SettingKey.API_URL).get()).isEqualTo("https://api.spotify.com");
        assertThat(model.value(SettingKey.NETWORK_TIMEOUT).get()).isEqualTo("5");
        assertThat(model.firstProblem()).isEmpty();
    }

    @Test
    void problemsFollowTheTextAndBlockSaving() {
        SettingsViewModel model = model(Settings.empty(), Map.of());
        model.value(SettingKey.ACCOUNTS_URL).set("accounts.example.com");
        model.value(SettingKey.NETWORK_TIMEOUT).set("99");

        assertThat(model.problem(SettingKey.ACCOUNTS_URL).get().kind()).isEqualTo(SettingProblem.Kind.URL_SCHEME);
        assertThat(model.firstProblem()).contains(SettingKey.NETWORK_TIMEOUT);
        assertThat(model.save()).isFalse();
        executor.runAll();
        assertThat(written).isEmpty();

        model.value(SettingKey.NETWORK_TIMEOUT).set("30");
        model.value(SettingKey.ACCOUNTS_URL).set("");
        assertThat(model.problem(SettingKey.ACCOUNTS_URL).get()).as("blank means the default").isNull();
        assertThat(model.save()).isTrue();
        assertThat(model.savingProperty().get()).isTrue();
        executor.runAll();

        assertThat(written).singleElement().satisfies(s -> {
            assertThat(s.get(SettingKey.NETWORK_TIMEOUT)).contains("30");
            assertThat(s.get(SettingKey.ACCOUNTS_URL)).isEmpty();
        });
        assertThat(applied).isEqualTo(written);
        assertThat(model.closedProperty().get()).isTrue();
    }

    @Test
    void resetPutsEveryFreeFieldBackButNotTheOnesTheEnvironmentSets() {
        SettingsViewModel model = model(Settings.of(Map.of("ui.theme", "dark", "api.url", "http://127.0.0.1:1", "x", "y")),
                Map.of("DOCTOR409_API_URL", "http://127.0.0.1:8000"));
        model.resetToDefaults();

        assertThat(model.value(SettingKey.THEME).get()).isEqualTo("system");
        assertThat(model.value(SettingKey.API_URL).get()).isEqualTo("http://127.0.0.1:8000");
        assertThat(model.overriddenBy(SettingKey.API_URL)).contains("DOCTOR409_API_URL");
        Settings edited = model.edited();
        assertThat(edited.get(SettingKey.THEME)).isEmpty();
        assertThat(edited.get(SettingKey.API_URL)).as("the file's own value is left alone").contains("http://127.0.0.1:1");
        assertThat(edited.others()).containsEntry("x", "y");
    }

    @Test
    void anOverriddenFieldIsNeverReportedAsWrong() {
        SettingsViewModel model = model(Settings.empty(), Map.of("DOCTOR409_CLIENT_ID", "client-409"));
        assertThat(model.value(SettingKey.CLIENT_ID).get()).isEqualTo("client-409");
        assertThat(model.problem(SettingKey.CLIENT_ID).get()).isNull();
    }

    @Test
    void onlyChangesToTheChecksNeedARestart() {
        SettingsViewModel model = model(Settings.empty(), Map.of());
        model.value(SettingKey.THEME).set("dark");
        model.value(SettingKey.LANGUAGE).set("de");
        assertThat(model.needsRestart()).isFalse();
        model.value(SettingKey.NETWORK_TIMEOUT).set("9");
        assertThat(model.needsRestart()).isTrue();
    }

    @Test
    void aFailedWriteKeepsTheWindowOpenAndSaysWhy() {
        SettingsViewModel model = new SettingsViewModel(Settings.empty(),
                new HostEnvironment(OperatingSystem.LINUX, Path.of("/home/x"), Map.of()), executor, Runnable::run,
                s -> {
                    throw new AccessDeniedException("settings.properties");
                }, applied::add);
        model.save();
        executor.runAll();

        assertThat(model.saveFailureProperty().get()).isEqualTo("AccessDeniedException");
        assertThat(model.closedProperty().get()).isFalse();
        assertThat(model.savingProperty().get()).isFalse();
        assertThat(applied).isEmpty();
    }
}
