package io.github.doctor409.account;

import java.io.IOException;
import java.net.Proxy;
import java.net.URI;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * A browser whose user is logged in at the (fake) authorize page: it follows the authorize redirect to
 * the loopback listener and keeps the page it ends on.
 */
public final class FollowingBrowser implements Browser {

    private final OkHttpClient http = new OkHttpClient.Builder().proxy(Proxy.NO_PROXY).followRedirects(true)
            .retryOnConnectionFailure(false).build();
    private volatile int lastStatus;
    private volatile String lastPage = "";
    private volatile URI opened;

    @Override
    public void open(URI page) throws IOException {
        opened = page;
        try (Response response = http.newCall(new Request.Builder().url(page.toString()).build()).execute()) {
            lastStatus = response.code();
            lastPage = response.body().string();
        }
    }

    public int lastStatus() {
        return lastStatus;
    }

    public String lastPage() {
        return lastPage;
    }

    public URI opened() {
        return opened;
    }
}
