package io.github.doctor409.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.doctor409.core.Check;
import io.github.doctor409.core.CheckGroup;
import io.github.doctor409.core.CheckResult;
import io.github.doctor409.core.DeadlinePolicy;
import io.github.doctor409.core.Diagnosis;
import io.github.doctor409.core.Fix;
import io.github.doctor409.core.FixCatalog;
import io.github.doctor409.core.FixContext;
import io.github.doctor409.core.FixOutcome;
import io.github.doctor409.core.ManualExecutor;
import io.github.doctor409.core.MutableClock;
import io.github.doctor409.core.Status;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class MainViewModelTest {

    private final ManualExecutor executor = new ManualExecutor(MutableClock.atEpochDay());
    private final RecordingDialogs dialogs = new RecordingDialogs(true);

    private MainViewModel viewModel(List<Check> checks, FixCatalog catalog, Executor uiThread) {
        Diagnosis diagnosis = new Diagnosis(checks, executor, executor.clock(), DeadlinePolicy.defaults());
        return new MainViewModel(diagnosis, catalog, executor, uiThread, dialogs, new Messages(Locale.ENGLISH));
    }

    private MainViewModel viewModel(Check... checks) {
        return viewModel(List.of(checks), new FixCatalog(List.of()), Runnable::run);
    }

    private static CardStatus status(MainViewModel viewModel, String checkId) {
        return viewModel.card(checkId).orElseThrow().status();
    }

    @Test
    void cardsGoFromWaitingThroughRunningToTheirResult() {
        ScriptedCheck dns = ScriptedCheck.answering("network.dns", CheckGroup.CONNECTION, Status.PASS, "Names resolve.");
        ScriptedCheck token = new ScriptedCheck("auth.token", CheckGroup.ACCOUNT, Set.of("network.dns"),
                (check, context) -> CheckResult.of(check, Status.FAIL, "Sign in again.").build());
        MainViewModel viewModel = viewModel(dns, token);
        assertThat(status(viewModel, "network.dns")).isEqualTo(CardStatus.WAITING);

        viewModel.runAll();
        assertThat(status(viewModel, "network.dns")).isEqualTo(CardStatus.RUNNING);
        assertThat(status(viewModel, "auth.token")).isEqualTo(CardStatus.WAITING);
        assertThat(viewModel.isRunning()).isTrue();
        assertThat(viewModel.verdictStatusProperty().get()).isEqualTo(CardStatus.RUNNING);
        assertThat(viewModel.progressTextProperty().get()).isEqualTo("0 of 2 checks done");

        executor.runNext();
        assertThat(status(viewModel, "network.dns")).isEqualTo(CardStatus.PASS);
        assertThat(viewModel.card("network.dns").orElseThrow().summaryProperty().get()).isEqualTo("Names resolve.");
        assertThat(status(viewModel, "auth.token")).isEqualTo(CardStatus.RUNNING);
        assertThat(viewModel.progressProperty().get()).isEqualTo(0.5);

        executor.runAll();
        assertThat(status(viewModel, "auth.token")).isEqualTo(CardStatus.FAIL);
        assertThat(viewModel.isRunning()).isFalse();
        assertThat(viewModel.verdictStatusProperty().get()).isEqualTo(CardStatus.FAIL);
        assertThat(viewModel.verdictWordProperty().get()).isEqualTo("Problem found");
        assertThat(viewModel.headlineProperty().get()).isEqualTo("Sign in again.");
        assertThat(viewModel.verdict().orElseThrow().likelyCause()).contains("auth.token");
    }

    @Test
    void cardsAreGroupedInGroupOrderKeepingTheDiagnosisOrderWithinAGroup() {
        MainViewModel viewModel = viewModel(
                ScriptedCheck.answering("client.cache", CheckGroup.SPOTIFY_APP, Status.PASS, "ok"),
                ScriptedCheck.answering("network.services", CheckGroup.CONNECTION, Status.PASS, "ok"),
                ScriptedCheck.answering("network.dns", CheckGroup.CONNECTION, Status.PASS, "ok"));

        assertThat(viewModel.groups()).extracting(StepCardGroup::title).containsExactly("Connection", "Spotify app");
        assertThat(viewModel.groups().get(0).cards()).extracting(StepCardViewModel::checkId)
                .containsExactly("network.services", "network.dns");
    }

    @Test
    void rerunOfOneCardKeepsTheOtherResultsAndHandsThemInAsInputs() {
        AtomicReference<Status> tokenAnswer = new AtomicReference<>(Status.FAIL);
        AtomicReference<CheckResult> seenDependency = new AtomicReference<>();
        ScriptedCheck dns = ScriptedCheck.answering("network.dns", CheckGroup.CONNECTION, Status.PASS, "Names resolve.");
        ScriptedCheck token = new ScriptedCheck("auth.token", CheckGroup.ACCOUNT, Set.of("network.dns"),
                (check, context) -> {
                    seenDependency.set(context.resultOf("network.dns").orElse(null));
                    return CheckResult.of(check, tokenAnswer.get(), "Token is " + tokenAnswer.get().id()).build();
                });
        MainViewModel viewModel = viewModel(dns, token);
        viewModel.runAll();
        executor.runAll();
        CheckResult firstDns = viewModel.card("network.dns").orElseThrow().result().orElseThrow();
        assertThat(viewModel.verdictStatusProperty().get()).isEqualTo(CardStatus.FAIL);

        tokenAnswer.set(Status.PASS);
        seenDependency.set(null);
        viewModel.rerun("auth.token");
        assertThat(status(viewModel, "auth.token")).isEqualTo(CardStatus.RUNNING);
        assertThat(viewModel.progressTextProperty().get()).isEqualTo("0 of 1 check done");
        executor.runAll();

        assertThat(status(viewModel, "auth.token")).isEqualTo(CardStatus.PASS);
        assertThat(status(viewModel, "network.dns")).isEqualTo(CardStatus.PASS);
        assertThat(viewModel.card("network.dns").orElseThrow().result()).containsSame(firstDns);
        assertThat(dns.runs()).isEqualTo(1);
        assertThat(token.runs()).isEqualTo(2);
        assertThat(seenDependency.get()).isSameAs(firstDns);
        assertThat(viewModel.verdictStatusProperty().get()).isEqualTo(CardStatus.PASS);
        assertThat(viewModel.isRunning()).isFalse();
    }

    @Test
    void aFixThisBuildCannotRunIsOfferedDisabledSayingSo() {
        MainViewModel viewModel = viewModel(
                ScriptedCheck.answering("auth.token", CheckGroup.ACCOUNT, Status.FAIL, "Sign in again.", "fix.sign-in"));
        viewModel.runAll();
        executor.runAll();

        assertThat(viewModel.card("auth.token").orElseThrow().fixes())
                .containsExactly(new FixOffer("fix.sign-in", "Sign in again", false, "Not available in this version yet"));
    }

    @Test
    void anAvailableFixRunsOnTheExecutorThenRechecksWhatItNames() {
        ScriptedCheck cache = ScriptedCheck.answering("client.cache", CheckGroup.SPOTIFY_APP, Status.WARN,
                "The cache is stale.", "fix.clear-cache");
        RecordingFix fix = new RecordingFix(false);
        MainViewModel viewModel = viewModel(List.of(cache), new FixCatalog(List.of(fix)), Runnable::run);
        viewModel.runAll();
        executor.runAll();
        assertThat(viewModel.card("client.cache").orElseThrow().fixes())
                // the window names a known fix by its bundle title; the stand-in's description has no bundle entry
                .containsExactly(new FixOffer("fix.clear-cache", "Clear cache safely", true, "Moves the cache aside."));

        viewModel.applyFix("fix.clear-cache");
        assertThat(fix.applied).isZero();
        assertThat(viewModel.isRunning()).isTrue();
        executor.runNext();

        assertThat(fix.applied).isEqualTo(1);
        assertThat(viewModel.noticeProperty().get()).isEqualTo("Cleared.");
        assertThat(status(viewModel, "client.cache")).isEqualTo(CardStatus.RUNNING);
        executor.runAll();
        assertThat(cache.runs()).isEqualTo(2);
        assertThat(viewModel.isRunning()).isFalse();
    }

    @Test
    void aFixThatChangesTheDiskDoesNothingWhenThePersonDeclines() {
        RecordingDialogs declining = new RecordingDialogs(false);
        RecordingFix fix = new RecordingFix(true);
        Diagnosis diagnosis = new Diagnosis(List.of(), executor, executor.clock(), DeadlinePolicy.defaults());
        MainViewModel viewModel = new MainViewModel(diagnosis, new FixCatalog(List.of(fix)), executor, Runnable::run,
                declining, new Messages(Locale.ENGLISH));

        viewModel.applyFix("fix.clear-cache");

        assertThat(declining.questions).containsExactly("Clear cache safely");
        assertThat(executor.queued()).isZero();
        assertThat(viewModel.isRunning()).isFalse();
    }

    @Test
    void aFixWithItsOwnScreenOpensItInsteadOfTheConfirmationAndRechecksWhenItCloses() {
        RecordingFix fix = new RecordingFix(true);
        ScriptedCheck cache = ScriptedCheck.answering("client.cache", CheckGroup.SPOTIFY_APP, Status.WARN, "Big.");
        Diagnosis diagnosis = new Diagnosis(List.of(cache), executor, executor.clock(), DeadlinePolicy.defaults());
        MainViewModel viewModel = new MainViewModel(diagnosis, new FixCatalog(List.of(fix)), executor, Runnable::run, dialogs,
                new Messages(Locale.ENGLISH));
        List<Runnable> opened = new java.util.ArrayList<>();
        viewModel.useScreenFor("fix.clear-cache", opened::add);

        viewModel.applyFix("fix.clear-cache");

        assertThat(opened).hasSize(1);
        assertThat(dialogs.questions).isEmpty();
        assertThat(fix.applied).isZero();
        opened.get(0).run();
        executor.runAll();
        assertThat(cache.runs()).isEqualTo(1);
    }

    @Test
    void cancellingMarksUnfinishedCardsNotVerifiedAndEndsTheRun() {
        MainViewModel viewModel = viewModel(
                ScriptedCheck.answering("network.dns", CheckGroup.CONNECTION, Status.PASS, "ok"));
        viewModel.runAll();

        viewModel.cancel();

        assertThat(status(viewModel, "network.dns")).isEqualTo(CardStatus.UNKNOWN);
        assertThat(viewModel.isRunning()).isFalse();
        assertThat(viewModel.noticeProperty().get()).isEqualTo("Stopped before every check finished.");
    }

    @Test
    void runningAgainWhileChecksRunIsIgnored() {
        ScriptedCheck dns = ScriptedCheck.answering("network.dns", CheckGroup.CONNECTION, Status.PASS, "ok");
        MainViewModel viewModel = viewModel(dns);
        viewModel.runAll();
        viewModel.runAll();
        viewModel.rerun("network.dns");

        executor.runAll();

        assertThat(dns.runs()).isEqualTo(1);
    }

    @Test
    void diagnosisCallbacksChangeTheCardsOnlyOnTheUiThread() {
        Queue<Runnable> uiQueue = new ArrayDeque<>();
        MainViewModel viewModel = viewModel(
                List.of(ScriptedCheck.answering("network.dns", CheckGroup.CONNECTION, Status.FAIL, "No names.")),
                new FixCatalog(List.of()), uiQueue::add);
        viewModel.runAll();
        executor.runAll();
        assertThat(status(viewModel, "network.dns")).isEqualTo(CardStatus.WAITING);
        assertThat(viewModel.isRunning()).isTrue();

        uiQueue.forEach(Runnable::run);

        assertThat(status(viewModel, "network.dns")).isEqualTo(CardStatus.FAIL);
        assertThat(viewModel.isRunning()).isFalse();
    }

    @Test
    void withoutChecksTheHeaderSaysNothingRanInsteadOfAllClear() {
        MainViewModel viewModel = viewModel();

        viewModel.runAll();

        assertThat(viewModel.isRunning()).isFalse();
        assertThat(viewModel.headlineProperty().get()).isEqualTo("No checks ran: this build has none to run yet.");
        assertThat(viewModel.verdictStatusProperty().get()).isEqualTo(CardStatus.WAITING);
        assertThat(viewModel.verdict()).isEmpty();
    }

    private static final class RecordingFix implements Fix {
        private final boolean changesDisk;
        int applied;

        RecordingFix(boolean changesDisk) {
            this.changesDisk = changesDisk;
        }

        @Override
        public String id() {
            return "fix.clear-cache";
        }

        @Override
        public String title() {
            return "Clear it";
        }

        @Override
        public String describe() {
            return "Moves the cache aside.";
        }

        @Override
        public boolean changesDisk() {
            return changesDisk;
        }

        @Override
        public Set<String> rechecks() {
            return Set.of("client.cache", "no.such.check");
        }

        @Override
        public FixOutcome apply(FixContext context) {
            applied++;
            return new FixOutcome.Done("Cleared.");
        }
    }
}
