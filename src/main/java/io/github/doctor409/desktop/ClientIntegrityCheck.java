package io.github.doctor409.desktop;

import io.github.doctor409.core.Check;
import io.github.doctor409.core.CheckContext;
import io.github.doctor409.core.CheckGroup;
import io.github.doctor409.core.CheckKind;
import io.github.doctor409.core.CheckResult;
import io.github.doctor409.core.Phrase;
import io.github.doctor409.core.HostEnvironment;
import io.github.doctor409.core.Status;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * {@code client.integrity}: is the Spotify app as Spotify ships it? A modified app (spicetify, SpotX,
 * BlockTheSpot) is a known trigger of "Error 409: this app is restricted to Premium users" (SPOTIFY-FACTS §0).
 *
 * <ul>
 *   <li>the app's files changed → {@code fail}, with how to restore the stock app;</li>
 *   <li>only a modding tool's settings found → {@code warn};</li>
 *   <li>nothing → {@code pass}; no program folder found → {@code unknown} (or {@code skipped} with no app at all).</li>
 * </ul>
 */
public final class ClientIntegrityCheck implements Check {

    public static final String ID = "client.integrity";

    private final SpotifyAppLocator apps;
    private final SpotifyInstallLocator data;
    private final HostEnvironment host;

    public ClientIntegrityCheck(SpotifyAppLocator apps, SpotifyInstallLocator data, HostEnvironment host) {
        this.apps = Objects.requireNonNull(apps, "apps");
        this.data = Objects.requireNonNull(data, "data");
        this.host = Objects.requireNonNull(host, "host");
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Unmodified app";
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
        SpotifyAppLocator.Search search = apps.locate();
        if (search.found().isEmpty()) {
            SpotifyInstallSearch folders = data.locate();
            if (folders.nothingFound()) {
                return SpotifyNotFound.result(this, folders);
            }
            CheckResult.Builder unknown = CheckResult.of(this, Status.UNKNOWN,
                    "409 Doctor could not find the Spotify app's program folder, so it could not check whether the app was modified.")
                    .says(Phrase.of("client.integrity.summary.noProgram"));
            search.lookedAt().forEach(p -> unknown.detail("Looked for " + p));
            return unknown.build();
        }
        List<ModificationTraces.Trace> traces = new ArrayList<>();
        for (SpotifyApp app : search.found()) {
            context.waitingFor("looking for changes in " + app.dir());
            traces.addAll(ModificationTraces.in(app, host));
        }
        List<ModificationTraces.Trace> modified = traces.stream().filter(t -> t.kind() == ModificationTraces.Kind.MODIFIED).toList();
        Set<String> tools = new LinkedHashSet<>();
        traces.forEach(t -> tools.add(t.tool()));
        SpotifyApp app = search.found().get(0);

        CheckResult.Builder result;
        if (!modified.isEmpty()) {
            result = CheckResult.of(this, Status.FAIL, "Your Spotify app has been modified (" + String.join(", ", tools)
                    + "). Modified apps are a known cause of \"Error 409: this app is restricted to Premium users\"; "
                    + "restoring the stock app usually fixes it.")
                    .says(Phrase.of("client.integrity.summary.modified", String.join(", ", tools)));
            restoreSteps(result, tools, app);
        } else if (!traces.isEmpty()) {
            result = CheckResult.of(this, Status.WARN, "A Spotify modding tool (" + String.join(", ", tools)
                    + ") is installed. The app looks unmodified now, but if it applies its changes again, Spotify may show error 409.")
                    .says(Phrase.of("client.integrity.summary.toolInstalled", String.join(", ", tools)));
            restoreSteps(result, tools, app);
        } else {
            result = CheckResult.of(this, Status.PASS, "The Spotify app looks unmodified.")
                    .says(Phrase.of("client.integrity.summary.ok"))
                    .detail("Apps/ in " + app.dir() + " holds only .spa files and no patcher's files were found.");
        }
        traces.forEach(t -> result.detail("Found: " + t.path() + " — " + t.what() + "."));
        return result
                .evidence("modified", !modified.isEmpty())
                .evidence("tools", List.copyOf(tools))
                .evidence("traces", traces.stream().map(t -> t.path().toString()).toList())
                .evidence("checked", search.found().stream().map(a -> a.dir().toString()).toList())
                .build();
    }

    private static void restoreSteps(CheckResult.Builder result, Set<String> tools, SpotifyApp app) {
        if (tools.contains("spicetify")) {
            result.detail("To undo spicetify: run `spicetify restore` in a terminal, then restart Spotify.",
                    Phrase.of("client.integrity.detail.spicetify"));
        }
        if (tools.stream().anyMatch(t -> t.contains("SpotX") || t.contains("BlockTheSpot"))) {
            result.detail("To undo SpotX or BlockTheSpot: uninstall Spotify, delete " + app.dir()
                    + ", and install it again from spotify.com/download.",
                    Phrase.of("client.integrity.detail.spotx", app.dir().toString()));
        }
        result.detail("Always works: uninstall Spotify, remove " + app.dir() + ", and reinstall the app from spotify.com "
                + "(or your app store). Your offline downloads stay as long as you keep Spotify's cache folder.",
                Phrase.of("client.integrity.detail.reinstall", app.dir().toString()));
    }
}
