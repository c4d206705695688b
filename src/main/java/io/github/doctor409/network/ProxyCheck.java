package io.github.doctor409.network;

import io.github.doctor409.core.Check;
import io.github.doctor409.core.CheckContext;
import io.github.doctor409.core.CheckGroup;
import io.github.doctor409.core.CheckKind;
import io.github.doctor409.core.CheckResult;
import io.github.doctor409.core.Phrase;
import io.github.doctor409.core.Status;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;

/**
 * {@code network.proxy}: which proxy, if any, connections to Spotify take — the same choice the app's
 * HTTP client uses ({@link ProxySettings}) — and whether that proxy lets them through. A proxy that
 * cannot be reached, or that asks for a password (407), fails. The Spotify app's own
 * {@code network.proxy.mode} and {@code network.proxy.addr} are shown as found (their values are not
 * documented, so they are not judged).
 */
public final class ProxyCheck implements Check {

    public static final String ID = "network.proxy";

    private final ProxySettings settings;
    private final URI target;
    private final SpotifyAppSettings appSettings;
    private final ExecutorService executor;

    /**
     * @param target   the Spotify address whose route is checked (the Web API's base URL); Spotify speaks
     *                 only HTTPS, so its host is checked as {@code https://} even when a stand-in is plain HTTP
     * @param executor the app's executor; the probe runs there so a hanging name lookup cannot hold the check
     */
    public ProxyCheck(ProxySettings settings, URI target, SpotifyAppSettings appSettings, ExecutorService executor) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.target = asHttps(Objects.requireNonNull(target, "target"));
        this.appSettings = Objects.requireNonNull(appSettings, "appSettings");
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    static URI asHttps(URI uri) {
        if ("https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
            return uri;
        }
        return URI.create("https://" + (uri.getHost().contains(":") ? "[" + uri.getHost() + "]" : uri.getHost())
                + (uri.getPort() > 0 ? ":" + uri.getPort() : ""));
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Proxy settings";
    }

    @Override
    public CheckGroup group() {
        return CheckGroup.CONNECTION;
    }

    @Override
    public CheckKind kind() {
        return CheckKind.NETWORK;
    }

    @Override
    public CheckResult run(CheckContext context) throws InterruptedException {
        Proxy proxy = settings.proxyFor(target);
        Optional<String> appMode = appSettings.value("network.proxy.mode");
        Optional<String> appAddress = appSettings.value("network.proxy.addr");
        String appLine = "Spotify app prefs: network.proxy.mode=" + appMode.orElse("(not set)")
                + appAddress.map(a -> ", network.proxy.addr=" + a).orElse("");
        String host = target.getHost() == null ? "" : target.getHost();
        int port = target.getPort() > 0 ? target.getPort() : "http".equalsIgnoreCase(target.getScheme()) ? 80 : 443;

        if (proxy.type() == Proxy.Type.DIRECT || !(proxy.address() instanceof InetSocketAddress address)) {
            return CheckResult.of(this, Status.PASS, "No proxy is set: connections to Spotify go out directly.")
                    .says(Phrase.of("network.proxy.summary.direct"))
                    .detail("Proxy for " + target + ": none (settings from " + settings.source() + ")")
                    .detail(appLine)
                    .evidence("proxy", "none").evidence("source", settings.source())
                    .evidence("appProxyMode", appMode.orElse(null)).build();
        }
        String name = address.getHostString() + ":" + address.getPort();
        String from = settings.variableFor(target).orElse("the system settings");
        Object fromWords = settings.variableFor(target).<Object>map(v -> v).orElse(Phrase.of("network.proxy.fromSystem"));
        String kind = proxy.type() == Proxy.Type.SOCKS ? "SOCKS proxy" : "proxy";
        Duration remaining = context.remaining();
        Duration wait = remaining.minus(ServicesCheck.margin(remaining));
        context.waitingFor("the " + kind + " " + name + " to answer");
        java.util.concurrent.Callable<ProxyProbe.Answer> probe = () -> ProxyProbe.probe(proxy, host, port, wait);
        BoundedTasks.Outcome<ProxyProbe.Answer> outcome = BoundedTasks.runAll(executor, List.of(probe), wait).get(0);

        Status status;
        String summary;
        Phrase phrase;
        String technical;
        if (outcome.succeeded()) {
            ProxyProbe.Answer answer = outcome.value();
            technical = proxy.type() == Proxy.Type.SOCKS ? "connected in " + answer.millis() + " ms"
                    : "CONNECT " + host + ":" + port + " → " + answer.statusLine() + " (" + answer.millis() + " ms)";
            if (proxy.type() == Proxy.Type.SOCKS || answer.code() / 100 == 2) {
                status = Status.PASS;
                summary = "Connections to Spotify go through the " + kind + " " + name + " (from " + from
                        + "), and it lets them through.";
                phrase = proxy.type() == Proxy.Type.SOCKS ? Phrase.of("network.proxy.summary.throughSocks", name, fromWords)
                        : Phrase.of("network.proxy.summary.through", name, fromWords);
            } else if (answer.code() == 407) {
                status = Status.FAIL;
                summary = "The proxy " + name + " (from " + from + ") asks for a user name and password, so"
                        + " connections to Spotify through it fail.";
                phrase = Phrase.of("network.proxy.summary.needsPassword", name, fromWords);
            } else {
                status = Status.FAIL;
                summary = "The proxy " + name + " (from " + from + ") refused to connect to Spotify (it answered "
                        + answer.code() + ").";
                phrase = Phrase.of("network.proxy.summary.refused", name, fromWords, String.valueOf(answer.code()));
            }
        } else {
            Throwable error = outcome.error();
            technical = error == null ? "no answer before the check's deadline"
                    : error.getClass().getSimpleName() + (error.getMessage() == null ? "" : ": " + error.getMessage());
            status = Status.FAIL;
            if (error instanceof UnknownHostException) {
                summary = "The proxy " + name + " (from " + from + ") could not be found by name, so nothing reaches Spotify through it.";
                phrase = Phrase.of("network.proxy.summary.unknownHost", name, fromWords);
            } else if (error instanceof ConnectException) {
                summary = "The proxy " + name + " (from " + from + ") cannot be reached, so nothing reaches Spotify through it.";
                phrase = Phrase.of("network.proxy.summary.unreachable", name, fromWords);
            } else if (error == null || error instanceof SocketTimeoutException) {
                summary = "The proxy " + name + " (from " + from + ") did not answer, so nothing reaches Spotify through it.";
                phrase = Phrase.of("network.proxy.summary.silent", name, fromWords);
            } else {
                summary = "The proxy " + name + " (from " + from + ") broke off the connection to Spotify.";
                phrase = Phrase.of("network.proxy.summary.brokeOff", name, fromWords);
            }
        }
        CheckResult.Builder result = CheckResult.of(this, status, summary).says(phrase)
                .detail("Proxy for " + target + ": " + proxy.type() + " " + name + " (from " + from + ")")
                .detail(technical)
                .detail(appLine)
                .evidence("proxy", name).evidence("proxyType", proxy.type().name().toLowerCase(java.util.Locale.ROOT))
                .evidence("source", settings.source()).evidence("variable", settings.variableFor(target).orElse(null))
                .evidence("appProxyMode", appMode.orElse(null));
        if (outcome.succeeded()) {
            result.evidence("proxyStatus", outcome.value().code()).evidence("millis", outcome.value().millis());
        }
        if (status == Status.FAIL) {
            result.fix("fix.proxy-help").fix("fix.retry");
        }
        return result.build();
    }
}
