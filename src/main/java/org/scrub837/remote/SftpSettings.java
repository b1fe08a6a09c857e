package org.scrub837.remote;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import org.scrub837.settings.SettingsCatalogue;

/**
 * The SFTP settings ({@code scrub.sftp.*}). Off unless {@code scrub.sftp.enabled = true}. The server's
 * host key is always checked against {@code scrub.sftp.knownHostsFile} (strict checking; there is no
 * setting to turn it off). Authentication by private key ({@code scrub.sftp.privateKeyFile}, its
 * passphrase from an environment variable) or by password (from an environment variable); secrets
 * never sit in config/.
 */
public record SftpSettings(boolean enabled, String host, int port, String user, String password,
        Path privateKeyFile, String privateKeyPassphrase, Path knownHostsFile, boolean deliver) {

    public static final String ENABLED = "scrub.sftp.enabled";
    public static final String HOST = "scrub.sftp.host";
    public static final String PORT = "scrub.sftp.port";
    public static final String USER = "scrub.sftp.user";
    public static final String PASSWORD_ENV = "scrub.sftp.passwordEnv";
    public static final String PRIVATE_KEY = "scrub.sftp.privateKeyFile";
    public static final String PASSPHRASE_ENV = "scrub.sftp.privateKeyPassphraseEnv";
    public static final String KNOWN_HOSTS = "scrub.sftp.knownHostsFile";
    public static final String DELIVER = "scrub.sftp.deliver";

    public static SftpSettings from(Properties p, Map<String, String> env) {
        return from(p, env, Path.of(""));
    }

    /** @param configDir relative key and known_hosts files resolve against it, as every path of the settings */
    public static SftpSettings from(Properties p, Map<String, String> env, Path configDir) {
        boolean enabled = Boolean.parseBoolean(p.getProperty(ENABLED, "false").trim());
        String host = p.getProperty(HOST, "").trim();
        String portText = p.getProperty(PORT, "22").trim();
        int port;
        try {
            port = Integer.parseInt(portText);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(PORT + " must be a port number, not '" + portText + "'");
        }
        String user = p.getProperty(USER, "").trim();
        String password = secret(p, PASSWORD_ENV, "SCRUB_SFTP_PASSWORD", env);
        Path key = SettingsCatalogue.SFTP_PRIVATE_KEY.path(p, configDir);
        Path knownHosts = SettingsCatalogue.SFTP_KNOWN_HOSTS.path(p, configDir);
        SftpSettings s = new SftpSettings(enabled, host, port, user, password,
                key,
                secret(p, PASSPHRASE_ENV, "SCRUB_SFTP_KEY_PASSPHRASE", env),
                knownHosts,
                Boolean.parseBoolean(p.getProperty(DELIVER, "true").trim()));
        if (enabled) {
            s.check();
        }
        return s;
    }

    private void check() {
        if (host.isEmpty() || user.isEmpty()) {
            throw new IllegalArgumentException(ENABLED + " = true needs " + HOST + " and " + USER);
        }
        if (knownHostsFile == null || !Files.isReadable(knownHostsFile)) {
            throw new IllegalArgumentException(KNOWN_HOSTS + " must name a readable known_hosts file with the"
                    + " server's host key: the host key is always checked");
        }
        if (privateKeyFile == null && password == null) {
            throw new IllegalArgumentException("SFTP needs a private key (" + PRIVATE_KEY + ") or a password (in the"
                    + " environment variable named by " + PASSWORD_ENV + ")");
        }
        if (privateKeyFile != null && !Files.isReadable(privateKeyFile)) {
            throw new IllegalArgumentException(PRIVATE_KEY + " = " + privateKeyFile + " cannot be read");
        }
    }

    /**
     * Placeholders for routes/sftp.yaml: the connection's secrets are handed to Camel here, from the
     * environment, and only the one authentication way configured is set (the route's optional
     * placeholders drop the others).
     */
    public Map<String, String> placeholders() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(PORT, Integer.toString(port));
        m.put(KNOWN_HOSTS, knownHostsFile.toString());
        if (privateKeyFile != null) {
            m.put("scrub.sftp.privateKey", privateKeyFile.toString());
            if (privateKeyPassphrase != null) {
                m.put("scrub.sftp.privateKeyPassphrase", privateKeyPassphrase);
            }
        } else {
            m.put("scrub.sftp.password", password);
        }
        return m;
    }

    private static String secret(Properties p, String key, String defaultEnv, Map<String, String> env) {
        String name = p.getProperty(key, defaultEnv).trim();
        String v = name.isEmpty() ? null : env.get(name);
        return v == null || v.isEmpty() ? null : v;
    }

    @Override
    public String toString() {
        return "SftpSettings[enabled=" + enabled + ", host=" + host + ", port=" + port + ", user=" + user
                + ", key=" + (privateKeyFile != null) + ", password=" + (password != null) + "]";
    }
}
