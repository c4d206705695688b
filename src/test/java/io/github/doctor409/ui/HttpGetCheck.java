package io.github.doctor409.ui;

import io.github.doctor409.core.Check;
import io.github.doctor409.core.CheckContext;
import io.github.doctor409.core.CheckGroup;
import io.github.doctor409.core.CheckKind;
import io.github.doctor409.core.CheckResult;
import io.github.doctor409.core.Status;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** A small real check for window tests: GETs a URL and passes on 2xx, fails otherwise. */
final class HttpGetCheck implements Check {

    private final String id;
    private final CheckGroup group;
    private final HttpUrl url;
    private final OkHttpClient client;

    HttpGetCheck(String id, CheckGroup group, HttpUrl url, OkHttpClient client) {
        this.id = id;
        this.group = group;
        this.url = url;
        this.client = client;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String title() {
        return "Service " + url.encodedPath();
    }

    @Override
    public CheckGroup group() {
        return group;
    }

    @Override
    public CheckKind kind() {
        return CheckKind.NETWORK;
    }

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        context.waitingFor("an answer from " + url.encodedPath());
        OkHttpClient bounded = client.newBuilder()
                .callTimeout(context.remaining().toMillis(), TimeUnit.MILLISECONDS)
                .build();
        try (Response response = bounded.newCall(new Request.Builder().url(url).build()).execute()) {
            int code = response.code();
            Status status = response.isSuccessful() ? Status.PASS : Status.FAIL;
            return CheckResult.of(this, status, status == Status.PASS
                            ? "The service answered."
                            : "The service " + url.encodedPath() + " is having trouble.")
                    .detail("GET " + url.encodedPath() + " -> HTTP " + code)
                    .evidence("httpStatus", code)
                    .build();
        }
    }
}
