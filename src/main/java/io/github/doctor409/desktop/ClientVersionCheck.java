package io.github.doctor409.desktop;

import io.github.doctor409.core.Check;
import io.github.doctor409.core.CheckContext;
import io.github.doctor409.core.CheckGroup;
import io.github.doctor409.core.CheckKind;
import io.github.doctor409.core.CheckResult;
import io.github.doctor409.core.Phrase;
import io.github.doctor409.core.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code client.version}: the version the Spotify app last ran ({@code app.last-launched-version} in its
 * prefs) against the bundled, dated manifest of minimum and latest versions per OS.
 *
 * <ul>
 *   <li>below the minimum → {@code fail}: Spotify's servers refuse clients that old with the same
 *       "restricted to Premium users" message as error 409 (SPOTIFY-FACTS §0);</li>
 *   <li>below the latest release family → {@code warn}, an update is available. The manifest names a
 *       family ({@code 1.2.98}), not a build, so staged roll-outs within a family do not warn;</li>
 *   <li>otherwise {@code pass}; no prefs or no readable version → {@code unknown}; no app → {@code skipped}.</li>
 * </ul>
 */
public final class ClientVersionCheck implements Check {

    public static final String ID = "client.version";
    static final String FIX = "fix.update-help";
    private static final int MAX_SHOWN_CHARS = 40;

    private final SpotifyInstallLocator locator;
    private final ManifestSource manifests;
    private final Optional<SpotifyAppLocator> apps;
    private final InstalledVersion installed;

    /** Judges the last-launched version only, against a fixed manifest. */
    public ClientVersionCheck(SpotifyInstallLocator locator, VersionManifest manifest) {
        this(locator, ManifestSource.fixed(manifest), Optional.empty(), new InstalledVersion(Path.of("/"), VersionCommand.none()));
    }

    /**
     * Also reads the installed version of the program {@code apps} finds (a newer one than last ran = an
     * update waiting for a restart), against the manifest {@code manifests} gives.
     */
    public ClientVersionCheck(SpotifyInstallLocator locator, ManifestSource manifests, Optional<SpotifyAppLocator> apps,
                              InstalledVersion installed) {
        this.locator = Objects.requireNonNull(locator, "locator");
        this.manifests = Objects.requireNonNull(manifests, "manifests");
        this.apps = Objects.requireNonNull(apps, "apps");
        this.installed = Objects.requireNonNull(installed, "installed");
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Spotify app version";
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
        context.waitingFor("looking for the Spotify app's folders");
        SpotifyInstallSearch search = locator.locate();
        Optional<SpotifyInstall> found = search.mostRecentlyUsed();
        if (found.isEmpty()) {
            return SpotifyNotFound.result(this, search);
        }
        SpotifyInstall install = found.get();
        context.waitingFor("reading " + install.prefsFile());
        SpotifyPrefs prefs = SpotifyPrefs.read(install.prefsFile());
        context.waitingFor("the list of known Spotify versions");
        VersionManifest manifest = manifests.current(context.remaining().minus(INSTALLED_BUDGET).dividedBy(2));
        VersionManifest.Range range = manifest.rangeFor(install.flavour().os());
        String known = "Known versions as of " + manifest.date() + " (" + install.flavour().os().id()
                + "): minimum " + range.minimum() + ", latest " + range.latest() + ".";
        boolean pendingUpdate = install.updateDir().map(ClientVersionCheck::hasFiles).orElse(false);
        context.waitingFor("reading the installed app's version");
        Optional<InstalledVersion.Found> onDisk = installedVersion(install, context);

        Optional<String> raw = prefs.isReadable() ? prefs.lastLaunchedVersion() : Optional.empty();
        Optional<SpotifyVersion> lastRan = raw.flatMap(SpotifyVersion::parse);
        if (lastRan.isEmpty() && onDisk.isPresent()) {
            SpotifyVersion version = onDisk.get().version();
            CheckResult.Builder result = judge(manifest, version, range, install, known, pendingUpdate, Optional.empty());
            return result.detail("Installed version " + version + " (from " + onDisk.get().source() + "); the version that last ran is not recorded"
                            + prefs.reason().map(r -> ": " + r).orElse("."))
                    .evidence("version", version.format())
                    .evidence("installedVersion", version.format())
                    .build();
        }
        if (!prefs.isReadable()) {
            String summary = prefs.state() == SpotifyPrefs.State.MISSING
                    ? "Spotify has not run on this computer yet, so its version is not recorded."
                    : "Spotify's settings file could not be read, so its version is unknown.";
            Phrase phrase = prefs.state() == SpotifyPrefs.State.MISSING ? Phrase.of("client.version.summary.neverRan")
                    : Phrase.of("client.version.summary.prefsUnreadable");
            return base(manifest, Status.UNKNOWN, summary, phrase, install, known, pendingUpdate)
                    .detail(prefs.reason().orElse("The prefs file could not be used."))
                    .evidence("prefsState", prefs.state().name().toLowerCase(java.util.Locale.ROOT))
                    .build();
        }
        if (raw.isEmpty()) {
            return base(manifest, Status.UNKNOWN, "Spotify's settings do not say which version last ran.",
                            Phrase.of("client.version.summary.notRecorded"), install, known, pendingUpdate)
                    .detail(install.prefsFile() + " has no app.last-launched-version.")
                    .build();
        }
        if (lastRan.isEmpty()) {
            return base(manifest, Status.UNKNOWN, "Spotify's settings name a version 409 Doctor does not recognise.",
                            Phrase.of("client.version.summary.unrecognised"), install,
                            known, pendingUpdate)
                    .detail("app.last-launched-version is \"" + shown(raw.get()) + "\", not a Spotify version.")
                    .build();
        }
        SpotifyVersion version = lastRan.get();
        Optional<SpotifyVersion> waiting = onDisk.map(InstalledVersion.Found::version).filter(version::isOlderThan);
        CheckResult.Builder result = judge(manifest, version, range, install, known, pendingUpdate, waiting);
        onDisk.ifPresent(disk -> result.detail("Installed version: " + disk.version() + " (from " + disk.source() + ").")
                .evidence("installedVersion", disk.version().format()));
        return result.detail("app.last-launched-version=" + version + " in " + install.prefsFile() + ".")
                .evidence("version", version.format())
                .evidence("updateWaiting", waiting.isPresent())
                .build();
    }

    /** Time kept for the installed-version probe (a {@code --version} run at most). */
    static final java.time.Duration INSTALLED_BUDGET = java.time.Duration.ofMillis(800);

    private Optional<InstalledVersion.Found> installedVersion(SpotifyInstall install, CheckContext context) {
        if (apps.isEmpty()) {
            return Optional.empty();
        }
        java.util.List<SpotifyApp> found = apps.get().locate().found();
        Optional<SpotifyApp> app = found.stream().filter(a -> a.flavour() == install.flavour()).findFirst()
                .or(() -> found.stream().findFirst());
        java.time.Duration budget = context.remaining().minus(java.time.Duration.ofMillis(200));
        if (budget.compareTo(INSTALLED_BUDGET) > 0) {
            budget = INSTALLED_BUDGET;
        }
        java.time.Duration timeout = budget;
        return timeout.isNegative() ? Optional.empty() : app.flatMap(a -> installed.of(a, timeout));
    }

    private CheckResult.Builder judge(VersionManifest manifest, SpotifyVersion version, VersionManifest.Range range, SpotifyInstall install, String known,
                                      boolean pendingUpdate, Optional<SpotifyVersion> waiting) {
        String restart = waiting.map(w -> " Version " + w + " is already installed and runs after you quit and restart Spotify.").orElse("");
        Optional<Phrase> restartPhrase = waiting.map(w -> Phrase.of("client.version.restart", w.toString()));
        CheckResult.Builder result;
        if (version.isOlderThan(range.minimum())) {
            result = base(manifest, Status.FAIL, "Your Spotify app (" + version + ") is too old: Spotify's servers turn old "
                    + "versions away with the same \"restricted to Premium users\" message. Update the app." + restart,
                    withRestart(Phrase.of("client.version.summary.tooOld", version.toString()), restartPhrase),
                    install, known, pendingUpdate).fix(FIX);
        } else if (version.isOlderThan(range.latest())) {
            result = base(manifest, Status.WARN, "An update for the Spotify app is available: you have " + version + ", "
                    + range.latest() + " or newer is out." + restart,
                    withRestart(Phrase.of("client.version.summary.updateAvailable", version.toString(), range.latest().toString()),
                            restartPhrase), install, known, pendingUpdate).fix(FIX);
        } else if (waiting.isPresent()) {
            result = base(manifest, Status.PASS, "The Spotify app is up to date (" + version + ")." + restart,
                    withRestart(Phrase.of("client.version.summary.upToDate", version.toString()), restartPhrase),
                    install, known, pendingUpdate);
        } else {
            result = base(manifest, Status.PASS, "The Spotify app is up to date (" + version + ").",
                    Phrase.of("client.version.summary.upToDate", version.toString()), install, known, pendingUpdate);
        }
        return result;
    }

    private static Phrase withRestart(Phrase main, Optional<Phrase> restart) {
        return restart.map(r -> Phrase.then(main, r)).orElse(main);
    }

    private CheckResult.Builder base(VersionManifest manifest, Status status, String summary, Phrase phrase,
                                     SpotifyInstall install, String known, boolean pendingUpdate) {
        CheckResult.Builder result = CheckResult.of(this, status, summary).says(phrase)
                .detail("Spotify app: " + install.flavour().title() + ".")
                .detail(known)
                .detail("Source of these versions: " + manifest.source())
                .evidence("flavour", install.flavour().id())
                .evidence("prefsFile", install.prefsFile().toString())
                .evidence("minimum", manifest.rangeFor(install.flavour().os()).minimum().format())
                .evidence("latest", manifest.rangeFor(install.flavour().os()).latest().format())
                .evidence("manifestDate", manifest.date().toString())
                .evidence("pendingUpdate", pendingUpdate);
        if (pendingUpdate) {
            result.detail("An update has been downloaded and waits in " + install.updateDir().orElseThrow()
                    + "; it is installed when Spotify restarts.");
        }
        return result;
    }

    /** The start of an unrecognised value, printable characters only (it comes from a file we do not trust). */
    private static String shown(String raw) {
        String printable = raw.codePoints()
                .map(c -> Character.isISOControl(c) || c == 0xFFFD ? '?' : c)
                .limit(MAX_SHOWN_CHARS)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        return raw.codePointCount(0, raw.length()) > MAX_SHOWN_CHARS ? printable + "…" : printable;
    }

    private static boolean hasFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isPresent();
        } catch (IOException | SecurityException e) {
            return false;
        }
    }
}
