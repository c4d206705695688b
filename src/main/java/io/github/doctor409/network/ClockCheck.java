package io.github.doctor409.network;

import io.github.doctor409.core.Check;
import io.github.doctor409.core.CheckContext;
import io.github.doctor409.core.CheckGroup;
import io.github.doctor409.core.CheckKind;
import io.github.doctor409.core.CheckResult;
import io.github.doctor409.core.Phrase;
import io.github.doctor409.core.Status;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * {@code system.clock}: is this computer's clock close to Spotify's? Compares the {@code Date} headers
 * of the answers {@code network.services} already received with the local time they arrived (no extra
 * request), and reads the desktop app's own measurement, {@code core.clock_delta} (taken as seconds;
 * the unit is not documented). Past 1 minute it warns, past 5 minutes it fails: sign-in tokens and
 * certificate checks break.
 */
public final class ClockCheck implements Check {

    public static final String ID = "system.clock";
    static final Duration WARN_PAST = Duration.ofMinutes(1);
    static final Duration FAIL_PAST = Duration.ofMinutes(5);
    static final String CLOCK_DELTA_KEY = "core.clock_delta";

    private final SpotifyAppSettings appSettings;

    public ClockCheck(SpotifyAppSettings appSettings) {
        this.appSettings = Objects.requireNonNull(appSettings, "appSettings");
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "System clock";
    }

    @Override
    public CheckGroup group() {
        return CheckGroup.CONNECTION;
    }

    @Override
    public CheckKind kind() {
        return CheckKind.LOCAL;
    }

    @Override
    public Set<String> dependsOn() {
        return Set.of(ServicesCheck.ID);
    }

    @Override
    public CheckResult run(CheckContext context) {
        context.waitingFor("the Spotify app's clock setting");
        List<ServicesEvidence.DateSample> samples = context.resultOf(ServicesCheck.ID)
                .map(ServicesEvidence::of).orElse(ServicesEvidence.none()).dateSamples();
        Optional<Long> appDelta = appSettings.value(CLOCK_DELTA_KEY).flatMap(ClockCheck::seconds);

        List<String> details = new ArrayList<>();
        List<Object> sampleEvidence = new ArrayList<>();
        for (ServicesEvidence.DateSample sample : samples) {
            details.add(sample.endpoint() + ": Date " + sample.serverDate() + ", received at " + sample.receivedAt()
                    + " by this computer's clock → " + signed(sample.localAhead()));
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("endpoint", sample.endpoint());
            one.put("serverDate", sample.serverDate().toString());
            one.put("receivedAt", sample.receivedAt().toString());
            one.put("localAheadMs", sample.localAhead().toMillis());
            sampleEvidence.add(one);
        }
        appDelta.ifPresent(delta -> details.add("Spotify app prefs: " + CLOCK_DELTA_KEY + "=" + delta));

        Optional<Duration> skew = median(samples);
        Status fromDates = skew.map(ClockCheck::grade).orElse(Status.UNKNOWN);
        Status fromApp = appDelta.map(s -> grade(Duration.ofSeconds(s))).orElse(Status.PASS);

        Status status;
        String summary;
        Phrase phrase;
        if (skew.isPresent()) {
            status = worse(fromDates, fromApp);
            summary = sentence(fromDates, skew.get(), appDelta, fromApp);
            phrase = sentencePhrase(fromDates, skew.get(), appDelta, fromApp);
        } else if (appDelta.isPresent()) {
            status = fromApp == Status.PASS ? Status.UNKNOWN : fromApp;
            summary = appOnlySentence(appDelta.get(), fromApp);
            phrase = fromApp == Status.PASS ? Phrase.of("system.clock.summary.appClose")
                    : Phrase.of("system.clock.summary.appOff", wordsPhrase(Duration.ofSeconds(Math.abs(appDelta.get()))));
        } else {
            status = Status.UNKNOWN;
            summary = "The clock could not be compared with Spotify's, because none of Spotify's services answered.";
            phrase = Phrase.of("system.clock.summary.noAnswer");
        }
        CheckResult.Builder result = CheckResult.of(this, status, summary).says(phrase);
        if (skew.isEmpty()) {
            result.detail("No answer from Spotify carried a Date header to compare with.");
        }
        result.details(details).evidence("samples", sampleEvidence);
        skew.ifPresent(off -> result.evidence("localAheadSeconds", Math.round(off.toMillis() / 1000.0)));
        appDelta.ifPresent(delta -> result.evidence("appClockDeltaSeconds", delta));
        result.evidence("warnPastSeconds", WARN_PAST.toSeconds()).evidence("failPastSeconds", FAIL_PAST.toSeconds());
        if (status.isProblem()) {
            result.fix("fix.clock-help");
        } else if (status == Status.UNKNOWN) {
            result.fix("fix.retry");
        }
        return result.build();
    }

    private static String sentence(Status fromDates, Duration off, Optional<Long> appDelta, Status fromApp) {
        String direction = off.isNegative() ? "behind" : "ahead of";
        String amount = words(off.abs());
        String main = switch (fromDates) {
            case FAIL -> "This computer's clock is " + amount + " " + direction + " Spotify's: sign-in and secure"
                    + " connections fail with a clock this far off. Set the clock to update automatically.";
            case WARN -> "This computer's clock is " + amount + " " + direction + " Spotify's; set it to update"
                    + " automatically before it drifts further.";
            default -> "This computer's clock agrees with Spotify's.";
        };
        if (fromApp.isProblem() && appDelta.isPresent()) {
            main += " The Spotify app last measured its clock " + words(Duration.ofSeconds(Math.abs(appDelta.get())))
                    + " off.";
        }
        return main;
    }

    private static Phrase sentencePhrase(Status fromDates, Duration off, Optional<Long> appDelta, Status fromApp) {
        Phrase amount = wordsPhrase(off.abs());
        boolean behind = off.isNegative();
        Phrase main = switch (fromDates) {
            case FAIL -> behind ? Phrase.of("system.clock.summary.failBehind", amount)
                    : Phrase.of("system.clock.summary.failAhead", amount);
            case WARN -> behind ? Phrase.of("system.clock.summary.warnBehind", amount)
                    : Phrase.of("system.clock.summary.warnAhead", amount);
            default -> Phrase.of("system.clock.summary.ok");
        };
        if (fromApp.isProblem() && appDelta.isPresent()) {
            return Phrase.then(main, Phrase.of("system.clock.summary.appAlso",
                    wordsPhrase(Duration.ofSeconds(Math.abs(appDelta.get())))));
        }
        return main;
    }

    /** {@link #words} as a phrase. */
    static Phrase wordsPhrase(Duration amount) {
        long seconds = Math.round(amount.toMillis() / 1000.0);
        if (seconds >= 2 * 3600 - 1800) {
            return Phrase.of("checks.time.hours", Math.round(seconds / 3600.0));
        }
        if (seconds >= 120 - 30) {
            return Phrase.of("checks.time.minutes", Math.round(seconds / 60.0));
        }
        return Phrase.of("checks.time.seconds", seconds);
    }

    private static String appOnlySentence(long delta, Status fromApp) {
        if (fromApp == Status.PASS) {
            return "The clock could not be compared with Spotify's now; the Spotify app last found it close.";
        }
        return "The Spotify app last measured this computer's clock " + words(Duration.ofSeconds(Math.abs(delta)))
                + " off Spotify's; set it to update automatically.";
    }

    static Status grade(Duration off) {
        Duration abs = off.abs();
        if (abs.compareTo(FAIL_PAST) > 0) {
            return Status.FAIL;
        }
        if (abs.compareTo(WARN_PAST) > 0) {
            return Status.WARN;
        }
        return Status.PASS;
    }

    private static Status worse(Status a, Status b) {
        List<Status> order = List.of(Status.FAIL, Status.WARN, Status.UNKNOWN, Status.PASS);
        return order.indexOf(a) <= order.indexOf(b) ? a : b;
    }

    private static Optional<Duration> median(List<ServicesEvidence.DateSample> samples) {
        if (samples.isEmpty()) {
            return Optional.empty();
        }
        List<Duration> sorted = samples.stream().map(ServicesEvidence.DateSample::localAhead)
                .sorted(Comparator.naturalOrder()).toList();
        return Optional.of(sorted.get(sorted.size() / 2));
    }

    /** E.g. "3 hours", "2 minutes", "40 seconds". */
    static String words(Duration amount) {
        long seconds = Math.round(amount.toMillis() / 1000.0);
        if (seconds >= 2 * 3600 - 1800) {
            return Math.round(seconds / 3600.0) + " hours";
        }
        if (seconds >= 120 - 30) {
            return Math.round(seconds / 60.0) + " minutes";
        }
        return seconds == 1 ? "1 second" : seconds + " seconds";
    }

    private static String signed(Duration ahead) {
        return ahead.isNegative() ? "local clock " + (-ahead.toMillis()) + " ms behind"
                : "local clock " + ahead.toMillis() + " ms ahead";
    }

    private static Optional<Long> seconds(String raw) {
        try {
            return Optional.of(Long.parseLong(raw.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
