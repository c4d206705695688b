package io.github.doctor409.network;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * Where to probe the dealer and spclient services: the first entry of apresolve's lists, or the
 * documented fallbacks ({@code dealer.spotify.com:443}, {@code spclient.wg.spotify.com:443}) when apresolve
 * gave none — only against Spotify's own services, so a stand-in's run never leaves the machine. The
 * scheme is apresolve's (https for Spotify).
 */
final class AppServerHosts {

    static final String DEALER_FALLBACK = "dealer.spotify.com:443";
    static final String SPCLIENT_FALLBACK = "spclient.wg.spotify.com:443";

    private AppServerHosts() {
    }

    /** The chosen addresses, and whether they are the fallbacks. */
    record Choice(Map<SpotifyService, HttpUrl> urls, boolean fallback) {}

    static Choice choose(ServiceEndpoints endpoints, Optional<ApresolveLists> lists) {
        String scheme = endpoints.apresolve().getScheme() == null ? "https" : endpoints.apresolve().getScheme();
        Map<SpotifyService, HttpUrl> urls = new EnumMap<>(SpotifyService.class);
        if (lists.isPresent()) {
            first(lists.get().dealer(), scheme).ifPresent(url -> urls.put(SpotifyService.DEALER, url));
            first(lists.get().spclient(), scheme).ifPresent(url -> urls.put(SpotifyService.SPCLIENT, url));
            if (!urls.isEmpty()) {
                return new Choice(urls, false);
            }
        }
        if (DnsCheck.isSpotify(endpoints)) {
            url(DEALER_FALLBACK, "https").ifPresent(url -> urls.put(SpotifyService.DEALER, url));
            url(SPCLIENT_FALLBACK, "https").ifPresent(url -> urls.put(SpotifyService.SPCLIENT, url));
            return new Choice(urls, true);
        }
        return new Choice(urls, false);
    }

    private static Optional<HttpUrl> first(List<String> entries, String scheme) {
        for (String entry : entries) {
            Optional<HttpUrl> url = url(entry, scheme);
            if (url.isPresent()) {
                return url;
            }
        }
        return Optional.empty();
    }

    /** {@code host:port} as {@code scheme://host:port/}; empty for anything that is not a plain host and port. */
    static Optional<HttpUrl> url(String entry, String scheme) {
        int colon = entry.lastIndexOf(':');
        String host = colon > 0 ? entry.substring(0, colon) : entry;
        if (!host.matches("[A-Za-z0-9.\\-]+")) {
            return Optional.empty();
        }
        int port = "http".equals(scheme) ? 80 : 443;
        if (colon > 0) {
            try {
                port = Integer.parseInt(entry.substring(colon + 1));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        if (port <= 0 || port > 65535) {
            return Optional.empty();
        }
        return Optional.ofNullable(HttpUrl.parse(scheme + "://" + host + ":" + port + "/"));
    }
}
