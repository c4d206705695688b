package io.github.doctor409.network;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The proxy named by {@code HTTPS_PROXY} (for https) and {@code HTTP_PROXY} (for http), lower-case
 * spellings too, skipping hosts listed in {@code NO_PROXY} — as curl reads them. A {@code socks5://} or
 * {@code socks://} address is a SOCKS proxy; anything else an HTTP proxy.
 */
final class EnvironmentProxySelector extends ProxySelector {

    private final Optional<ProxyAddress> https;
    private final Optional<ProxyAddress> http;
    private final List<String> noProxy;

    EnvironmentProxySelector(Optional<ProxyAddress> https, Optional<ProxyAddress> http, List<String> noProxy) {
        this.https = https;
        this.http = http;
        this.noProxy = List.copyOf(noProxy);
    }

    /** A proxy address from a variable, with any user name and password left out of {@link #toString()}. */
    record ProxyAddress(Proxy.Type type, String host, int port, String variable) {

        static Optional<ProxyAddress> parse(String raw, String variable) {
            String text = raw.trim();
            Proxy.Type type = Proxy.Type.HTTP;
            int scheme = text.indexOf("://");
            int defaultPort = 80;
            if (scheme >= 0) {
                String name = text.substring(0, scheme).toLowerCase(Locale.ROOT);
                if (name.startsWith("socks")) {
                    type = Proxy.Type.SOCKS;
                    defaultPort = 1080;
                } else if (name.equals("https")) {
                    defaultPort = 443;
                }
                text = text.substring(scheme + 3);
            }
            int slash = text.indexOf('/');
            if (slash >= 0) {
                text = text.substring(0, slash);
            }
            int at = text.lastIndexOf('@');
            if (at >= 0) {
                text = text.substring(at + 1);
            }
            String host = text;
            int port = defaultPort;
            int colon = text.lastIndexOf(':');
            if (colon > 0 && !text.endsWith("]")) {
                host = text.substring(0, colon);
                try {
                    port = Integer.parseInt(text.substring(colon + 1));
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            }
            host = host.replace("[", "").replace("]", "");
            if (host.isEmpty() || port <= 0 || port > 65535) {
                return Optional.empty();
            }
            return Optional.of(new ProxyAddress(type, host, port, variable));
        }

        Proxy asProxy() {
            return new Proxy(type, InetSocketAddress.createUnresolved(host, port));
        }

        @Override
        public String toString() {
            return host + ":" + port;
        }
    }

    Optional<ProxyAddress> https() {
        return https;
    }

    Optional<ProxyAddress> http() {
        return http;
    }

    @Override
    public List<Proxy> select(URI uri) {
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (bypassed(host)) {
            return List.of(Proxy.NO_PROXY);
        }
        Optional<ProxyAddress> chosen = "https".equalsIgnoreCase(uri.getScheme()) ? https : http;
        return List.of(chosen.map(ProxyAddress::asProxy).orElse(Proxy.NO_PROXY));
    }

    boolean bypassed(String host) {
        for (String entry : noProxy) {
            String rule = entry.trim().toLowerCase(Locale.ROOT);
            int colon = rule.lastIndexOf(':');
            if (colon > 0 && rule.indexOf(':') == colon) {
                rule = rule.substring(0, colon);
            }
            if (rule.equals("*")) {
                return true;
            }
            String bare = rule.startsWith(".") ? rule.substring(1) : rule.startsWith("*.") ? rule.substring(2) : rule;
            if (!bare.isEmpty() && (host.equals(bare) || host.endsWith("." + bare))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void connectFailed(URI uri, SocketAddress address, IOException failure) {
        // nothing to remember: the next request asks again
    }
}
