package org.scrub837.refdata;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

/**
 * An HTTPS server on 127.0.0.1 (ephemeral port) with a self-signed certificate made by the JDK's
 * keytool for this run, serving fixture files, so the download tests never reach the internet:
 * {@code /files/NAME} whole, {@link #truncatedUrl} cut off half-way below its Content-Length (on a
 * raw TLS socket that closes the connection), {@code /to-http/NAME} a redirect to the plain-http address, {@code /to-https/NAME} a redirect to
 * {@code /files/NAME}.
 */
public final class LocalHttpsServer implements AutoCloseable {

    private static final String PASSWORD = "changeit";

    private final HttpsServer server;
    private final Path trustStore;
    private final SSLContext clientContext;
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final javax.net.ssl.SSLServerSocket raw;

    public LocalHttpsServer(Path workDir) throws Exception {
        Path keyStore = workDir.resolve("server.p12");
        Path cert = workDir.resolve("server.cer");
        trustStore = workDir.resolve("trust.p12");
        keytool("-genkeypair", "-alias", "server", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=127.0.0.1", "-ext", "san=ip:127.0.0.1", "-keystore", keyStore.toString(),
                "-storetype", "PKCS12", "-storepass", PASSWORD, "-keypass", PASSWORD);
        keytool("-exportcert", "-alias", "server", "-keystore", keyStore.toString(), "-storepass", PASSWORD,
                "-file", cert.toString());
        keytool("-importcert", "-noprompt", "-alias", "server", "-file", cert.toString(), "-keystore",
                trustStore.toString(), "-storetype", "PKCS12", "-storepass", PASSWORD);

        KeyStore ks = load(keyStore);
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, PASSWORD.toCharArray());
        SSLContext serverContext = SSLContext.getInstance("TLS");
        serverContext.init(kmf.getKeyManagers(), null, null);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(load(trustStore));
        clientContext = SSLContext.getInstance("TLS");
        clientContext.init(null, tmf.getTrustManagers(), null);

        server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(serverContext));
        server.createContext("/files/", this::serve);
        server.createContext("/to-http/", e -> redirect(e, "http://127.0.0.1:" + port() + "/files/" + name(e)));
        server.createContext("/to-https/", e -> redirect(e, "/files/" + name(e)));
        server.start();
        raw = (javax.net.ssl.SSLServerSocket) serverContext.getServerSocketFactory().createServerSocket(0, 50,
                java.net.InetAddress.getByName("127.0.0.1"));
        Thread t = new Thread(this::serveTruncated, "truncating-https");
        t.setDaemon(true);
        t.start();
    }

    /**
     * Answers every request on the raw socket with the file's full Content-Length and half its bytes,
     * then closes the connection: what a transfer that breaks off looks like to the client.
     */
    private void serveTruncated() {
        while (!raw.isClosed()) {
            try (java.net.Socket s = raw.accept()) {
                java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(s.getInputStream(),
                        java.nio.charset.StandardCharsets.ISO_8859_1));
                String request = in.readLine();
                String line;
                while ((line = in.readLine()) != null && !line.isEmpty()) {
                    // headers: not needed
                }
                String path = request == null ? "" : request.split(" ")[1];
                byte[] body = files.getOrDefault(path.substring(path.lastIndexOf('/') + 1), new byte[0]);
                OutputStream out = s.getOutputStream();
                out.write(("HTTP/1.1 200 OK\r\nContent-Length: " + body.length + "\r\nContent-Type: "
                        + "application/zip\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
                out.write(body, 0, body.length / 2);
                out.flush();
            } catch (IOException e) {
                // the next connection, or the socket was closed
            }
        }
    }

    /** The address whose answer breaks off half-way below its Content-Length. */
    public String truncatedUrl(String name) {
        return "https://127.0.0.1:" + raw.getLocalPort() + "/truncated/" + name;
    }

    private static void keytool(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("keytool " + args[0] + " failed: " + output);
        }
    }

    private static KeyStore load(Path file) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            ks.load(in, PASSWORD.toCharArray());
        }
        return ks;
    }

    private static String name(HttpExchange e) {
        String path = e.getRequestURI().getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private void serve(HttpExchange e) throws IOException {
        byte[] body = files.get(name(e));
        if (body == null) {
            e.sendResponseHeaders(404, -1);
            e.close();
            return;
        }
        e.sendResponseHeaders(200, body.length);
        try (OutputStream out = e.getResponseBody()) {
            out.write(body);
        }
    }

    private static void redirect(HttpExchange e, String location) throws IOException {
        e.getResponseHeaders().add("Location", location);
        e.sendResponseHeaders(302, -1);
        e.close();
    }

    public void put(String name, byte[] body) {
        files.put(name, body);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String url(String path) {
        return "https://127.0.0.1:" + port() + path;
    }

    /** A client context that trusts this server's certificate alone. */
    public SSLContext clientContext() {
        return clientContext;
    }

    /** The trust store (PKCS12, password {@value #PASSWORD}) for a JVM run with -Djavax.net.ssl.trustStore. */
    public Path trustStore() {
        return trustStore;
    }

    public static String trustStorePassword() {
        return PASSWORD;
    }

    @Override
    public void close() {
        server.stop(0);
        try {
            raw.close();
        } catch (IOException e) {
            // closing a test server
        }
    }
}
