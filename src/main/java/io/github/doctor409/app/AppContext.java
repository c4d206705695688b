package io.github.doctor409.app;

import io.github.doctor409.account.AuthTokenCheck;
import io.github.doctor409.account.FileTokenStore;
import io.github.doctor409.account.SpotifyAccountsClient;
import io.github.doctor409.account.TokenStore;
import io.github.doctor409.account.WebApiClient;
import io.github.doctor409.core.BackgroundExecutor;
import io.github.doctor409.desktop.ClientCacheCheck;
import io.github.doctor409.desktop.ClientVersionCheck;
import io.github.doctor409.desktop.SpotifyInstallLocator;
import io.github.doctor409.desktop.VersionManifest;
import io.github.doctor409.desktop.SpotifyPrefs;
import io.github.doctor409.network.AccessPointsCheck;
import io.github.doctor409.network.ClockCheck;
import io.github.doctor409.network.DnsCheck;
import io.github.doctor409.network.HostsFile;
import io.github.doctor409.network.ProxyCheck;
import io.github.doctor409.network.ProxySettings;
import io.github.doctor409.network.SystemNameResolver;
import io.github.doctor409.network.ServiceEndpoints;
import io.github.doctor409.network.SocketConnector;
import io.github.doctor409.network.SpotifyAppSettings;
import io.github.doctor409.network.ServicesCheck;
import io.github.doctor409.core.Check;
import io.github.doctor409.core.DeadlinePolicy;
import io.github.doctor409.core.Diagnosis;
import io.github.doctor409.core.FixCatalog;
import io.github.doctor409.core.HostEnvironment;
import io.github.doctor409.core.TaskExecutor;
import java.net.ProxySelector;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import okhttp3.Dispatcher;
import okhttp3.Dns;
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
    private final ProxySettings proxy;
    private final OkHttpClient http;
    private final Diagnosis diagnosis;
    private final FixCatalog fixes;

    public AppContext(HostEnvironment host, Config config, TaskExecutor executor, Clock clock, DeadlinePolicy policy) {
        this.host = host;
        this.config = config;
        this.executor = executor;
        this.clock = clock;
        this.proxy = ProxySettings.from(host, ProxySelector.getDefault());
        this.http = httpClient(executor, proxy);
        this.diagnosis = new Diagnosis(checks(), executor, clock, policy);
        this.fixes = new FixCatalog(List.of());
    }

    /** The real thing: this machine, the system clock, background threads. */
    public static AppContext create(HostEnvironment host, DeadlinePolicy policy) {
        if (System.getProperty("java.net.useSystemProxies") == null) {
            // read once, when the JVM's default ProxySelector is first built: lets it use the OS settings
            System.setProperty("java.net.useSystemProxies", "true");
        }
        Config config = Config.load(host, BuildInfo.clientId());
        return new AppContext(host, config, new BackgroundExecutor(), Clock.systemUTC(), policy);
    }

    private List<Check> checks() {
        List<Check> checks = new ArrayList<>();
        SpotifyInstallLocator spotify = new SpotifyInstallLocator(host);
        SpotifyAppSettings appSettings = key -> spotify.locate().mostRecentlyUsed()
                .map(install -> SpotifyPrefs.read(install.prefsFile())).flatMap(prefs -> prefs.value(key));
        ServiceEndpoints endpoints = new ServiceEndpoints(config.accountsUrl(), config.apiUrl(), config.apresolveUrl());
        checks.add(new ProxyCheck(proxy, config.apiUrl(), appSettings, executor.asExecutorService()));
        checks.add(new ServicesCheck(http, endpoints, clock));
        checks.add(new DnsCheck(DnsCheck.spotifyHosts(endpoints), new SystemNameResolver(), HostsFile.location(host),
                executor.asExecutorService()));
        checks.add(new ClockCheck(appSettings));
        checks.add(new AccessPointsCheck(new SocketConnector(Dns.SYSTEM), executor.asExecutorService(),
                DnsCheck.isSpotify(endpoints) ? AccessPointsCheck.SPOTIFY_FALLBACK : List.of()));
        TokenStore tokens = new FileTokenStore(config.configDir(), clock);
        checks.add(new AuthTokenCheck(tokens, new SpotifyAccountsClient(http, config.accountsUrl()),
                new WebApiClient(http, config.apiUrl()), clock, config.clientId()));
        checks.add(new ClientVersionCheck(spotify, VersionManifest.bundled()));
        checks.add(new ClientCacheCheck(spotify, clock));
        return checks;
    }

    private static OkHttpClient httpClient(TaskExecutor executor, ProxySettings proxy) {
        Dispatcher dispatcher = new Dispatcher(executor.asExecutorService());
        dispatcher.setMaxRequestsPerHost(16);
        return new OkHttpClient.Builder()
                .dispatcher(dispatcher)
                .proxySelector(proxy.selector())
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

    @Override
    public void close() {
        executor.shutdown();
        http.connectionPool().evictAll();
    }

    static Optional<String> emptyToNone(String value) {
        return value == null || value.isBlank() || value.startsWith("${") ? Optional.empty() : Optional.of(value);
    }
}
