package io.github.doctor409.ui;

import java.net.URI;
import javafx.application.HostServices;

/** {@link Browser} through the application's host services. */
public final class FxBrowser implements Browser {

    private final HostServices host;

    public FxBrowser(HostServices host) {
        this.host = host;
    }

    @Override
    public void open(URI page) {
        host.showDocument(page.toString());
    }
}
