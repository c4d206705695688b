package io.github.doctor409.network;

import io.github.doctor409.core.HostEnvironment;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The one proxy choice of the app, made once by the composition root and given to the shared HTTP
 * client and to {@code network.proxy}: {@code HTTPS_PROXY}/{@code HTTP_PROXY} (with {@code NO_PROXY})
 * when set, else the system's settings ({@code java.net.useSystemProxies}, which also covers a PAC
 * file where the JDK supports one), else none.
 *
 * @param source where the choice came from: {@code environment} or {@code system}
 */
public record ProxySettings(ProxySelector selector, String source) {

    public ProxySettings {
        Objects.requireNonNull(selector, "selector");
        Objects.requireNonNull(source, "source");
    }

    /** @param system the JVM's selector, used when no variable names a proxy */
    public static ProxySettings from(HostEnvironment host, ProxySelector system) {
        Optional<EnvironmentProxySelector.ProxyAddress> https = variable(host, "HTTPS_PROXY");
        Optional<EnvironmentProxySelector.ProxyAddress> http = variable(host, "HTTP_PROXY");
        if (https.isPresent() || http.isPresent()) {
            List<String> noProxy = host.variable("NO_PROXY").or(() -> host.variable("no_proxy"))
                    .map(list -> Arrays.asList(list.split(","))).orElse(List.of());
            return new ProxySettings(new EnvironmentProxySelector(https, http, noProxy), "environment");
        }
        return new ProxySettings(system == null ? ProxySelector.of(null) : system, "system");
    }

    /** The proxy used for {@code uri}: the first one the selector names, or {@link Proxy#NO_PROXY}. */
    public Proxy proxyFor(URI uri) {
        try {
            List<Proxy> proxies = selector.select(uri);
            return proxies == null || proxies.isEmpty() ? Proxy.NO_PROXY : proxies.get(0);
        } catch (RuntimeException e) {
            return Proxy.NO_PROXY;
        }
    }

    /** The variable a proxy for {@code uri} came from, when it came from one. */
    Optional<String> variableFor(URI uri) {
        if (selector instanceof EnvironmentProxySelector environment) {
            return ("https".equalsIgnoreCase(uri.getScheme()) ? environment.https() : environment.http())
                    .map(EnvironmentProxySelector.ProxyAddress::variable);
        }
        return Optional.empty();
    }

    private static Optional<EnvironmentProxySelector.ProxyAddress> variable(HostEnvironment host, String name) {
        Optional<String> upper = host.variable(name);
        String used = upper.isPresent() ? name : name.toLowerCase(java.util.Locale.ROOT);
        return upper.or(() -> host.variable(used)).flatMap(raw -> EnvironmentProxySelector.ProxyAddress.parse(raw, used));
    }
}
