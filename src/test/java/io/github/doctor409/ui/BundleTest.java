package io.github.doctor409.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every key in every language, the same placeholders everywhere, and patterns MessageFormat reads as meant. */
class BundleTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    @Test
    void everyKeyExistsInEveryLanguage() throws IOException {
        for (String area : Messages.AREAS) {
            Set<String> english = read(area, Locale.ENGLISH).stringPropertyNames();
            for (Locale locale : Messages.SUPPORTED) {
                Set<String> keys = read(area, locale).stringPropertyNames();
                assertThat(new TreeSet<>(keys)).as("keys of %s in %s", area, locale).isEqualTo(new TreeSet<>(english));
            }
        }
    }

    @Test
    void translationsUseTheSamePlaceholdersAsEnglish() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String area : Messages.AREAS) {
            Properties english = read(area, Locale.ENGLISH);
            for (Locale locale : Messages.SUPPORTED) {
                Properties translated = read(area, locale);
                for (String key : translated.stringPropertyNames()) {
                    String value = translated.getProperty(key);
                    if (value.isBlank()) {
                        problems.add(locale + " " + key + " is empty");
                    }
                    if (english.containsKey(key) && !placeholders(value).equals(placeholders(english.getProperty(key)))) {
                        problems.add(locale + " " + key + " has placeholders " + placeholders(value) + " instead of "
                                + placeholders(english.getProperty(key)));
                    }
                    if (LONE_APOSTROPHE.matcher(value).find()) {
                        problems.add(locale + " " + key + " has a lone ' that MessageFormat would swallow; use ’");
                    }
                    try {
                        new MessageFormat(value, locale);
                    } catch (IllegalArgumentException e) {
                        problems.add(locale + " " + key + " is not a valid pattern: " + e.getMessage());
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void aKeyBelongsToOneAreaOnly() throws IOException {
        Map<String, String> owner = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (String area : Messages.AREAS) {
            for (String key : read(area, Locale.ENGLISH).stringPropertyNames()) {
                String previous = owner.put(key, area);
                if (previous != null) {
                    clashes.add(key + " in " + previous + " and " + area);
                }
            }
        }
        assertThat(clashes).isEmpty();
    }

    @Test
    void everyLanguageLoadsThroughMessages() {
        for (Locale locale : Messages.SUPPORTED) {
            assertThat(Messages.load(locale)).hasSize(Messages.AREAS.size());
        }
    }

    @Test
    void unsupportedLanguagesFallBackToTheClosestOne() {
        assertThat(Messages.supported(Locale.forLanguageTag("pt-PT"))).isEqualTo(Locale.forLanguageTag("pt-BR"));
        assertThat(Messages.supported(Locale.forLanguageTag("es-MX"))).isEqualTo(Locale.forLanguageTag("es"));
        assertThat(Messages.supported(Locale.forLanguageTag("de-AT"))).isEqualTo(Locale.GERMAN);
        assertThat(Messages.supported(Locale.JAPANESE)).isEqualTo(Locale.ENGLISH);
        assertThat(Messages.supported(null)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void sizesAndNumbersFollowTheLocale() {
        Messages messages = new Messages(Locale.ENGLISH);
        assertThat(messages.size(1_500_000)).isEqualTo("1.5 MB");
        assertThat(messages.number(12345)).isEqualTo("12,345");
        messages.setLocale(Locale.GERMAN);
        assertThat(messages.size(1_500_000)).isEqualTo("1,5 MB");
        assertThat(messages.number(12345)).isEqualTo("12.345");
        assertThat(messages.size(999)).isEqualTo("999 B");
    }

    @Test
    void aMissingKeyShowsItselfAndBindingsFollowTheLanguage() {
        Messages messages = new Messages(Locale.ENGLISH);
        assertThat(messages.get("no.such.key")).contains("no.such.key");
        var text = messages.text(() -> messages.locale().toLanguageTag());
        assertThat(text.get()).isEqualTo("en");
        messages.setLocale(Locale.forLanguageTag("pt-BR"));
        assertThat(text.get()).isEqualTo("pt-BR");
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    static Properties read(String area, Locale locale) throws IOException {
        String suffix = locale.equals(Locale.ENGLISH) ? "" : "_" + locale.toString();
        String resource = "/" + Messages.BASE.replace('.', '/') + area + suffix + ".properties";
        Properties properties = new Properties();
        try (InputStream in = BundleTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
