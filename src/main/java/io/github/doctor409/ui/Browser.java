package io.github.doctor409.ui;

import java.net.URI;

/** Opens a web page in the person's browser. */
public interface Browser {

    void open(URI page);
}
