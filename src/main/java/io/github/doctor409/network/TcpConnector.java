package io.github.doctor409.network;

import java.io.IOException;
import java.time.Duration;

/** Opens a TCP connection and closes it again at once: proof that a host's port is reachable. */
@FunctionalInterface
public interface TcpConnector {

    /**
     * Connects to {@code host:port} within {@code timeout}, sends nothing and closes.
     *
     * @throws IOException when the name cannot be looked up, the port refuses or nothing answers in time
     */
    void connect(String host, int port, Duration timeout) throws IOException;
}
