package io.github.doctor409.app;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Logs every HTTP call that ends in an error status or no answer: method, scheme, host and path (never
 * the query, the headers or the body, where codes and tokens travel), the status or the exception's
 * type, and the time taken. Successful calls are logged at FINE.
 */
final class HttpErrorLog implements Interceptor {

    private static final System.Logger LOG = System.getLogger(HttpErrorLog.class.getName());

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        long started = System.nanoTime();
        try {
            Response response = chain.proceed(request);
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            System.Logger.Level level = response.code() >= 400 ? System.Logger.Level.INFO : System.Logger.Level.DEBUG;
            if (LOG.isLoggable(level)) {
                LOG.log(level, "HTTP " + request.method() + " " + where(request.url()) + " -> " + response.code()
                        + " in " + ms + " ms");
            }
            return response;
        } catch (IOException | RuntimeException e) {
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            LOG.log(System.Logger.Level.INFO, "HTTP " + request.method() + " " + where(request.url()) + " failed after "
                    + ms + " ms: " + e.getClass().getSimpleName());
            throw e;
        }
    }

    /** Scheme, host, port and path only. */
    static String where(HttpUrl url) {
        return url.scheme() + "://" + url.host() + (url.port() == HttpUrl.defaultPort(url.scheme()) ? "" : ":" + url.port())
                + url.encodedPath();
    }
}
