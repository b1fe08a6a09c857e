package org.scrub837.api;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import org.scrub837.settings.SettingsCatalogue;

/**
 * The HTTP API's settings. The API is off unless {@code scrub.api.enabled = true}; it runs on the
 * embedded HTTP server ({@code scrub.http.port}, {@code scrub.http.host}, default 127.0.0.1). Bound
 * to anything but a loopback address it refuses to start without TLS ({@code scrub.api.tls.keyStore})
 * and authentication (an API key from the environment variable {@code scrub.api.keyEnv}; client
 * certificates are refused, see {@link #check()}). Secrets come from environment
 * variables, never from files in config/.
 */
public record ApiSettings(boolean enabled, String host, int port, int maxConcurrent, int maxScrubbing,
        long maxBodyBytes, long maxAnswerBytes, String apiKey, Path keyStore, String keyStorePassword, Path trustStore, String trustStorePassword) {

    public static final String ENABLED = SettingsCatalogue.API_ENABLED.key();
    public static final String HTTP_PORT = SettingsCatalogue.HTTP_PORT.key();
    public static final String HTTP_HOST = SettingsCatalogue.HTTP_HOST.key();
    public static final String MAX_CONCURRENT = SettingsCatalogue.API_MAX_CONCURRENT.key();
    public static final String MAX_SCRUBBING = SettingsCatalogue.API_MAX_SCRUBBING.key();
    public static final String MAX_ANSWER_BYTES = SettingsCatalogue.API_MAX_ANSWER_BYTES.key();
    public static final String KEY_ENV = SettingsCatalogue.API_KEY_ENV.key();
    public static final String KEY_STORE = SettingsCatalogue.API_KEY_STORE.key();
    public static final String KEY_STORE_PASSWORD_ENV = SettingsCatalogue.API_KEY_STORE_PASSWORD_ENV.key();
    public static final String TRUST_STORE = SettingsCatalogue.API_TRUST_STORE.key();
    public static final String TRUST_STORE_PASSWORD_ENV = SettingsCatalogue.API_TRUST_STORE_PASSWORD_ENV.key();
    /** In config/limits.properties: the largest request body, in bytes (413 beyond it). */
    public static final String MAX_BODY_BYTES = SettingsCatalogue.API_MAX_BODY_BYTES.key();
    public static final long DEFAULT_MAX_BODY_BYTES = Long.parseLong(SettingsCatalogue.API_MAX_BODY_BYTES.defaultValue());
    public static final int DEFAULT_MAX_CONCURRENT = Integer.parseInt(SettingsCatalogue.API_MAX_CONCURRENT.defaultValue());

    /**
     * @param props  application.properties with system properties laid over it
     * @param limits limits.properties (for the body size)
     * @throws IllegalArgumentException a setting is wrong, or the API would be reachable from
     *                                  another machine without TLS and authentication
     */
    public static ApiSettings from(Properties props, Properties limits, Map<String, String> env, Path configDir) {
        Properties p = new Properties();
        p.putAll(limits);
        p.putAll(props);
        boolean enabled = SettingsCatalogue.API_ENABLED.bool(p);
        String host = SettingsCatalogue.HTTP_HOST.raw(p);
        int port = SettingsCatalogue.HTTP_PORT.wholeInt(p);
        int maxConcurrent = SettingsCatalogue.API_MAX_CONCURRENT.wholeInt(p);
        // CPU-bound scrubs on every core would leave the HTTP server's event loop (health, metrics)
        // waiting for one: a burst of requests made readiness wait seconds on a 2-core machine
        int maxScrubbing = SettingsCatalogue.API_MAX_SCRUBBING.wholeOrAuto(p,
                Math.max(1, Runtime.getRuntime().availableProcessors() - 1));
        long maxBody = SettingsCatalogue.API_MAX_BODY_BYTES.wholeNumber(p);
        String key = SettingsCatalogue.API_KEY_ENV.secretFrom(p, env);
        String keyEnv = SettingsCatalogue.API_KEY_ENV.raw(p);
        if (enabled && !keyEnv.isEmpty() && key == null) {
            // fail closed: a key source that yields no key must not leave the API open, loopback or not
            throw new IllegalArgumentException(KEY_ENV + " = " + keyEnv + " but the environment variable " + keyEnv
                    + " is unset or empty: set it to the API key, or empty " + KEY_ENV
                    + " to run without a key (loopback only)");
        }
        // relative stores resolve against the configuration folder, like every path of the settings
        Path keyStore = SettingsCatalogue.API_KEY_STORE.path(p, configDir);
        Path trustStore = SettingsCatalogue.API_TRUST_STORE.path(p, configDir);
        ApiSettings s = new ApiSettings(enabled, host, port, maxConcurrent, maxScrubbing, maxBody,
                SettingsCatalogue.API_MAX_ANSWER_BYTES.wholeNumber(p),
                key, keyStore, SettingsCatalogue.API_KEY_STORE_PASSWORD_ENV.secretFrom(p, env),
                trustStore, SettingsCatalogue.API_TRUST_STORE_PASSWORD_ENV.secretFrom(p, env));
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

    /** Never prints a secret. */
    @Override
    public String toString() {
        return "ApiSettings[enabled=" + enabled + ", host=" + host + ", port=" + port + ", tls=" + tls()
                + ", apiKey=" + (apiKey != null) + ", clientCertificates=" + clientCertificates() + "]";
    }
}
