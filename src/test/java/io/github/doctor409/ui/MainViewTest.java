package io.github.doctor409.ui;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import io.github.doctor409.core.BackgroundExecutor;
import io.github.doctor409.core.CheckGroup;
import io.github.doctor409.core.DeadlinePolicy;
import io.github.doctor409.core.Diagnosis;
import io.github.doctor409.core.FixCatalog;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window over a real diagnosis whose checks GET from a local server. */
@ExtendWith(ApplicationExtension.class)
class MainViewTest {

    private static final long WAIT_SECONDS = 10;

    private final CountDownLatch releaseSlowAnswer = new CountDownLatch(1);
    private final BackgroundExecutor executor = new BackgroundExecutor();
    private MockWebServer server;
    private MainView view;

    @Start
    void start(Stage stage) throws IOException {
        server = new MockWebServer();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                return switch (request.getUrl().encodedPath()) {
                    case "/ok" -> new MockResponse.Builder().code(200).body("fine").build();
                    case "/slow" -> {
                        releaseSlowAnswer.await(WAIT_SECONDS, TimeUnit.SECONDS);
                        yield new MockResponse.Builder().code(200).body("late but fine").build();
                    }
                    default -> new MockResponse.Builder().code(500).body("broken").build();
                };
            }
        });
        server.start(InetAddress.getByName("127.0.0.1"), 0);
        OkHttpClient client = new OkHttpClient();
        Diagnosis diagnosis = new Diagnosis(List.of(
                new HttpGetCheck("network.services", CheckGroup.CONNECTION, server.url("/ok"), client),
                new HttpGetCheck("network.accesspoints", CheckGroup.CONNECTION, server.url("/slow"), client),
                new HttpGetCheck("auth.token", CheckGroup.ACCOUNT, server.url("/broken"), client)),
                executor, Clock.systemUTC(), DeadlinePolicy.everyCheck(Duration.ofSeconds(WAIT_SECONDS + 5)));
        MainViewModel viewModel = new MainViewModel(diagnosis, new FixCatalog(List.of()), executor,
                Platform::runLater, new RecordingDialogs(false), new Messages(Locale.ENGLISH));
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        view = new MainView(viewModel);
        stage.setScene(new Scene(view, 960, 720));
        stage.show();
        view.focusRunButton();
    }

    @AfterEach
    void stopServerAndThreads() throws IOException {
        releaseSlowAnswer.countDown();
        executor.shutdown();
        server.close();
    }

    @Test
    void cardsChangeStateAsEachCheckFinishes(FxRobot robot) throws Exception {
        StepCard ok = card("network.services");
        StepCard slow = card("network.accesspoints");
        StepCard broken = card("auth.token");
        Button run = robot.lookup("#run-again").queryButton();
        assertThat(onFx(() -> ok.hasPseudoClass(CardStatus.WAITING))).isTrue();
        assertThat(onFx(run::isFocused)).isTrue();

        robot.clickOn(run);

        waitUntil(() -> ok.hasPseudoClass(CardStatus.PASS) && broken.hasPseudoClass(CardStatus.FAIL));
        assertThat(onFx(() -> slow.hasPseudoClass(CardStatus.RUNNING))).isTrue();
        assertThat(onFx(() -> statusWord(slow))).isEqualTo("Checking");
        assertThat(onFx(() -> statusWord(broken))).isEqualTo("Problem");
        assertThat(onFx(run::isDisabled)).isTrue();
        assertThat(onFx(() -> robot.lookup("#progress-text").queryLabeled().getText())).isEqualTo("2 of 3 checks done");
        assertThat(onFx(() -> broken.getAccessibleText()))
                // auth.token is a known check: the window titles it from the bundle
                .isEqualTo("Sign-in: Problem. The service /broken is having trouble.");
        ScreenshotWriter.write(view, Path.of("target/screenshots/main-window-running.png"));

        releaseSlowAnswer.countDown();

        waitUntil(() -> slow.hasPseudoClass(CardStatus.PASS) && !run.isDisabled());
        assertThat(onFx(() -> slow.hasPseudoClass(CardStatus.RUNNING))).isFalse();
        assertThat(onFx(() -> robot.lookup("#headline").queryLabeled().getText()))
                .isEqualTo("The service /broken is having trouble.");
        assertThat(onFx(() -> robot.lookup("#verdict-badge").queryLabeled().getText())).isEqualTo("Problem found");
        assertThat(List.of(takePath(), takePath(), takePath())).containsExactlyInAnyOrder("/ok", "/slow", "/broken");
        ScreenshotWriter.write(view, Path.of("target/screenshots/main-window-done.png"));
    }

    @Test
    void f5RunsEverythingAndReRunningOneCardAsksOnlyItsServerAgain(FxRobot robot) throws Exception {
        releaseSlowAnswer.countDown();
        Button run = robot.lookup("#run-again").queryButton();
        robot.type(KeyCode.F5);
        waitUntil(() -> !run.isDisabled() && card("auth.token").hasPseudoClass(CardStatus.FAIL));
        for (int i = 0; i < 3; i++) {
            takePath();
        }

        robot.clickOn(robot.from(card("auth.token")).lookup(".rerun").queryButton());

        waitUntil(() -> !run.isDisabled() && card("auth.token").hasPseudoClass(CardStatus.FAIL));
        assertThat(takePath()).isEqualTo("/broken");
        assertThat(server.getRequestCount()).isEqualTo(4);
        assertThat(onFx(() -> card("network.services").hasPseudoClass(CardStatus.PASS))).isTrue();
    }

    private String takePath() throws InterruptedException {
        RecordedRequest request = server.takeRequest(WAIT_SECONDS, TimeUnit.SECONDS);
        assertThat(request).isNotNull();
        return request.getUrl().encodedPath();
    }

    private StepCard card(String checkId) {
        return (StepCard) view.lookup("#card-" + checkId.replace('.', '-'));
    }

    private static String statusWord(StepCard card) {
        return ((Label) card.lookup(".status-word")).getText();
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> onFx(condition));
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(WAIT_SECONDS, TimeUnit.SECONDS);
    }
}
