package io.github.doctor409.guide;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.doctor409.core.CheckResult;
import io.github.doctor409.core.FixCatalog;
import io.github.doctor409.core.OperatingSystem;
import io.github.doctor409.core.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

class WalkthroughTest {

    private static final FixCatalog WITH_CLEAR_CACHE =
            new FixCatalog(List.of(new Results.NamedFix("fix.clear-cache", "Clear cache safely")));

    private static Walkthrough walkthrough(CheckResult... results) {
        return new Walkthrough(new WalkthroughPlan(WITH_CLEAR_CACHE, OperatingSystem.LINUX), List.of(results));
    }

    private static LadderStep at(Walkthrough walkthrough) {
        return walkthrough.current().orElseThrow().step();
    }

    @Test
    void stepsWithEvidenceComeFirstInLadderOrderAndTheRestAreNotNeeded() {
        Walkthrough w = walkthrough(
                Results.of("client.cache", Status.WARN),
                Results.of("network.services", Status.PASS),
                Results.of("auth.token", Status.FAIL));

        assertThat(w.steps()).extracting(PlannedStep::step).containsExactly(
                LadderStep.SIGN_IN, LadderStep.CLEAR_CACHE, LadderStep.CONTACT_SUPPORT, LadderStep.WAIT_AND_MONITOR,
                LadderStep.NETWORK, LadderStep.CLOCK, LadderStep.APP_LOGIN, LadderStep.RETRY_LATER, LadderStep.UPDATE,
                LadderStep.REINSTALL);
        assertThat(w.steps()).filteredOn(PlannedStep::needed).hasSize(4);
        assertThat(at(w)).isEqualTo(LadderStep.SIGN_IN);
        assertThat(w.current().orElseThrow().evidence()).containsExactly("Sign-in: Sign-in is fail.");
        assertThat(w.steps().get(4).evidence()).isEmpty();
    }

    @Test
    void noMovesToTheNextNeededStepAndYesEndsWithASummary() {
        Walkthrough w = walkthrough(Results.of("network.services", Status.FAIL), Results.of("client.cache", Status.WARN));
        assertThat(at(w)).isEqualTo(LadderStep.NETWORK);

        w.recordAction("Turned the VPN off");
        w.answerNotFixed();
        assertThat(at(w)).isEqualTo(LadderStep.CLEAR_CACHE);
        w.recordAction("Ran Clear cache safely: Clear cache safely done.");
        w.answerFixed();

        assertThat(w.isFinished()).isTrue();
        WalkthroughSummary summary = ((Walkthrough.Position.Finished) w.position()).summary();
        assertThat(summary.outcome()).isEqualTo(WalkthroughSummary.Outcome.FIXED);
        assertThat(summary.fixedBy()).contains(LadderStep.CLEAR_CACHE);
        assertThat(summary.lines()).containsExactly(
                "Check your network connection: tried, did not fix it.",
                "  - Turned the VPN off",
                "Clear the Spotify cache: fixed it.",
                "  - Ran Clear cache safely: Clear cache safely done.");
    }

    @Test
    void answeringNoAtEveryNeededStepEndsOutOfSteps() {
        Walkthrough w = walkthrough(Results.of("auth.token", Status.FAIL));

        w.answerNotFixed();
        w.skip();
        w.answerNotFixed();

        assertThat(w.isFinished()).isTrue();
        assertThat(((Walkthrough.Position.Finished) w.position()).summary().outcome())
                .isEqualTo(WalkthroughSummary.Outcome.OUT_OF_STEPS);
        assertThat(w.history()).extracting(Walkthrough.StepRecord::answer).containsExactly(
                Walkthrough.Answer.NOT_FIXED, Walkthrough.Answer.SKIPPED, Walkthrough.Answer.NOT_FIXED);
        assertThat(w.history()).extracting(Walkthrough.StepRecord::step).containsExactly(
                LadderStep.SIGN_IN, LadderStep.CONTACT_SUPPORT, LadderStep.WAIT_AND_MONITOR);
    }

    @Test
    void aNotNeededStepCanBeOpenedAndNoThenReturnsToTheUntriedNeededOnes() {
        Walkthrough w = walkthrough(Results.of("auth.token", Status.FAIL));

        w.open(LadderStep.UPDATE);
        assertThat(w.current().orElseThrow().needed()).isFalse();
        w.answerNotFixed();

        assertThat(at(w)).isEqualTo(LadderStep.SIGN_IN);
    }

    @Test
    void skippedStepsAreNotOfferedAgain() {
        Walkthrough w = walkthrough(Results.of("network.services", Status.FAIL), Results.of("auth.token", Status.FAIL));
        w.skip();
        w.answerNotFixed();
        w.answerNotFixed();
        w.answerNotFixed();

        assertThat(w.isFinished()).isTrue();
        assertThat(w.history()).extracting(Walkthrough.StepRecord::step).doesNotHaveDuplicates();
    }

    @Test
    void restartStartsOverWithFreshOrderAndEmptyHistory() {
        Walkthrough w = walkthrough(Results.of("auth.token", Status.FAIL));
        w.answerNotFixed();

        w.restart(List.of(Results.of("client.version", Status.FAIL)));

        assertThat(w.history()).isEmpty();
        assertThat(at(w)).isEqualTo(LadderStep.UPDATE);
        assertThat(w.steps().get(0).step()).isEqualTo(LadderStep.UPDATE);
    }

    @Test
    void nothingWrongFinishesAtOnceButStepsCanStillBeOpened() {
        Walkthrough w = walkthrough(Results.of("auth.token", Status.PASS), Results.of("network.services", Status.PASS));

        assertThat(((Walkthrough.Position.Finished) w.position()).summary().outcome())
                .isEqualTo(WalkthroughSummary.Outcome.NOTHING_TO_FIX);
        assertThat(w.steps()).noneMatch(PlannedStep::needed);

        w.open(LadderStep.CLOCK);
        assertThat(at(w)).isEqualTo(LadderStep.CLOCK);
    }

    @Test
    void checkingAgainUpdatesEvidenceButKeepsTheOrder() {
        Walkthrough w = walkthrough(Results.of("client.cache", Status.WARN), Results.of("auth.token", Status.FAIL));
        List<LadderStep> before = w.steps().stream().map(PlannedStep::step).toList();
        assertThat(w.checksToRepeat()).containsExactly("auth.token");
        assertThat(w.currentStepLooksResolved()).isFalse();

        w.checkedAgain(List.of(Results.of("auth.token", Status.PASS)));

        assertThat(w.steps().stream().map(PlannedStep::step).toList()).isEqualTo(before);
        assertThat(w.current().orElseThrow().needed()).isFalse();
        assertThat(w.currentStepLooksResolved()).isTrue();
        assertThat(w.actionsHere()).containsExactly("Checked again: Sign-in passed");
    }

    @Test
    void aFixFromTheCatalogIsOfferedElseExactInstructions() {
        Walkthrough w = walkthrough(Results.of("client.cache", Status.WARN), Results.of("auth.token", Status.FAIL));

        StepAction signIn = w.steps().get(0).action();
        StepAction cache = w.steps().get(1).action();

        assertThat(signIn).isInstanceOf(StepAction.FollowInstructions.class);
        assertThat(signIn.instructions()).anyMatch(i -> i.command().orElse("").equals("doctor409 login"));
        assertThat(cache).isEqualTo(new StepAction.RunFix("fix.clear-cache", "Clear cache safely", "Does Clear cache safely",
                cache.instructions()));
        assertThat(w.steps()).filteredOn(s -> s.step() == LadderStep.CONTACT_SUPPORT)
                .extracting(PlannedStep::action).first().isInstanceOf(StepAction.SendReport.class);
        assertThat(w.steps()).filteredOn(s -> s.step() == LadderStep.WAIT_AND_MONITOR)
                .extracting(PlannedStep::action).first().isInstanceOf(StepAction.StartMonitor.class);
    }

    @Test
    void retryAfterFromEvidenceMakesRetryLaterNeededAndIsQuoted() {
        Walkthrough w = walkthrough(Results.rateLimited("auth.token", 42));

        assertThat(at(w)).isEqualTo(LadderStep.RETRY_LATER);
        assertThat(w.current().orElseThrow().evidence()).singleElement().asString().contains("wait 42 s");
    }

    @Test
    void instructionsFollowTheInstalledFlavour() {
        Walkthrough snap = walkthrough(Results.withFlavour("client.version", Status.FAIL, "snap"));
        Walkthrough flatpak = walkthrough(Results.withFlavour("client.version", Status.FAIL, "flatpak"));

        assertThat(snap.current().orElseThrow().action().instructions())
                .anyMatch(i -> i.command().orElse("").equals("sudo snap refresh spotify"));
        assertThat(flatpak.current().orElseThrow().action().instructions())
                .anyMatch(i -> i.command().orElse("").equals("flatpak update com.spotify.Client"));
    }

    @Test
    void everyStepHasInstructionsOnEveryOperatingSystem() {
        for (OperatingSystem os : OperatingSystem.values()) {
            StepInstructions instructions = new StepInstructions(os, java.util.Optional.empty());
            for (LadderStep step : LadderStep.values()) {
                assertThat(instructions.forStep(step)).as(step + " on " + os).isNotEmpty();
            }
        }
        assertThat(new StepInstructions(OperatingSystem.WINDOWS, java.util.Optional.empty()).forStep(LadderStep.CLOCK))
                .anyMatch(i -> i.command().orElse("").equals("w32tm /resync"));
    }
}
