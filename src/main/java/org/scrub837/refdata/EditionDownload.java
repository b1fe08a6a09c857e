package org.scrub837.refdata;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.OptionalLong;

import javax.net.ssl.SSLContext;

/**
 * Fetches a publisher's file over HTTPS with the JDK client: connect and whole-request timeouts, a
 * size limit checked against Content-Length and while reading, and redirects followed only to other
 * {@code https:} addresses (a redirect to {@code http:} or any other scheme is refused, never
 * followed). A download that ends short of its Content-Length fails; nothing of it is installed.
 */
final class EditionDownload {

    /** Redirects followed at most (CMS serves its files through one or two). */
    static final int MAX_REDIRECTS = 5;

    /**
     * A fetched file.
     *
     * @param file      where it was saved
     * @param fileName  the last path segment of the final address (the publisher's name)
     * @param address   the final address, after redirects
     */
    record Fetched(Path file, String fileName, URI address) {
    }

    private final HttpClient http;
    private final long maxBytes;
    private final Duration timeout;

    /**
     * @param ssl       the TLS context (null: the JVM's default trust, e.g. {@code -Djavax.net.ssl.trustStore})
     * @param maxBytes  the largest file accepted
     * @param timeout   the most one request may take, body included
     */
    EditionDownload(SSLContext ssl, long maxBytes, Duration timeout) {
        HttpClient.Builder b = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(30));
        if (ssl != null) {
            b.sslContext(ssl);
        }
        this.http = b.build();
        this.maxBytes = maxBytes;
        this.timeout = timeout;
    }

    static boolean isAddress(String text) {
        return text.contains("://");
    }

    /** Downloads {@code address} into {@code into} (a file that is created or replaced). */
    Fetched fetch(String address, Path into) throws IOException {
        URI uri;
        try {
            uri = URI.create(address);
        } catch (IllegalArgumentException e) {
            throw new IOException("'" + address + "' is not an address: " + e.getMessage(), e);
        }
        requireHttps(uri, null);
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).GET().build();
            HttpResponse<InputStream> response;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("download of " + uri + " interrupted", e);
            } catch (IOException e) {
                throw new IOException("download of " + uri + " failed: " + describe(e), e);
            }
            int status = response.statusCode();
            if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
                response.body().close();
                URI here = uri;
                String location = response.headers().firstValue("Location").orElseThrow(() -> new IOException(
                        here + " answered " + status + " without a Location to go to"));
                URI next = uri.resolve(location);
                requireHttps(next, uri);
                uri = next;
                continue;
            }
            if (status != 200) {
                response.body().close();
                throw new IOException(uri + " answered HTTP " + status + "; nothing installed");
            }
            OptionalLong length = response.headers().firstValueAsLong("Content-Length");
            if (length.isPresent() && length.getAsLong() > maxBytes) {
                response.body().close();
                throw new IOException(uri + " is " + length.getAsLong() + " bytes, more than the "
                        + maxBytes + " allowed (scrub.refdata.maxDownloadBytes); nothing installed");
            }
            long received = save(response.body(), into, uri);
            if (length.isPresent() && received != length.getAsLong()) {
                throw new IOException("download of " + uri + " ended after " + received + " of "
                        + length.getAsLong() + " bytes; nothing installed");
            }
            String path = uri.getPath() == null ? "" : uri.getPath();
            String name = path.substring(path.lastIndexOf('/') + 1);
            return new Fetched(into, name.isEmpty() ? "download" : name, uri);
        }
        throw new IOException(address + ": more than " + MAX_REDIRECTS + " redirects; nothing installed");
    }

    private long save(InputStream body, Path into, URI uri) throws IOException {
        long total = 0;
        try (InputStream in = body; OutputStream out = Files.newOutputStream(into)) {
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) {
                total += n;
                if (total > maxBytes) {
                    throw new IOException(uri + " sends more than the " + maxBytes
                            + " bytes allowed (scrub.refdata.maxDownloadBytes); nothing installed");
                }
                out.write(buf, 0, n);
            }
        } catch (IOException e) {
            if (e.getMessage() != null && e.getMessage().contains("scrub.refdata.maxDownloadBytes")) {
                throw e;
            }
            throw new IOException("download of " + uri + " broke off after " + total + " bytes (" + describe(e)
                    + "); nothing installed", e);
        }
        return total;
    }

    private static void requireHttps(URI uri, URI from) throws IOException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https")) {
            throw new IOException(from == null
                    ? uri + ": only https:// addresses are fetched (or give a file)"
                    : from + " redirects to " + uri + ", which is not https://; refused, nothing installed");
        }
    }

    private static String describe(IOException e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
