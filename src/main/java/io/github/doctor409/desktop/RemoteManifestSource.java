package io.github.doctor409.desktop;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The version manifest from {@code DOCTOR409_VERSIONS_URL} when it answers in time with a valid manifest
 * that is not older than the bundled one; otherwise, silently, the bundled one (which says its date). A
 * fetched manifest is kept for the rest of the session. Reads at most {@link VersionManifest#MAX_CHARS}.
 */
public final class RemoteManifestSource implements ManifestSource {

    private final OkHttpClient http;
    private final URI url;
    private final VersionManifest bundled;
    private final AtomicReference<VersionManifest> fetched = new AtomicReference<>();

    public RemoteManifestSource(OkHttpClient http, URI url, VersionManifest bundled) {
        this.http = Objects.requireNonNull(http, "http");
        this.url = Objects.requireNonNull(url, "url");
        this.bundled = Objects.requireNonNull(bundled, "bundled");
    }

    @Override
    public VersionManifest current(Duration budget) {
        VersionManifest known = fetched.get();
        if (known != null) {
            return known;
        }
        if (budget.isNegative() || budget.isZero()) {
            return bundled;
        }
        Call call = http.newCall(new Request.Builder().url(url.toString()).get().build());
        call.timeout().timeout(budget.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        try (Response response = call.execute()) {
            if (response.code() != 200 || response.body() == null) {
                return bundled;
            }
            try (InputStream in = response.body().byteStream()) {
                byte[] bytes = in.readNBytes(VersionManifest.MAX_CHARS + 1);
                VersionManifest remote = VersionManifest.parse(new String(bytes, StandardCharsets.UTF_8), url.toString());
                if (remote.date().isBefore(bundled.date())) {
                    return bundled;
                }
                fetched.set(remote);
                return remote;
            }
        } catch (IOException | RuntimeException e) {
            return bundled;
        }
    }
}
