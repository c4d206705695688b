package io.github.doctor409.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Accepts every connection on 127.0.0.1 and never answers: the "server that hangs" of the tests. */
public final class HangingServer implements AutoCloseable {

    private final ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    private final List<Socket> held = new CopyOnWriteArrayList<>();
    private final ExecutorService acceptor = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "hanging-server");
        thread.setDaemon(true);
        return thread;
    });

    public HangingServer() throws IOException {
        acceptor.submit(() -> {
            while (!socket.isClosed()) {
                try {
                    held.add(socket.accept());
                } catch (IOException e) {
                    return;
                }
            }
        });
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + socket.getLocalPort();
    }

    public int connectionsAccepted() {
        return held.size();
    }

    @Override
    public void close() throws IOException {
        socket.close();
        for (Socket s : held) {
            s.close();
        }
        acceptor.shutdownNow();
    }
}
