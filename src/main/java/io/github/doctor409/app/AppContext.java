package io.github.doctor409.app;

import io.github.doctor409.account.AccountDevicesCheck;
import io.github.doctor409.account.AccountPlanCheck;
import io.github.doctor409.account.AuthScopesCheck;
import io.github.doctor409.account.AuthTokenCheck;
import io.github.doctor409.account.Browser;
import io.github.doctor409.account.JavaKeyringKeychain;
import io.github.doctor409.account.PkceSignIn;
import io.github.doctor409.account.RefreshFix;
import io.github.doctor409.account.SignInFix;
import io.github.doctor409.account.SignOutFix;
import io.github.doctor409.account.SignedInAccount;
import io.github.doctor409.account.SessionLoad;
import io.github.doctor409.account.SpotifyAccountsClient;
import io.github.doctor409.account.SystemBrowser;
import io.github.doctor409.account.TokenStore;
import io.github.doctor409.account.TokenStoreChoice;
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
import io.github.doctor409.guide.RetryFix;
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
import io.github.doctor409.report.Redaction;
import io.github.doctor409.report.SupportReport;
import io.github.doctor409.core.Check;
import io.github.doctor409.core.CheckKind;
import io.github.doctor409.core.DeadlinePolicy;
import io.github.doctor409.core.Diagnosis;
import io.github.doctor409.core.Fix;
import io.github.doctor409.core.FixCatalog;
import io.github.doctor409.core.HostEnvironment;
import io.github.doctor409.core.TaskExecutor;
import java.net.URI;
import java.security.SecureRandom;
import java.net.ProxySelector;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
    private final TokenStoreChoice tokenStore;
    private final SpotifyAccountsClient accounts;
    private final WebApiClient webApi;
    private final PkceSignIn signIn;
    private final Browser browser;
    private final SpotifyInstallLocator spotify;
    private final SpotifyProcesses spotifyProcesses;
    private final ClearCacheFix clearCache;
    private final CacheQuarantine quarantine;
    private final LogFiles logs;

    private static final System.Logger LOG = System.getLogger(AppContext.class.getName());

    /** How long a sign-in waits for the person to finish in the browser. */
    static final Duration SIGN_IN_WAIT = Duration.ofMinutes(5);

    public AppContext(HostEnvironment host, Config config, TaskExecutor executor, Clock clock, DeadlinePolicy policy) {
        this(host, config, executor, clock, policy, new SystemBrowser(host.os()), new RealProcessList());
    }

    /** @param browser opens the sign-in page; tests pass one that follows the redirect itself */
    public AppContext(HostEnvironment host, Config config, TaskExecutor executor, Clock clock, DeadlinePolicy policy,
                      Browser browser) {
        this(host, config, executor, clock, policy, browser, new RealProcessList());
    }

    /** With a given process list (tests fake a running Spotify app). */
    public AppContext(HostEnvironment host, Config config, TaskExecutor executor, Clock clock, DeadlinePolicy policy,
                      ProcessList processes) {
        this(host, config, executor, clock, policy, new SystemBrowser(host.os()), processes);
    }

    public AppContext(HostEnvironment host, Config config, TaskExecutor executor, Clock clock, DeadlinePolicy policy,
                      Browser browser, ProcessList processes) {
        this(host, config, executor, clock, policy, browser, processes, LogFiles.of(config));
    }

    /** @param logs the app's log files, started by the caller (or not: then they are only read for reports) */
    public AppContext(HostEnvironment host, Config config, TaskExecutor executor, Clock clock, DeadlinePolicy policy,
                      Browser browser, ProcessList processes, LogFiles logs) {
        this.host = host;
        this.logs = logs;
        this.config = config;
        this.executor = executor;
        this.clock = clock;
        this.browser = browser;
        this.proxy = ProxySettings.from(host, ProxySelector.getDefault());
        this.http = httpClient(executor, proxy, config.networkTimeout());
        this.tokenStore = TokenStoreChoice.of(config.tokenStore(), config.configDir(), clock,
                "auto".equalsIgnoreCase(config.tokenStore()) || "keychain".equalsIgnoreCase(config.tokenStore())
                        ? JavaKeyringKeychain::find : Optional::empty);
        this.accounts = host.variable("DOCTOR409_TOKEN_URL").flatMap(AppContext::uri)
                .map(url -> SpotifyAccountsClient.withTokenUrl(http, url))
                .orElseGet(() -> new SpotifyAccountsClient(http, config.accountsUrl()));
        this.webApi = new WebApiClient(http, config.apiUrl());
        URI authorizeUrl = host.variable("DOCTOR409_AUTHORIZE_URL").flatMap(AppContext::uri)
                .orElse(URI.create(config.accountsUrl() + "/authorize"));
        this.signIn = new PkceSignIn(config.clientId(), authorizeUrl, accounts, tokenStore.store(), executor, clock,
                new SecureRandom(), 0);
        this.spotify = new SpotifyInstallLocator(host);
        this.spotifyProcesses = new SpotifyProcesses(processes, host.os());
        this.quarantine = new CacheQuarantine(new QuarantineIndex(config.configDir()), new RealFileMoves(),
                spotifyProcesses, clock);
        this.clearCache = new ClearCacheFix(spotify, quarantine);
        this.diagnosis = new Diagnosis(checks(), executor, clock, withSettings(policy, config));
        this.fixes = new FixCatalog(availableFixes());
    }

    /** The real thing: this machine, the system clock, background threads. */
    public static AppContext create(HostEnvironment host, DeadlinePolicy policy) {
        if (System.getProperty("java.net.useSystemProxies") == null) {
            // read once, when the JVM's default ProxySelector is first built: lets it use the OS settings
            System.setProperty("java.net.useSystemProxies", "true");
        }
        Config config = Config.load(host, BuildInfo.clientId());
        LogFiles logs = LogFiles.of(config);
        if (!logs.start(LogFiles.level(host.variable("DOCTOR409_LOG_LEVEL")), new Redaction(host.home(), List.of()))) {
            config = config.withWarning(logs.problem().orElseThrow());
        }
        logStart(host, config);
        return new AppContext(host, config, new BackgroundExecutor(), Clock.systemUTC(), policy,
                new SystemBrowser(host.os()), new RealProcessList(), logs);
    }

    /** The first line of every run: what runs where, so a log handed in tells which build and machine it was. */
    public static void logStart(HostEnvironment host, Config config) {
        LOG.log(System.Logger.Level.INFO, "409 Doctor " + BuildInfo.describe() + " starting on " + host.os().id() + " ("
                + System.getProperty("os.name") + " " + System.getProperty("os.version") + ", "
                + System.getProperty("os.arch") + "), Java " + System.getProperty("java.version") + " ("
                + System.getProperty("java.vendor") + "), locale " + java.util.Locale.getDefault().toLanguageTag()
                + ", token store " + config.tokenStore() + ", client id " + (config.clientId().isPresent() ? "set" : "none"));
        config.warnings().forEach(w -> LOG.log(System.Logger.Level.WARNING, w));
    }

    private List<Check> checks() {
        List<Check> checks = new ArrayList<>();
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
        TokenStore tokens = tokenStore.store();
        checks.add(new AuthTokenCheck(tokens, accounts, webApi, clock, config.clientId()));
        checks.add(new AuthScopesCheck());
        checks.add(new AccountPlanCheck());
        checks.add(new AccountDevicesCheck(tokens, webApi));
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

    private List<Fix> availableFixes() {
        List<Fix> fixes = new ArrayList<>();
        fixes.add(new SignInFix(signIn, browser, SIGN_IN_WAIT));
        fixes.add(new RefreshFix(tokenStore.store(), accounts, config.clientId(), clock));
        fixes.add(new SignOutFix(tokenStore.store()));
        fixes.add(RetryFix.of(diagnosis, executor, clock));
        fixes.add(clearCache);
        fixes.add(new UndoClearCacheFix(quarantine));
        fixes.add(new ResetAppLoginFix(spotify, spotifyProcesses, clock));
        fixes.add(CloseAppFix.polite(spotifyProcesses));
        fixes.add(CloseAppFix.forced(spotifyProcesses));
        return fixes;
    }

    /** The settings' network timeout applies unless the caller chose one already (e.g. {@code check --timeout}). */
    static DeadlinePolicy withSettings(DeadlinePolicy policy, Config config) {
        if (policy.override().isPresent() || policy.deadlineOf(CheckKind.NETWORK).isPresent()) {
            return policy;
        }
        return policy.withDeadline(CheckKind.NETWORK, config.networkTimeout());
    }

    private static OkHttpClient httpClient(TaskExecutor executor, ProxySettings proxy, Duration networkTimeout) {
        Dispatcher dispatcher = new Dispatcher(executor.asExecutorService());
        dispatcher.setMaxRequestsPerHost(16);
        return new OkHttpClient.Builder()
                .dispatcher(dispatcher)
                .addInterceptor(new HttpErrorLog())
                .proxySelector(proxy.selector())
                .followRedirects(false)
                .followSslRedirects(false)
                .retryOnConnectionFailure(false)
                .connectTimeout(networkTimeout)
                .readTimeout(networkTimeout)
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

    /** Where the sign-in is kept, and why that store was chosen. */
    public TokenStoreChoice tokenStore() {
        return tokenStore;
    }

    public PkceSignIn signIn() {
        return signIn;
    }

    public WebApiClient webApi() {
        return webApi;
    }

    /** Who is signed in, for the window's header only. */
    public SignedInAccount signedInAccount() {
        return new SignedInAccount(tokenStore.store(), webApi);
    }

    public Browser browser() {
        return browser;
    }

    /** Writes redacted support reports: the stored tokens and the home directory never appear in them. */
    public SupportReport supportReport() {
        List<String> secrets = new ArrayList<>();
        if (tokenStore.store().load() instanceof SessionLoad.Found found) {
            secrets.add(found.session().accessToken());
            found.session().refreshToken().ifPresent(secrets::add);
        }
        config.clientId().ifPresent(secrets::add);
        return new SupportReport(new Redaction(host.home(), secrets));
    }

    /** The app's log files: where they are, whether they are written, the recent lines for a report. */
    public LogFiles logs() {
        return logs;
    }

    /** The clear-cache fix, for the {@code cache} commands and the window's clear-cache dialog. */
    public ClearCacheFix clearCache() {
        return clearCache;
    }

    @Override
    public void close() {
        executor.shutdown();
        http.connectionPool().evictAll();
        logs.close();
    }

    private static Optional<URI> uri(String value) {
        try {
            URI uri = new URI(value);
            return "http".equals(uri.getScheme()) || "https".equals(uri.getScheme()) ? Optional.of(uri) : Optional.empty();
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    static Optional<String> emptyToNone(String value) {
        return value == null || value.isBlank() || value.startsWith("${") ? Optional.empty() : Optional.of(value);
    }
}
