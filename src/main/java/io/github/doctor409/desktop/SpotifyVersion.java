package io.github.doctor409.desktop;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A Spotify app version in any of the forms of SPOTIFY-FACTS §4: {@code 1.2.94.576.g8c0e69ee}
 * (MAJOR.MINOR.PATCH.BUILD.g + commit hash), Windows file versions with four numbers and no hash, very old
 * versions without a hash, and shorter forms such as {@code 1.2.98} (a release family, as in our manifest).
 *
 * <p>Ordering compares the numbers, missing ones counting as zero ({@code 1.2.98} = {@code 1.2.98.0});
 * ties are broken by fewer components first, then no hash before a hash, then the hash, so the order is
 * consistent with {@code equals}. Use {@link #isOlderThan} for "is it older".
 *
 * @param numbers one to four non-negative numbers
 * @param hash    the commit hash after {@code .g}, lower case, when the version had one
 */
public record SpotifyVersion(List<Integer> numbers, Optional<String> hash) implements Comparable<SpotifyVersion> {

    public static final int MAX_COMPONENTS = 4;

    /** Up to four dot-separated numbers (at most 9 digits each), optionally {@code .g} and 6–40 hex digits. */
    private static final Pattern FORM = Pattern.compile(
            "(\\d{1,9}(?:\\.\\d{1,9}){0,3})(?:\\.g([0-9a-fA-F]{6,40}))?");

    private static final Comparator<SpotifyVersion> ORDER = Comparator
            .comparing(SpotifyVersion::numbers, SpotifyVersion::compareNumbers)
            .thenComparingInt(v -> v.numbers().size())
            .thenComparing(SpotifyVersion::hash, Comparator.comparing(h -> h.orElse(""), String::compareTo));

    public SpotifyVersion {
        numbers = List.copyOf(numbers);
        if (numbers.isEmpty() || numbers.size() > MAX_COMPONENTS) {
            throw new IllegalArgumentException("A version has one to four numbers, not " + numbers.size());
        }
        if (numbers.stream().anyMatch(n -> n < 0)) {
            throw new IllegalArgumentException("Version numbers are never negative: " + numbers);
        }
        hash = hash.map(h -> h.toLowerCase(Locale.ROOT));
    }

    /** Parses a version as found in prefs, manifests or file versions; empty for anything else. */
    public static Optional<SpotifyVersion> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String trimmed = text.strip();
        if (trimmed.length() > 80) {
            return Optional.empty();
        }
        Matcher matcher = FORM.matcher(trimmed);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        List<Integer> numbers = new ArrayList<>();
        for (String part : matcher.group(1).split("\\.")) {
            numbers.add(Integer.parseInt(part));
        }
        return Optional.of(new SpotifyVersion(numbers, Optional.ofNullable(matcher.group(2))));
    }

    /** The text form: numbers joined by dots, then {@code .g} and the hash when there is one. */
    public String format() {
        String joined = numbers.stream().map(String::valueOf).collect(Collectors.joining("."));
        return hash.map(h -> joined + ".g" + h).orElse(joined);
    }

    /** True when this version's numbers are below {@code other}'s (missing numbers count as zero). */
    public boolean isOlderThan(SpotifyVersion other) {
        return compareNumbers(numbers, other.numbers) < 0;
    }

    @Override
    public int compareTo(SpotifyVersion other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return format();
    }

    private static int compareNumbers(List<Integer> left, List<Integer> right) {
        for (int i = 0; i < MAX_COMPONENTS; i++) {
            int a = i < left.size() ? left.get(i) : 0;
            int b = i < right.size() ? right.get(i) : 0;
            if (a != b) {
                return Integer.compare(a, b);
            }
        }
        return 0;
    }
}
