package io.github.doctor409.account;

import java.io.IOException;
import java.net.URI;

/** Opens a web page for the person; behind an interface so tests never start a real browser. */
@FunctionalInterface
public interface Browser {

    /** Opens {@code page}; throws when no browser could be started. */
    void open(URI page) throws IOException;
}
