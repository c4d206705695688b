package io.github.doctor409.account;

import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** A browser that only remembers the page it was asked to open, so the test plays the browser itself. */
final class ScriptedBrowser implements Browser {

    private final CompletableFuture<URI> opened = new CompletableFuture<>();

    @Override
    public void open(URI page) {
        opened.complete(page);
    }

    boolean wasOpened() {
        return opened.isDone();
    }

    /** The authorize page, once the sign-in has asked for it (bounded wait). */
    URI awaitOpened() throws Exception {
        return opened.get(10, TimeUnit.SECONDS);
    }
}
