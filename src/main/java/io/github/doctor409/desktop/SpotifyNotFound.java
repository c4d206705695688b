package io.github.doctor409.desktop;

import io.github.doctor409.core.Check;
import io.github.doctor409.core.CheckResult;
import io.github.doctor409.core.Phrase;
import io.github.doctor409.core.Status;

/** The {@code skipped} result of a check that needs the Spotify app when none was found. */
final class SpotifyNotFound {

    private SpotifyNotFound() {}

    static CheckResult result(Check check, SpotifyInstallSearch search) {
        CheckResult.Builder result = CheckResult.of(check, Status.SKIPPED,
                        "The Spotify desktop app was not found on this computer, so there is nothing to check here.")
                .says(Phrase.of("client.notFound"))
                .detail("Looked for the app's prefs file and cache at:");
        search.lookedAtText().forEach(path -> result.detail("  " + path));
        return result.evidence("lookedAt", search.lookedAtText()).build();
    }
}
