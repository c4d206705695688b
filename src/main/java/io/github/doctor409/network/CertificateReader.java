package io.github.doctor409.network;

import java.io.IOException;
import io.github.doctor409.core.CheckContext;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLContext;
import javax.net.ssl.X509TrustManager;
import okhttp3.ConnectionPool;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Reads the certificate a server presents, without trusting it: a TLS handshake through the same client
 * (so the same proxy and resolver) whose trust manager keeps the chain and then refuses it. The handshake
 * fails there, before any request is written, so nothing is ever sent over that connection.
 */
final class CertificateReader {

    private CertificateReader() {
    }

    static Optional<PresentedCertificate> read(OkHttpClient client, HttpUrl url, Duration timeout) {
        if (!url.isHttps() || timeout.toMillis() <= 0) {
            return Optional.empty();
        }
        AtomicReference<X509Certificate[]> seen = new AtomicReference<>();
        X509TrustManager recording = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
                throw new PresentedCertificate.Recorded();
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
                if (chain != null && chain.length > 0) {
                    seen.set(chain.clone());
                }
                throw new PresentedCertificate.Recorded();
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new javax.net.ssl.TrustManager[] {recording}, null);
            OkHttpClient reader = client.newBuilder()
                    .sslSocketFactory(context.getSocketFactory(), recording)
                    .connectionPool(new ConnectionPool(0, 1, TimeUnit.SECONDS))
                    .callTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    .eventListenerFactory(call -> okhttp3.EventListener.NONE)
                    .build();
            try (Response response = reader.newCall(new Request.Builder().url(url).head().build()).execute()) {
                return Optional.empty(); // cannot happen: the trust manager refuses every chain
            } catch (IOException expected) {
                X509Certificate[] chain = seen.get();
                return chain == null ? Optional.empty() : Optional.of(PresentedCertificate.of(chain));
            }
        } catch (GeneralSecurityException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * For each endpoint whose certificate was not trusted, reads the certificate it presented (side by
     * side, without trusting it and without sending a request), within the time left.
     */
    static Map<SpotifyService, PresentedCertificate> readUntrusted(OkHttpClient client, Map<SpotifyService, ProbeOutcome> outcomes,
            Map<SpotifyService, HttpUrl> urls, long waitUntilNanos, CheckContext context) throws InterruptedException {
        List<SpotifyService> untrusted = outcomes.entrySet().stream()
                .filter(e -> e.getValue() instanceof ProbeOutcome.Unreachable u
                        && u.reason() == ProbeOutcome.Reason.UNTRUSTED_CERTIFICATE)
                .map(Map.Entry::getKey).toList();
        Map<SpotifyService, PresentedCertificate> certificates = new EnumMap<>(SpotifyService.class);
        Duration left = Duration.ofNanos(waitUntilNanos - System.nanoTime());
        if (untrusted.isEmpty() || left.toMillis() <= 50) {
            return certificates;
        }
        context.waitingFor("the certificates shown by " + String.join(", ", untrusted.stream().map(s -> urls.get(s).host()).toList()));
        List<java.util.concurrent.Callable<java.util.Optional<PresentedCertificate>>> reads = untrusted.stream()
                .<java.util.concurrent.Callable<java.util.Optional<PresentedCertificate>>>map(
                        service -> () -> read(client, urls.get(service), left))
                .toList();
        List<BoundedTasks.Outcome<java.util.Optional<PresentedCertificate>>> read =
                BoundedTasks.runAll(client.dispatcher().executorService(), reads, left);
        for (int i = 0; i < untrusted.size(); i++) {
            BoundedTasks.Outcome<java.util.Optional<PresentedCertificate>> one = read.get(i);
            if (one.succeeded() && one.value().isPresent()) {
                certificates.put(untrusted.get(i), one.value().get());
            }
        }
        return certificates;
    }
}
