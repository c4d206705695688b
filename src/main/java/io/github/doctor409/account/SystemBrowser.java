package io.github.doctor409.account;

import io.github.doctor409.core.OperatingSystem;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * The person's default browser, started through the operating system's own opener ({@code xdg-open},
 * {@code open}, {@code rundll32 url.dll}), so no AWT and no JavaFX is needed. Only http(s) pages.
 */
public final class SystemBrowser implements Browser {

    private final OperatingSystem os;

    public SystemBrowser(OperatingSystem os) {
        this.os = Objects.requireNonNull(os, "os");
    }

    @Override
    public void open(URI page) throws IOException {
        String scheme = page.getScheme();
        if (!"https".equals(scheme) && !"http".equals(scheme)) {
            throw new IOException("Only web pages are opened, not " + scheme + " addresses");
        }
        List<String> command = switch (os) {
            case LINUX -> List.of("xdg-open", page.toASCIIString());
            case MACOS -> List.of("open", page.toASCIIString());
            case WINDOWS -> List.of("rundll32", "url.dll,FileProtocolHandler", page.toASCIIString());
        };
        new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }
}
