package io.github.doctor409.report;

import io.github.doctor409.core.CheckResult;
import io.github.doctor409.core.DiagnosisReport;
import io.github.doctor409.core.Verdict;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes out of a diagnosis what must never leave the machine in a report: tokens, e-mail addresses,
 * display names and account ids, the home directory (shown as {@code ~}) and local IP addresses. Every
 * string is cleaned, keys of evidence maps as well as values, so a check that slipped a secret into its
 * summary or details is caught too.
 *
 * <p>Known values (the stored tokens, a signed-in user's name) are replaced wherever they appear;
 * patterns catch what nobody told us about: e-mail addresses, bearer tokens, {@code key=value} secrets,
 * long opaque strings that look like tokens, Spotify user URIs and private addresses.
 */
public final class Redaction {

    public static final String HIDDEN = "[redacted]";
    public static final String EMAIL = "[e-mail]";
    public static final String LOCAL_IP = "[local-ip]";

    /** Evidence keys whose values are never shown, whatever they hold. */
    private static final Set<String> SECRET_KEYS = Set.of(
            "token", "accesstoken", "access_token", "refreshtoken", "refresh_token", "authorization", "code",
            "email", "e-mail", "mail", "displayname", "display_name", "username", "user", "userid",
            "user_id", "accountid", "account_id", "id_token", "password", "secret", "client_secret", "blob",
            "saved_credentials", "canonical_username");

    private static final Pattern EMAIL_ADDRESS = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    private static final Pattern BEARER = Pattern.compile("(?i)(bearer|basic)\\s+[A-Za-z0-9._~+/=-]+");
    private static final Pattern KEY_VALUE_SECRET = Pattern.compile(
            "(?i)\\b(access_token|refresh_token|id_token|client_secret|code_verifier|password|token)([\"']?\\s*[=:]\\s*[\"']?)([^\\s&\"',;}]+)");
    /**
     * OAuth's one-time code and state in a redirect address ({@code ?code=...&state=...}) or a form body
     * ({@code code=...&code_verifier=...}): any {@code code=} or {@code state=} that starts a parameter.
     */
    private static final Pattern QUERY_SECRET = Pattern.compile("(?i)((?<![A-Za-z0-9_.-])(?:code|state)=)([^&#\\s\"']+)");
    private static final Pattern SPOTIFY_USER = Pattern.compile("(?i)(spotify:user:|/v1/users/|spotify\\.com/user/)([A-Za-z0-9._%-]+)");
    /** Opaque runs of 32+ token characters with letters and digits mixed: access tokens, refresh tokens, JWTs. */
    private static final Pattern OPAQUE = Pattern.compile("(?<![A-Za-z0-9_\\-/.])[A-Za-z0-9_\\-]{32,}(?:\\.[A-Za-z0-9_\\-]+){0,2}");
    private static final Pattern IPV4 = Pattern.compile("(?<![\\d.])(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})(?![\\d.])");
    private static final Pattern IPV6_LOCAL = Pattern.compile("(?i)(?<![0-9a-f:])(fe80|fc[0-9a-f]{2}|fd[0-9a-f]{2}):[0-9a-f:%.\\w]*");

    private final List<String> homes;
    private final List<String> knownSecrets;

    /**
     * @param home         the user's home directory, shown as {@code ~}
     * @param knownSecrets values that must not appear anywhere (tokens, the signed-in user's e-mail,
     *                     display name and id); blank and very short values are ignored
     */
    public Redaction(Path home, Collection<String> knownSecrets) {
        this(home.toAbsolutePath().normalize().toString(), knownSecrets);
    }

    /** The home directory as the machine writes it, e.g. {@code C:\\Users\\Ann} or {@code /home/ann}. */
    public Redaction(String home, Collection<String> knownSecrets) {
        List<String> forms = new ArrayList<>();
        String text = home.endsWith("/") || home.endsWith("\\") ? home.substring(0, home.length() - 1) : home;
        if (text.length() > 1) {
            forms.add(text);
            forms.add(text.replace('\\', '/'));
            forms.add(text.replace('/', '\\'));
        }
        this.homes = forms.stream().distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        this.knownSecrets = knownSecrets.stream()
                .filter(s -> s != null && s.strip().length() >= 3)
                .map(String::strip)
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
    }

    /** The same diagnosis with every string cleaned. */
    public DiagnosisReport apply(DiagnosisReport report) {
        List<CheckResult> results = report.results().stream().map(this::apply).toList();
        Verdict verdict = report.verdict();
        Verdict cleanVerdict = new Verdict(verdict.status(), verdict.likelyCause(), text(verdict.headline()),
                verdict.evidence().stream().map(this::text).toList());
        return new DiagnosisReport(report.startedAt(), report.duration(), results, cleanVerdict, report.cancelled());
    }

    public CheckResult apply(CheckResult result) {
        return new CheckResult(result.id(), text(result.title()), result.status(), text(result.summary()),
                result.details().stream().map(this::text).toList(), map(result.evidence()), result.fixes(),
                result.duration());
    }

    /** One string, cleaned. */
    public String text(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        String out = value;
        for (String secret : knownSecrets) {
            out = replaceIgnoringCase(out, secret, HIDDEN);
        }
        for (String home : homes) {
            out = replaceHome(out, home);
        }
        out = BEARER.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + " " + HIDDEN));
        out = KEY_VALUE_SECRET.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + m.group(2) + HIDDEN));
        out = QUERY_SECRET.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + HIDDEN));
        out = EMAIL_ADDRESS.matcher(out).replaceAll(EMAIL);
        out = SPOTIFY_USER.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + HIDDEN));
        out = OPAQUE.matcher(out).replaceAll(m -> looksOpaque(m.group()) ? HIDDEN : Matcher.quoteReplacement(m.group()));
        out = IPV4.matcher(out).replaceAll(m -> isLocal(m) ? LOCAL_IP : Matcher.quoteReplacement(m.group()));
        out = IPV6_LOCAL.matcher(out).replaceAll(LOCAL_IP);
        return out;
    }

    private Object value(String key, Object value) {
        if (key != null && SECRET_KEYS.contains(key.toLowerCase(Locale.ROOT)) && !(value instanceof Boolean)
                && !(value instanceof Number)) {
            return value == null ? null : HIDDEN;
        }
        if (value instanceof String s) {
            return text(s);
        }
        if (value instanceof Map<?, ?> map) {
            return map(map);
        }
        if (value instanceof Collection<?> collection) {
            List<Object> list = new ArrayList<>();
            collection.forEach(item -> list.add(value(null, item)));
            return list;
        }
        if (value instanceof Optional<?> optional) {
            return optional.map(v -> value(key, v)).orElse(null);
        }
        if (value == null || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        return text(String.valueOf(value));
    }

    private Map<String, Object> map(Map<?, ?> map) {
        Map<String, Object> clean = new LinkedHashMap<>();
        map.forEach((k, v) -> {
            String key = String.valueOf(k);
            clean.put(text(key), value(key, v));
        });
        return clean;
    }

    private static String replaceHome(String text, String home) {
        StringBuilder out = new StringBuilder();
        int from = 0;
        while (true) {
            int at = indexOfIgnoringCase(text, home, from);
            if (at < 0) {
                return out.append(text, from, text.length()).toString();
            }
            int end = at + home.length();
            boolean wholeSegment = end == text.length() || text.charAt(end) == '/' || text.charAt(end) == '\\'
                    || !Character.isLetterOrDigit(text.charAt(end));
            out.append(text, from, at).append(wholeSegment ? "~" : text.substring(at, end));
            from = end;
        }
    }

    private static String replaceIgnoringCase(String text, String needle, String replacement) {
        StringBuilder out = new StringBuilder();
        int from = 0;
        while (true) {
            int at = indexOfIgnoringCase(text, needle, from);
            if (at < 0) {
                return out.append(text, from, text.length()).toString();
            }
            out.append(text, from, at).append(replacement);
            from = at + needle.length();
        }
    }

    private static int indexOfIgnoringCase(String text, String needle, int from) {
        for (int i = from; i <= text.length() - needle.length(); i++) {
            if (text.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }

    /** Letters and digits mixed, not a plain hex hash or a word: what a token looks like. */
    private static boolean looksOpaque(String candidate) {
        boolean digit = candidate.chars().anyMatch(Character::isDigit);
        boolean letter = candidate.chars().anyMatch(Character::isLetter);
        return digit && letter;
    }

    private static boolean isLocal(java.util.regex.MatchResult ip) {
        int[] part = new int[4];
        for (int i = 0; i < 4; i++) {
            part[i] = Integer.parseInt(ip.group(i + 1));
            if (part[i] > 255) {
                return false;
            }
        }
        return part[0] == 10
                || part[0] == 172 && part[1] >= 16 && part[1] <= 31
                || part[0] == 192 && part[1] == 168
                || part[0] == 169 && part[1] == 254
                || part[0] == 100 && part[1] >= 64 && part[1] <= 127;
    }
}
