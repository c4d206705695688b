package io.github.doctor409.network;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * Base URLs of the Spotify services that {@link ServicesCheck} probes, taken from the configuration so
 * tests can point them at a local server.
 *
 * @param plainHttp an unencrypted address that should only redirect to HTTPS; when it answers with a page
 *                  instead, a captive portal is likely. By default {@code http://<accounts host>/} when the
 *                  accounts service is HTTPS, else none.
 */
public record ServiceEndpoints(URI accounts, URI api, URI apresolve, Optional<URI> plainHttp) {

    public ServiceEndpoints {
        Objects.requireNonNull(accounts, "accounts");
        Objects.requireNonNull(api, "api");
        Objects.requireNonNull(apresolve, "apresolve");
        Objects.requireNonNull(plainHttp, "plainHttp");
    }

    public ServiceEndpoints(URI accounts, URI api, URI apresolve) {
        this(accounts, api, apresolve, "https".equalsIgnoreCase(accounts.getScheme()) && accounts.getHost() != null
                ? Optional.of(URI.create("http://" + accounts.getHost() + "/")) : Optional.empty());
    }

    /** The real services. */
    public static ServiceEndpoints spotify() {
        return new ServiceEndpoints(URI.create("https://accounts.spotify.com"), URI.create("https://api.spotify.com"),
                URI.create("https://apresolve.spotify.com"));
    }
}
