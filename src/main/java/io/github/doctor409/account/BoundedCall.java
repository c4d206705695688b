package io.github.doctor409.account;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLException;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;

/**
 * Runs one HTTP request within a time limit that covers the whole exchange (lookup, connect, TLS,
 * answer, body) and reads at most {@link #MAX_BODY_BYTES} of the answer. Exceptions become a
 * {@link CallFailure.NetworkFailure} naming the phase; their messages are dropped.
 */
final class BoundedCall {

    static final long MAX_BODY_BYTES = 256 * 1024;

    private BoundedCall() {}

    /** The outcome of one exchange. */
    sealed interface Outcome {}

    /** Spotify answered; {@code body} is the whole body, at most {@link #MAX_BODY_BYTES}. */
    record Answered(int status, Optional<String> retryAfter, String body) implements Outcome {
        Answered {
            Objects.requireNonNull(retryAfter, "retryAfter");
            Objects.requireNonNull(body, "body");
        }

        boolean isServerError() {
            return status >= 500 && status <= 599;
        }

        /** {@code Retry-After} in seconds; Spotify sends whole seconds. */
        OptionalLong retryAfterSeconds() {
            return retryAfter.map(String::trim).filter(v -> v.matches("\\d{1,9}"))
                    .map(v -> OptionalLong.of(Long.parseLong(v))).orElse(OptionalLong.empty());
        }
    }

    record NotAnswered(CallFailure failure) implements Outcome {}

    static Outcome execute(OkHttpClient http, Request request, Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            return new NotAnswered(new CallFailure.OutOfTime());
        }
        Call call = http.newCall(request);
        call.timeout().timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
        try (Response response = call.execute()) {
            ResponseBody body = response.body();
            BufferedSource source = body.source();
            if (source.request(MAX_BODY_BYTES + 1)) {
                return new NotAnswered(new CallFailure.MalformedAnswer(response.code(),
                        "is larger than " + (MAX_BODY_BYTES / 1024) + " KiB"));
            }
            String text = source.getBuffer().readString(StandardCharsets.UTF_8);
            return new Answered(response.code(), Optional.ofNullable(response.header("Retry-After")), text);
        } catch (IOException e) {
            return new NotAnswered(new CallFailure.NetworkFailure(phaseOf(e), e.getClass().getSimpleName()));
        }
    }

    private static String phaseOf(IOException e) {
        if (e instanceof UnknownHostException) {
            return "name lookup";
        }
        if (e instanceof ConnectException || e instanceof NoRouteToHostException) {
            return "connect";
        }
        if (e instanceof SSLException) {
            return "TLS handshake";
        }
        if (e instanceof SocketTimeoutException || e instanceof InterruptedIOException) {
            return "timeout";
        }
        return "exchange";
    }
}
