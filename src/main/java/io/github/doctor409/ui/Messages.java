package io.github.doctor409.ui;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Every user-visible string of the window, in the language the user chose. Texts live in resource
 * bundles under {@code ui/i18n}, one family per area so that areas are edited independently; a key is
 * unique across areas. Values are {@link MessageFormat} patterns, so a literal apostrophe is written
 * {@code ''} (or, better, as the typographic ’). Bind labels with {@link #text} and they follow a
 * language switch live.
 */
public final class Messages {

    /** The bundle families, by area: the main window, the secondary windows, check texts, settings, about/logs/welcome. */
    public static final List<String> AREAS = List.of("main", "windows", "checks", "settings", "about");

    /** The languages the window speaks, English first (it is also the fallback). */
    public static final List<Locale> SUPPORTED = List.of(
            Locale.ENGLISH, Locale.forLanguageTag("es"), Locale.forLanguageTag("pt-BR"), Locale.GERMAN);

    static final String BASE = "io.github.doctor409.ui.i18n.";

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(this, "locale");
    private List<ResourceBundle> bundles;
    private Locale bundlesLocale;

    public Messages(Locale initial) {
        locale.set(supported(initial));
    }

    /** The supported language closest to {@code wanted}: same language and country, then same language, else English. */
    public static Locale supported(Locale wanted) {
        if (wanted == null) {
            return Locale.ENGLISH;
        }
        for (Locale candidate : SUPPORTED) {
            if (candidate.getLanguage().equals(wanted.getLanguage())
                    && (candidate.getCountry().isEmpty() || candidate.getCountry().equals(wanted.getCountry()))) {
                return candidate;
            }
        }
        for (Locale candidate : SUPPORTED) {
            if (candidate.getLanguage().equals(wanted.getLanguage())) {
                return candidate;
            }
        }
        return Locale.ENGLISH;
    }

    /** The current language; setting it re-translates every bound text. Unsupported languages fall back. */
    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public Locale locale() {
        return locale.get();
    }

    public void setLocale(Locale wanted) {
        locale.set(supported(wanted));
    }

    /** The text for {@code key} now, with {@code args} formatted for the current locale. */
    public String get(String key, Object... args) {
        String pattern = pattern(key);
        return new MessageFormat(pattern, locale.get()).format(args);
    }

    public boolean has(String key) {
        return bundles().stream().anyMatch(b -> b.containsKey(key));
    }

    /** A live text for {@code key}: it changes when the language changes. */
    public StringBinding text(String key, Object... args) {
        return Bindings.createStringBinding(() -> get(key, args), locale);
    }

    /**
     * A live text computed by {@code compute}; it re-runs when the language or any of {@code dependencies}
     * changes. For texts that depend on a view model's state.
     */
    public StringBinding text(Callable<String> compute, Observable... dependencies) {
        Observable[] all = new Observable[dependencies.length + 1];
        all[0] = locale;
        System.arraycopy(dependencies, 0, all, 1, dependencies.length);
        return Bindings.createStringBinding(compute, all);
    }

    /** A whole number with the locale's grouping, e.g. 12,345 or 12.345. */
    public String number(long value) {
        return NumberFormat.getIntegerInstance(locale.get()).format(value);
    }

    /** A byte count in the largest fitting unit with one decimal in the locale's style, e.g. 1.5 MB or 1,5 MB. */
    public String size(long bytes) {
        String[] units = {"B", "KB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = 0;
        while (Math.abs(value) >= 1000 && unit < units.length - 1) {
            value /= 1000;
            unit++;
        }
        if (unit == 0) {
            return number(bytes) + " " + units[0];
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale.get());
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(value) + " " + units[unit];
    }

    /** A moment as a medium date and short time in the locale's style and the given zone. */
    public String dateTime(Instant instant, ZoneId zone) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale.get())
                .withZone(zone)
                .format(instant);
    }

    /** A time of day in the locale's short style, e.g. 3:04 PM or 15:04. */
    public String time(Instant instant, ZoneId zone) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale.get()).withZone(zone).format(instant);
    }

    private String pattern(String key) {
        Objects.requireNonNull(key, "key");
        for (ResourceBundle bundle : bundles()) {
            if (bundle.containsKey(key)) {
                return bundle.getString(key);
            }
        }
        // a missing key shows itself instead of failing the window; BundleTest keeps this from shipping
        return "\u2039" + key + "\u203a";
    }

    /**
     * The bundles of the current locale, loaded when first asked for after a switch. Not loaded by a
     * listener on the locale: bindings are invalidated before change listeners run, so a label would
     * re-read its text from the old language's bundles.
     */
    private List<ResourceBundle> bundles() {
        Locale now = locale.get();
        if (!now.equals(bundlesLocale)) {
            bundles = load(now);
            bundlesLocale = now;
        }
        return bundles;
    }

    static List<ResourceBundle> load(Locale locale) {
        return AREAS.stream().map(area -> bundle(area, locale)).toList();
    }

    static ResourceBundle bundle(String area, Locale locale) {
        try {
            return ResourceBundle.getBundle(BASE + area, locale, Messages.class.getClassLoader(), NO_FALLBACK);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("The " + area + " texts are missing from this build", e);
        }
    }
}
