package io.github.doctor409.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.doctor409.core.CheckResult;
import io.github.doctor409.core.FixCatalog;
import io.github.doctor409.core.FixOutcome;
import io.github.doctor409.core.OperatingSystem;
import io.github.doctor409.core.Status;
import io.github.doctor409.guide.Finding;
import io.github.doctor409.guide.Instruction;
import io.github.doctor409.guide.LadderStep;
import io.github.doctor409.guide.Sentence;
import io.github.doctor409.guide.PlannedStep;
import io.github.doctor409.guide.StepInstructions;
import io.github.doctor409.guide.Walkthrough;
import io.github.doctor409.guide.WalkthroughPlan;
import io.github.doctor409.guide.WalkthroughSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The walkthrough's sentences: the English bundle says exactly what the guide (and so the CLI) says, and
 * every sentence the guide can produce has its key in every language.
 */
class GuideTextsTest {

    private static final List<String> FLAVOURS = List.of("", "microsoft-store", "windows-installer", "macos", "snap",
            "flatpak", "linux-package");

    @Test
    void theEnglishBundleSaysWhatTheCommandLinePrints() {
        GuideTexts english = texts(Locale.ENGLISH);
        List<String> differences = new ArrayList<>();
        for (Sentence phrase : everyPhrase()) {
            String window = english.text(phrase).replace('’', '\'');
            if (!window.equals(phrase.english())) {
                differences.add(phrase.key() + ": window says [" + window + "], guide says [" + phrase.english() + "]");
            }
        }
        for (LadderStep step : LadderStep.values()) {
            assertThat(english.title(step).replace('’', '\'')).isEqualTo(step.title());
            assertThat(english.what(step).replace('’', '\'')).isEqualTo(step.what());
            assertThat(english.why(step).replace('’', '\'')).isEqualTo(step.why());
        }
        for (PlannedStep step : plannedSteps()) {
            for (Finding finding : step.findings()) {
                assertThat(english.finding(finding).replace('’', '\'')).isEqualTo(finding.english());
            }
        }
        assertThat(differences).isEmpty();
        assertThat(everyPhrase()).hasSizeGreaterThan(60);
    }

    @Test
    void everySentenceIsTranslatedInEveryLanguage() {
        for (Locale locale : Messages.SUPPORTED) {
            GuideTexts texts = texts(locale);
            List<String> missing = new ArrayList<>();
            for (Sentence phrase : everyPhrase()) {
                String text = texts.text(phrase);
                if (text.contains("‹") || text.isBlank()) {
                    missing.add(phrase.key());
                }
            }
            for (LadderStep step : LadderStep.values()) {
                for (String text : List.of(texts.title(step), texts.what(step), texts.why(step))) {
                    if (text.contains("‹")) {
                        missing.add(text);
                    }
                }
            }
            assertThat(missing).as("missing in %s", locale).isEmpty();
        }
        GuideTexts german = texts(Locale.GERMAN);
        Sentence checked = checkedAgainPhrase();
        assertThat(german.text(checked)).isEqualTo("Erneut geprüft: Thing one: in Ordnung, Thing two: weiterhin fehlerhaft");
        assertThat(german.text(Walkthrough.followedSteps(LadderStep.CLOCK))).isEqualTo("Schritte für „Uhr richtig stellen“ befolgt");
    }

    private static GuideTexts texts(Locale locale) {
        return new GuideTexts(new CheckTexts(new Messages(locale)));
    }

    /** Every instruction for every OS and install, the summaries, the findings' notes and the actions. */
    private static List<Sentence> everyPhrase() {
        List<Sentence> phrases = new ArrayList<>();
        for (OperatingSystem os : OperatingSystem.values()) {
            for (String flavour : FLAVOURS) {
                StepInstructions instructions = new StepInstructions(os, flavour.isEmpty() ? Optional.empty() : Optional.of(flavour));
                for (LadderStep step : LadderStep.values()) {
                    instructions.forStep(step).stream().map(Instruction::phrase).forEach(phrases::add);
                }
            }
        }
        for (PlannedStep step : plannedSteps()) {
            step.findings().stream().filter(Finding.Note.class::isInstance).map(f -> ((Finding.Note) f).phrase())
                    .forEach(phrases::add);
        }
        phrases.add(checkedAgainPhrase());
        phrases.add(Walkthrough.ranFix("fix.test", "Test fix", new FixOutcome.Done("It worked.")));
        phrases.add(Walkthrough.openedReport());
        phrases.add(Walkthrough.watchedMonitor());
        for (LadderStep step : LadderStep.values()) {
            phrases.add(Walkthrough.followedSteps(step));
        }
        phrases.addAll(summaries());
        return phrases;
    }

    private static List<PlannedStep> plannedSteps() {
        CheckResult failing = CheckResult.of("test.thing", "Thing one", Status.FAIL, "It is broken.").build();
        CheckResult limited = CheckResult.of("test.limited", "Thing two", Status.UNKNOWN, "Slow down.")
                .evidence("api", Map.of("retryAfterSeconds", 42)).fix("fix.retry").build();
        return new WalkthroughPlan(new FixCatalog(List.of()), OperatingSystem.LINUX).plan(
                Map.of(failing.id(), failing, limited.id(), limited));
    }

    private static Sentence checkedAgainPhrase() {
        Walkthrough w = new Walkthrough(new WalkthroughPlan(new FixCatalog(List.of()), OperatingSystem.LINUX),
                List.of(CheckResult.of("network.services", "Spotify services", Status.FAIL, "Down.").build()));
        w.checkedAgain(List.of(CheckResult.of("test.one", "Thing one", Status.PASS, "Fine.").build(),
                CheckResult.of("test.two", "Thing two", Status.FAIL, "Broken.").build()));
        w.checkedAgain(List.of());
        w.answerNotFixed();
        return Sentence.of("guide.action.checkedAgain", "Checked again: Thing one passed, Thing two still fails",
                List.of(Sentence.of("guide.recheck.pass", "Thing one passed", new Sentence.CheckTitle("test.one", "Thing one")),
                        Sentence.of("guide.recheck.fail", "Thing two still fails", new Sentence.CheckTitle("test.two", "Thing two"))));
    }

    /** Summaries of each outcome, with every kind of answer and the actions recorded on the way. */
    private static List<Sentence> summaries() {
        List<Sentence> phrases = new ArrayList<>();
        CheckResult network = CheckResult.of("network.services", "Spotify services", Status.FAIL, "Down.").build();
        CheckResult token = CheckResult.of("auth.token", "Sign-in", Status.FAIL, "Expired.").build();
        WalkthroughPlan plan = new WalkthroughPlan(new FixCatalog(List.of()), OperatingSystem.LINUX);

        Walkthrough fixed = new Walkthrough(plan, List.of(network, token));
        fixed.recordAction(Walkthrough.followedSteps(LadderStep.NETWORK));
        fixed.checkedAgain(List.of(CheckResult.of("test.one", "Thing one", Status.WARN, "Hm.").build(),
                CheckResult.of("test.two", "Thing two", Status.UNKNOWN, "?").build(),
                CheckResult.of("test.three", "Thing three", Status.SKIPPED, "-").build(),
                CheckResult.of("test.four", "Thing four", Status.ERROR, "!").build()));
        fixed.skip();
        fixed.recordAction("Typed by hand");
        fixed.answerFixed();
        Walkthrough outOfSteps = new Walkthrough(plan, List.of(token));
        outOfSteps.answerNotFixed();
        outOfSteps.answerNotFixed();
        outOfSteps.answerNotFixed();
        Walkthrough nothing = new Walkthrough(plan, List.of());
        for (Walkthrough w : List.of(fixed, outOfSteps, nothing)) {
            WalkthroughSummary summary = ((Walkthrough.Position.Finished) w.position()).summary();
            phrases.add(summary.headlinePhrase());
            phrases.addAll(summary.linePhrases());
        }
        assertThat(phrases.stream().map(Sentence::key)).contains("guide.summary.fixed", "guide.summary.outOfSteps",
                "guide.summary.nothingToFix", "guide.summary.stepSkipped", "guide.summary.stepNotFixed",
                "guide.summary.stepFixed", "guide.summary.action");
        return phrases;
    }
}
