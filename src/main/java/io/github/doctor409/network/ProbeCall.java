package io.github.doctor409.network;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/**
 * One probe request in flight on OkHttp's dispatcher, timed phase by phase. The whole call, body
 * included, is bounded by the timeout given at start; {@link #abandon()} ends it early and blames the
 * phase it is stuck in.
 */
final class ProbeCall {

    /** Bodies are read only up to this size; a larger answer counts as unreadable. */
    static final long BODY_LIMIT = 64 * 1024;

    private final Call call;
    private final PhaseTimingListener listener;
    private final CompletableFuture<ProbeOutcome> outcome = new CompletableFuture<>();

    private ProbeCall(Call call, PhaseTimingListener listener) {
        this.call = call;
        this.listener = listener;
    }

    /**
     * Enqueues a call for {@code request}.
     *
     * @param readBody read the body of a 200 answer (up to {@link #BODY_LIMIT})
     */
    static ProbeCall start(OkHttpClient client, Request request, Duration timeout, boolean readBody, Clock clock,
                           Consumer<Phase> onPhaseChange) {
        PhaseTimingListener listener = new PhaseTimingListener(onPhaseChange);
        Call call = client.newCall(request);
        call.addEventListener(listener);
        call.timeout().timeout(Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS);
        ProbeCall probe = new ProbeCall(call, listener);
        call.enqueue(probe.new Completion(readBody, clock));
        return probe;
    }

    CompletableFuture<ProbeOutcome> outcome() {
        return outcome;
    }

    boolean isDone() {
        return outcome.isDone();
    }

    Phase activePhase() {
        return listener.activePhase();
    }

    /** Stops waiting: an unfinished call counts as timed out in the phase it is in, and is cancelled. */
    ProbeOutcome abandon() {
        outcome.complete(new ProbeOutcome.Unreachable(listener.activePhase(), ProbeOutcome.Reason.TIMED_OUT,
                "no answer before the check's deadline", listener.timings()));
        call.cancel();
        return outcome.join();
    }

    /** Cancels the call without waiting for it. */
    void cancel() {
        call.cancel();
    }

    private final class Completion implements Callback {
        private final boolean readBody;
        private final Clock clock;

        Completion(boolean readBody, Clock clock) {
            this.readBody = readBody;
            this.clock = clock;
        }

        @Override
        public void onFailure(Call failedCall, IOException failure) {
            outcome.complete(ProbeOutcome.Unreachable.from(failure, listener.activePhase(), listener.timings()));
        }

        @Override
        public void onResponse(Call answeredCall, Response response) {
            try {
                complete(response);
            } catch (RuntimeException e) {
                outcome.completeExceptionally(e);
            }
        }

        private void complete(Response response) {
            try (response) {
                Instant receivedAt = clock.instant();
                Optional<Instant> serverDate = Optional.ofNullable(response.headers().getDate("Date")).map(Date::toInstant);
                Optional<String> retryAfter = Optional.ofNullable(response.header("Retry-After")).map(ProbeCall::shorten);
                Optional<String> body = Optional.empty();
                Optional<String> bodyProblem = Optional.empty();
                if (readBody && response.code() == 200) {
                    try {
                        body = Optional.of(readCapped(response.body()));
                    } catch (BodyTooLarge e) {
                        bodyProblem = Optional.of("the answer is larger than " + BODY_LIMIT / 1024 + " KiB");
                    } catch (IOException e) {
                        bodyProblem = Optional.of("the answer broke off (" + e.getClass().getSimpleName() + ")");
                    }
                }
                Optional<String> location = Optional.ofNullable(response.header("Location"))
                        .map(value -> value.length() <= 200 ? value : value.substring(0, 200));
                outcome.complete(new ProbeOutcome.Answered(response.code(), serverDate, receivedAt, retryAfter, body,
                        bodyProblem, listener.timings(), location));
            }
        }
    }

    private static String readCapped(ResponseBody body) throws IOException {
        if (body.contentLength() > BODY_LIMIT) {
            throw new BodyTooLarge();
        }
        BufferedSource source = body.source();
        Buffer buffer = new Buffer();
        while (buffer.size() <= BODY_LIMIT) {
            if (source.read(buffer, BODY_LIMIT + 1 - buffer.size()) == -1) {
                return buffer.readString(StandardCharsets.UTF_8);
            }
        }
        throw new BodyTooLarge();
    }

    private static String shorten(String header) {
        return header.length() <= 64 ? header : header.substring(0, 64);
    }

    private static final class BodyTooLarge extends IOException {
        BodyTooLarge() {
            super("body over the limit");
        }
    }
}
