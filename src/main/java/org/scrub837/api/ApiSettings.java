package org.scrub837.api;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * The HTTP API's settings. The API is off unless {@code scrub.api.enabled = true}; it runs on the
 * embedded HTTP server ({@code scrub.http.port}, {@code scrub.http.host}, default 127.0.0.1). Bound
 * to anything but a loopback address it refuses to start without TLS ({@code scrub.api.tls.keyStore})
 * and authentication (an API key from the environment variable {@code scrub.api.keyEnv}; client
 * certificates are refused, see {@link #check()}). Secrets come from environment
 * variables, never from files in config/.
 */
public record ApiSettings(boolean enabled, String host, int port, int maxConcurrent, long maxBodyBytes,
        String apiKey, Path keyStore, String keyStorePassword, Path trustStore, String trustStorePassword) {

    public static final String ENABLED = "scrub.api.enabled";
    public static final String HTTP_PORT = "scrub.http.port";
    public static final String HTTP_HOST = "scrub.http.host";
    public static final String MAX_CONCURRENT = "scrub.api.maxConcurrent";
    public static final String KEY_ENV = "scrub.api.keyEnv";
    public static final String KEY_STORE = "scrub.api.tls.keyStore";
    public static final String KEY_STORE_PASSWORD_ENV = "scrub.api.tls.keyStorePasswordEnv";
    public static final String TRUST_STORE = "scrub.api.tls.trustStore";
    public static final String TRUST_STORE_PASSWORD_ENV = "scrub.api.tls.trustStorePasswordEnv";
    /** In config/limits.properties: the largest request body, in bytes (413 beyond it). */
    public static final String MAX_BODY_BYTES = "scrub.limits.apiMaxBodyBytes";
    public static final long DEFAULT_MAX_BODY_BYTES = 16L << 20;
    public static final int DEFAULT_MAX_CONCURRENT = 4;

    /**
     * @param props  application.properties with system properties laid over it
     * @param limits limits.properties (for the body size)
     * @throws IllegalArgumentException a setting is wrong, or the API would be reachable from
     *                                  another machine without TLS and authentication
     */
    public static ApiSettings from(Properties props, Properties limits, Map<String, String> env, Path configDir) {
        boolean enabled = Boolean.parseBoolean(props.getProperty(ENABLED, "false").trim());
        String host = props.getProperty(HTTP_HOST, "127.0.0.1").trim();
        int port = (int) number(props, HTTP_PORT, 0, 0);
        int maxConcurrent = (int) number(props, MAX_CONCURRENT, DEFAULT_MAX_CONCURRENT, 1);
        long maxBody = number(limits, MAX_BODY_BYTES, DEFAULT_MAX_BODY_BYTES, 1);
        String key = secret(props, KEY_ENV, null, env);
        String keyEnv = props.getProperty(KEY_ENV, "").trim();
        if (enabled && !keyEnv.isEmpty() && key == null) {
            // fail closed: a key source that yields no key must not leave the API open, loopback or not
            throw new IllegalArgumentException(KEY_ENV + " = " + keyEnv + " but the environment variable " + keyEnv
                    + " is unset or empty: set it to the API key, or empty " + KEY_ENV
                    + " to run without a key (loopback only)");
        }
        Path keyStore = path(props, KEY_STORE, configDir);
        Path trustStore = path(props, TRUST_STORE, configDir);
        ApiSettings s = new ApiSettings(enabled, host.isEmpty() ? "127.0.0.1" : host, port, maxConcurrent, maxBody,
                key, keyStore, secret(props, KEY_STORE_PASSWORD_ENV, "SCRUB_API_KEYSTORE_PASSWORD", env),
                trustStore, secret(props, TRUST_STORE_PASSWORD_ENV, "SCRUB_API_TRUSTSTORE_PASSWORD", env));
        if (enabled) {
            s.check();
        }
        return s;
    }

    private void check() {
        if (port <= 0) {
            throw new IllegalArgumentException(ENABLED + " = true needs the embedded HTTP server: set " + HTTP_PORT);
        }
        if (trustStore != null) {
            // Camel 4.22's Vert.x server (platform-http-vertx) loads a trust store but never asks the
            // client for a certificate: accepting this setting would promise a check that is not made
            throw new IllegalArgumentException(TRUST_STORE + ": client certificates are not supported by the"
                    + " embedded HTTP server of this Camel version; use an API key (" + KEY_ENV + ")");
        }
        if (!loopback(host)) {
            if (keyStore == null) {
                throw new IllegalArgumentException(HTTP_HOST + " = " + host + " reaches other machines: the API"
                        + " carries claim data and needs TLS there (set " + KEY_STORE + ")");
            }
            if (apiKey == null) {
                throw new IllegalArgumentException(HTTP_HOST + " = " + host + " reaches other machines: the API"
                        + " needs an API key there (" + KEY_ENV + " names the environment variable holding it)");
            }
        }
    }

    public boolean tls() {
        return keyStore != null;
    }

    public boolean clientCertificates() {
        return trustStore != null;
    }

    /** Whether a host name or address only reaches this machine. */
    static boolean loopback(String host) {
        if (host.equals("localhost")) {
            return true;
        }
        try {
            // literal addresses only: a name is not resolved (it could resolve elsewhere tomorrow)
            if (!host.matches("[0-9.]+|\\[?[0-9a-fA-F:]+\\]?")) {
                return false;
            }
            return InetAddress.getByName(host.replace("[", "").replace("]", "")).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static long number(Properties p, String key, long dflt, long min) {
        String v = p.getProperty(key, "").trim().replace("_", "");
        if (v.isEmpty()) {
            return dflt;
        }
        try {
            long n = Long.parseLong(v);
            if (n < min) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number of at least " + min + ", not '" + v + "'");
        }
    }

    private static String secret(Properties p, String key, String defaultEnv, Map<String, String> env) {
        String name = p.getProperty(key, defaultEnv == null ? "" : defaultEnv).trim();
        if (name.isEmpty()) {
            return null;
        }
        String value = env.get(name);
        return value == null || value.isEmpty() ? null : value;
    }

    private static Path path(Properties p, String key, Path configDir) {
        String v = p.getProperty(key, "").trim();
        return v.isEmpty() ? null : Path.of(v).toAbsolutePath();
    }

    /** Never prints a secret. */
    @Override
    public String toString() {
        return "ApiSettings[enabled=" + enabled + ", host=" + host + ", port=" + port + ", tls=" + tls()
                + ", apiKey=" + (apiKey != null) + ", clientCertificates=" + clientCertificates() + "]";
    }
}
