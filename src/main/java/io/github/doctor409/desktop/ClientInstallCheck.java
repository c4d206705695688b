package io.github.doctor409.desktop;

import io.github.doctor409.core.Check;
import io.github.doctor409.core.CheckContext;
import io.github.doctor409.core.CheckGroup;
import io.github.doctor409.core.CheckKind;
import io.github.doctor409.core.CheckResult;
import io.github.doctor409.core.Phrase;
import io.github.doctor409.core.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code client.install}: which flavour of the Spotify app is installed, where, and whether it is running.
 * Every path looked at is listed in the details. Program folders come from {@link SpotifyAppLocator}, the
 * app's data folders (prefs, cache) from {@link SpotifyInstallLocator}.
 *
 * <ul>
 *   <li>program found → {@code pass};</li>
 *   <li>only the app's data found (the program lives somewhere 409 Doctor does not look) → {@code pass}, saying so:
 *       nothing about that explains error 409;</li>
 *   <li>nothing → {@code skipped}: there is no desktop app here to diagnose.</li>
 * </ul>
 */
public final class ClientInstallCheck implements Check {

    public static final String ID = "client.install";

    private final SpotifyInstallLocator data;
    private final SpotifyAppLocator apps;
    private final SpotifyProcesses processes;

    public ClientInstallCheck(SpotifyInstallLocator data, SpotifyAppLocator apps, SpotifyProcesses processes) {
        this.data = Objects.requireNonNull(data, "data");
        this.apps = Objects.requireNonNull(apps, "apps");
        this.processes = Objects.requireNonNull(processes, "processes");
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Spotify app found";
    }

    @Override
    public CheckGroup group() {
        return CheckGroup.SPOTIFY_APP;
    }

    @Override
    public CheckKind kind() {
        return CheckKind.LOCAL;
    }

    @Override
    public CheckResult run(CheckContext context) {
        context.waitingFor("looking for the Spotify app's program folders");
        SpotifyAppLocator.Search programs = apps.locate();
        context.waitingFor("looking for the Spotify app's settings and cache");
        SpotifyInstallSearch folders = data.locate();
        context.waitingFor("listing running programs");
        List<RunningProcess> running = processes.running();

        List<String> lookedAt = new ArrayList<>();
        programs.lookedAt().forEach(p -> lookedAt.add(p.toString()));
        folders.lookedAt().forEach(p -> lookedAt.add(p.toString()));
        String runningWords = running.isEmpty() ? "It is not running." : "It is running now.";
        Phrase runningPhrase = running.isEmpty() ? Phrase.of("client.install.notRunning") : Phrase.of("client.install.running");

        CheckResult.Builder result;
        if (!programs.found().isEmpty()) {
            SpotifyApp app = programs.found().get(0);
            result = CheckResult.of(this, Status.PASS, "Found the Spotify app: " + app.describe() + ". " + runningWords)
                    .says(Phrase.then(Phrase.of("client.install.summary.found", app.describePhrase()), runningPhrase))
                    .detail("Program: " + app.executable() + ".");
            if (programs.found().size() > 1) {
                result.detail("Also installed: " + String.join("; ", programs.found().subList(1, programs.found().size()).stream()
                        .map(a -> a.describe() + " at " + a.dir()).toList())
                        + ". Two installs side by side can each keep their own login and cache.");
            }
        } else if (!folders.nothingFound()) {
            SpotifyInstall install = folders.mostRecentlyUsed().orElseThrow();
            result = CheckResult.of(this, Status.PASS, "Found the Spotify app's settings and cache (" + install.flavour().title()
                            + "); its program folder is not in the usual places. " + runningWords)
                    .says(Phrase.then(Phrase.of("client.install.summary.dataOnly", install.flavour().phrase()), runningPhrase))
                    .detail("Settings: " + install.prefsFile() + "; cache: " + install.cacheRoot() + ".");
        } else if (!running.isEmpty()) {
            result = CheckResult.of(this, Status.WARN, "Spotify is running, but 409 Doctor did not find where it is installed.")
                    .says(Phrase.of("client.install.summary.runningUnknown"));
        } else {
            result = CheckResult.of(this, Status.SKIPPED,
                    "The Spotify desktop app was not found on this computer, so there is nothing to check here.")
                    .says(Phrase.of("client.notFound"));
        }
        folders.installs().forEach(i -> result.detail("Settings of the " + i.flavour().title() + ": " + i.prefsFile() + "."));
        running.forEach(p -> result.detail("Running: " + p.command() + " (process " + p.pid() + ")."));
        result.detail("Looked at:");
        lookedAt.forEach(p -> result.detail("  " + p));
        return result
                .evidence("flavours", programs.found().stream().map(a -> a.flavour().id()).distinct().toList())
                .evidence("programs", programs.found().stream().map(a -> a.dir().toString()).toList())
                .evidence("dataFlavours", folders.installs().stream().map(i -> i.flavour().id()).toList())
                .evidence("running", !running.isEmpty())
                .evidence("processes", running.stream().map(p -> (Object) p.pid()).toList())
                .evidence("lookedAt", lookedAt)
                .build();
    }
}
