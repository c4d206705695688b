package io.github.doctor409.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The open-source libraries shipped inside 409 Doctor and their licences, from {@code third-party.txt},
 * which the build writes from every runtime dependency's POM (license-maven-plugin), so it cannot go stale.
 */
public final class ThirdPartyLicences {

    static final String RESOURCE = "third-party.txt";

    /** {@code (Licence A) (Licence B) Name (group:artifact:version - url)} */
    private static final Pattern LINE = Pattern.compile(
            "^\\s*((?:\\([^)]*\\)\\s*)+)(.+?) \\(([^:\\s]+):([^:\\s]+):([^\\s]+) - ([^)]*)\\)\\s*$");
    private static final Pattern LICENCE = Pattern.compile("\\(([^)]*)\\)");

    /** One library: its name, Maven coordinates, licences and home page. */
    public record Library(String name, String group, String artifact, String version, List<String> licences, String url) {

        public String coordinates() {
            return group + ":" + artifact + ":" + version;
        }

        /** How About lists it: {@code Gson 2.13.2 — Apache-2.0}. */
        public String line() {
            return name + " " + version + " — " + String.join(" / ", licences);
        }
    }

    private ThirdPartyLicences() {}

    /** The bundled list, sorted by name; empty when the build did not write it. */
    public static List<Library> bundled() {
        try (InputStream in = ThirdPartyLicences.class.getResourceAsStream(RESOURCE)) {
            return in == null ? List.of() : parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return List.of();
        }
    }

    static List<Library> parse(String text) {
        List<Library> libraries = new ArrayList<>();
        for (String line : text.split("\\R")) {
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                continue;
            }
            List<String> licences = new ArrayList<>();
            Matcher licence = LICENCE.matcher(m.group(1));
            while (licence.find()) {
                licences.add(licence.group(1).strip());
            }
            libraries.add(new Library(m.group(2).strip(), m.group(3), m.group(4), m.group(5), List.copyOf(licences),
                    m.group(6).strip()));
        }
        // a project whose modules share one name (Ikonli) is listed by module, so the lines tell them apart
        java.util.Map<String, Long> names = libraries.stream().collect(
                java.util.stream.Collectors.groupingBy(Library::name, java.util.stream.Collectors.counting()));
        libraries.replaceAll(l -> names.get(l.name()) > 1
                ? new Library(l.name() + " (" + l.artifact() + ")", l.group(), l.artifact(), l.version(), l.licences(), l.url())
                : l);
        libraries.sort(Comparator.comparing((Library l) -> l.name().toLowerCase(java.util.Locale.ROOT))
                .thenComparing(Library::artifact));
        return List.copyOf(libraries);
    }
}
