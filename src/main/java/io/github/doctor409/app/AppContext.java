package io.github.doctor409.app;

import io.github.doctor409.account.AuthTokenCheck;
import io.github.doctor409.account.FileTokenStore;
import io.github.doctor409.account.SpotifyAccountsClient;
import io.github.doctor409.account.TokenStore;
import io.github.doctor409.account.WebApiClient;
import io.github.doctor409.core.BackgroundExecutor;
import io.github.doctor409.desktop.CacheQuarantine;
import io.github.doctor409.desktop.ClearCacheFix;
import io.github.doctor409.desktop.ClientCacheCheck;
import io.github.doctor409.desktop.CloseAppFix;
import io.github.doctor409.desktop.ResetAppLoginFix;
import io.github.doctor409.desktop.ClientInstallCheck;
import io.github.doctor409.desktop.ClientIntegrityCheck;
import io.github.doctor409.desktop.ClientVersionCheck;
import io.github.doctor409.desktop.InstalledVersion;
import io.github.doctor409.desktop.ManifestSource;
import io.github.doctor409.desktop.RealDiskSpace;
import io.github.doctor409.desktop.RealVersionCommand;
import io.github.doctor409.desktop.RemoteManifestSource;
import io.github.doctor409.desktop.SpotifyAppLocator;
import io.github.doctor409.desktop.ProcessList;
import io.github.doctor409.desktop.QuarantineIndex;
import io.github.doctor409.desktop.RealFileMoves;
import io.github.doctor409.desktop.RealProcessList;
import io.github.doctor409.desktop.SpotifyInstallLocator;
import io.github.doctor409.desktop.SpotifyProcesses;
import io.github.doctor409.desktop.UndoClearCacheFix;
import io.github.doctor409.desktop.VersionManifest;
import io.github.doctor409.network.ServiceEndpoints;
import io.github.doctor409.network.ServicesCheck;
import io.github.doctor409.core.Check;
import io.github.doctor409.core.DeadlinePolicy;
import io.github.doctor409.core.Diagnosis;
import io.github.doctor409.core.FixCatalog;
import io.github.doctor409.core.HostEnvironment;
import io.github.doctor409.core.TaskExecutor;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/**
 * The composition root: builds configuration, the one executor, the HTTP client, the checks and the
 * fixes, and wires them by constructor. Nothing else creates these.
 */
public final class AppContext implements AutoCloseable {

    private final HostEnvironment host;
    private final Config config;
    private final TaskExecutor executor;
    private final Clock clock;
    private final OkHttpClient http;
    private final Diagnosis diagnosis;
    private final FixCatalog fixes;
    private final SpotifyInstallLocator spotify;
    private final SpotifyProcesses spotifyProcesses;
    private final ClearCacheFix clearCache;

    public AppContext(HostEnvironment host, Config config, TaskExecutor executor, Clock clock, DeadlinePolicy policy) {
        this(host, config, executor, clock, policy, new RealProcessList());
    }

    /** With a given process list (tests fake a running Spotify app). */
    public AppContext(HostEnvironment host, Config config, TaskExecutor executor, Clock clock, DeadlinePolicy policy,
                      ProcessList processes) {
        this.host = host;
        this.config = config;
        this.executor = executor;
        this.clock = clock;
        this.http = httpClient(executor);
        this.spotify = new SpotifyInstallLocator(host);
        this.spotifyProcesses = new SpotifyProcesses(processes, host.os());
        CacheQuarantine quarantine = new CacheQuarantine(new QuarantineIndex(config.configDir()), new RealFileMoves(),
                spotifyProcesses, clock);
        this.clearCache = new ClearCacheFix(spotify, quarantine);
        this.diagnosis = new Diagnosis(checks(), executor, clock, policy);
        this.fixes = new FixCatalog(List.of(clearCache, new UndoClearCacheFix(quarantine),
                new ResetAppLoginFix(spotify, spotifyProcesses, clock),
                CloseAppFix.polite(spotifyProcesses), CloseAppFix.forced(spotifyProcesses)));
    }

    /** The real thing: this machine, the system clock, background threads. */
    public static AppContext create(HostEnvironment host, DeadlinePolicy policy) {
        Config config = Config.load(host, BuildInfo.clientId());
        return new AppContext(host, config, new BackgroundExecutor(), Clock.systemUTC(), policy);
    }

    private List<Check> checks() {
        List<Check> checks = new ArrayList<>();
        checks.add(new ServicesCheck(http,
                new ServiceEndpoints(config.accountsUrl(), config.apiUrl(), config.apresolveUrl()), clock));
        TokenStore tokens = new FileTokenStore(config.configDir(), clock);
        checks.add(new AuthTokenCheck(tokens, new SpotifyAccountsClient(http, config.accountsUrl()),
                new WebApiClient(http, config.apiUrl()), clock, config.clientId()));
        SpotifyAppLocator apps = new SpotifyAppLocator(host, SpotifyAppLocator.defaultSystemRoot(host));
        VersionManifest bundled = VersionManifest.bundled();
        ManifestSource manifests = config.versionsUrl()
                .<ManifestSource>map(url -> new RemoteManifestSource(http, url, bundled))
                .orElse(ManifestSource.fixed(bundled));
        checks.add(new ClientInstallCheck(spotify, apps, spotifyProcesses));
        checks.add(new ClientIntegrityCheck(apps, spotify, host));
        checks.add(new ClientVersionCheck(spotify, manifests, Optional.of(apps),
                new InstalledVersion(SpotifyAppLocator.defaultSystemRoot(host), new RealVersionCommand())));
        checks.add(new ClientCacheCheck(spotify, new RealDiskSpace(), clock, Optional.of(apps)));
        return checks;
    }

    private static OkHttpClient httpClient(TaskExecutor executor) {
        Dispatcher dispatcher = new Dispatcher(executor.asExecutorService());
        dispatcher.setMaxRequestsPerHost(16);
        return new OkHttpClient.Builder()
                .dispatcher(dispatcher)
                .followRedirects(false)
                .followSslRedirects(false)
                .retryOnConnectionFailure(false)
                .connectTimeout(5, TimeUnit.SECONDS)
                .readTimeout(5, TimeUnit.SECONDS)
                .build();
    }

    public HostEnvironment host() {
        return host;
    }

    public Config config() {
        return config;
    }

    public TaskExecutor executor() {
        return executor;
    }

    public Clock clock() {
        return clock;
    }

    public Diagnosis diagnosis() {
        return diagnosis;
    }

    public FixCatalog fixes() {
        return fixes;
    }

    /** The clear-cache fix, for the {@code cache} commands and the window's clear-cache dialog. */
    public ClearCacheFix clearCache() {
        return clearCache;
    }

    @Override
    public void close() {
        executor.shutdown();
        http.connectionPool().evictAll();
    }

    static Optional<String> emptyToNone(String value) {
        return value == null || value.isBlank() || value.startsWith("${") ? Optional.empty() : Optional.of(value);
    }
}
