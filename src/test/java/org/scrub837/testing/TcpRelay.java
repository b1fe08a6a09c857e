package org.scrub837.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP relay on a free loopback port to 127.0.0.1:target, to take a service (the database) away
 * from a node under test without stopping it: {@link #close()} refuses new connections and cuts
 * the open ones (the service is gone); {@link #hang()} cuts the open connections and from then on
 * accepts new ones but never passes a byte either way (the service hangs); {@link #resume()}
 * relays again.
 */
public final class TcpRelay implements AutoCloseable {

    private final ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean hanging;

    public TcpRelay(int target) throws IOException {
        Thread accept = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    Socket in = server.accept();
                    open.add(in);
                    if (hanging) {
                        continue; // held open, never read, never answered
                    }
                    Socket out = new Socket(InetAddress.getLoopbackAddress(), target);
                    open.add(out);
                    pipe(in, out);
                    pipe(out, in);
                } catch (IOException e) {
                    return;
                }
            }
        }, "relay-accept");
        accept.setDaemon(true);
        accept.start();
    }

    public int port() {
        return server.getLocalPort();
    }

    public void hang() throws IOException {
        hanging = true;
        cutOpen();
    }

    public void resume() throws IOException {
        hanging = false;
        cutOpen();
    }

    private void cutOpen() throws IOException {
        for (Socket s : open) {
            s.close();
            open.remove(s);
        }
    }

    private static void pipe(Socket from, Socket to) {
        Thread t = new Thread(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException e) {
                // the relay was closed
            }
        }, "relay-pipe");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void close() throws IOException {
        server.close();
        cutOpen();
    }
}
