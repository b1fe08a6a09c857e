package org.scrub837.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Asks the service's health and metrics in turn, as an orchestrator's probe does: a new HTTP/1.1
 * connection per request, from a JVM of its own (so that the figures are not the benchmark client's
 * own pauses). Prints one line per answer, {@code path status nanos}, until its standard input closes.
 *
 * <pre>
 * java -cp ... org.scrub837.bench.HealthProbe PORT PAUSE_MILLIS PATH[,PATH...]
 * </pre>
 */
public final class HealthProbe {

    private HealthProbe() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        long pause = Long.parseLong(args[1]);
        String[] paths = args[2].split(",");
        Thread stop = new Thread(() -> {
            try {
                while (System.in.read() >= 0) {
                    // until the benchmark closes it
                }
            } catch (IOException e) {
                // closed
            }
            System.out.flush();
            Runtime.getRuntime().halt(0);
        });
        stop.setDaemon(true);
        stop.start();
        for (int turn = 0;; turn++) {
            String path = paths[turn % paths.length];
            long start = System.nanoTime();
            int status = ask(port, path);
            System.out.println(path + " " + status + " " + (System.nanoTime() - start));
            Thread.sleep(pause);
        }
    }

    /** The answer's status, or -1 when the request failed. */
    private static int ask(int port, String path) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
            s.setSoTimeout(60_000);
            OutputStream out = s.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            String head = answer.toString(StandardCharsets.ISO_8859_1);
            return head.startsWith("HTTP/1.1 ") ? Integer.parseInt(head.substring(9, 12)) : -1;
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }
}
