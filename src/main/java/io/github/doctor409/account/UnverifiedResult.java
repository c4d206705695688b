package io.github.doctor409.account;

import io.github.doctor409.core.Check;
import io.github.doctor409.core.CheckResult;
import io.github.doctor409.core.Phrase;
import io.github.doctor409.core.Status;
import java.util.List;

/**
 * Turns a {@link CallFailure} into an {@code unknown} result: the sign-in could not be checked. Never
 * says the token is bad — rate limits, Spotify outages and network trouble say nothing about it.
 */
final class UnverifiedResult {

    private UnverifiedResult() {}

    /**
     * @param endpoint the call that failed, e.g. {@code GET /v1/me}
     * @param before   detail lines on what happened before this call
     */
    static CheckResult.Builder of(Check check, CallFailure failure, String endpoint, List<String> before) {
        return builder(check, failure)
                .details(before)
                .detail(endpoint + ": " + failure.technical())
                .evidence("endpoint", endpoint)
                .fix("fix.retry");
    }

    private static CheckResult.Builder builder(Check check, CallFailure failure) {
        if (failure instanceof CallFailure.RateLimited limited) {
            String when = limited.retryAfterSeconds().isPresent()
                    ? "in " + limited.retryAfterSeconds().getAsLong() + " seconds"
                    : "in a little while";
            CheckResult.Builder result = CheckResult.of(check, Status.UNKNOWN,
                    "Spotify asked us to slow down, so your sign-in could not be checked; try again " + when + ".")
                    .says(limited.retryAfterSeconds().isPresent()
                            ? Phrase.of("auth.token.summary.slowDownSeconds", limited.retryAfterSeconds().getAsLong())
                            : Phrase.of("auth.token.summary.slowDown"))
                    .evidence("httpStatus", 429);
            limited.retryAfterSeconds().ifPresent(seconds -> result.evidence("retryAfterSeconds", seconds));
            return result;
        }
        if (failure instanceof CallFailure.ServerError server) {
            return CheckResult.of(check, Status.UNKNOWN,
                            "Spotify's servers are having trouble, so your sign-in could not be checked; this is on Spotify's side.")
                    .says(Phrase.of("auth.token.summary.serverTrouble"))
                    .evidence("httpStatus", server.status());
        }
        if (failure instanceof CallFailure.UnexpectedStatus unexpected) {
            return CheckResult.of(check, Status.UNKNOWN,
                            "Spotify gave an unexpected answer, so your sign-in could not be checked.")
                    .says(Phrase.of("auth.token.summary.unexpected"))
                    .evidence("httpStatus", unexpected.status());
        }
        if (failure instanceof CallFailure.NetworkFailure network) {
            return CheckResult.of(check, Status.UNKNOWN,
                            "Could not reach Spotify, so your sign-in could not be checked.")
                    .says(Phrase.of("auth.token.summary.unreachable"))
                    .evidence("phase", network.phase())
                    .evidence("exception", network.exceptionType())
                    .fix("fix.network-help");
        }
        if (failure instanceof CallFailure.MalformedAnswer malformed) {
            return CheckResult.of(check, Status.UNKNOWN,
                            "Spotify's answer could not be understood, so your sign-in could not be checked.")
                    .says(Phrase.of("auth.token.summary.unreadable"))
                    .evidence("httpStatus", malformed.status());
        }
        return CheckResult.of(check, Status.UNKNOWN,
                        "There was not enough time left to check your sign-in.")
                .says(Phrase.of("auth.token.summary.noTime"))
                .evidence("timedOut", true);
    }
}
