package org.scrub837.store;

import java.util.Map;
import java.util.Properties;

/**
 * Where the PostgreSQL store is: {@code scrub.jdbc.url} (empty: no database, the single-node
 * file-based default), {@code scrub.jdbc.user}, and the password from the environment variable
 * named by {@code scrub.jdbc.passwordEnv} (default {@value #DEFAULT_PASSWORD_ENV}), never from a file
 * in config/.
 */
public record StoreSettings(String url, String user, String password) {

    public static final String URL = "scrub.jdbc.url";
    public static final String USER = "scrub.jdbc.user";
    public static final String PASSWORD_ENV = "scrub.jdbc.passwordEnv";
    public static final String DEFAULT_PASSWORD_ENV = "SCRUB_JDBC_PASSWORD";

    /** The configured database, or null when {@code scrub.jdbc.url} is empty or absent. */
    public static StoreSettings from(Properties props, Map<String, String> environment) {
        String url = props.getProperty(URL, "").trim();
        if (url.isEmpty()) {
            return null;
        }
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException(URL + " must be a PostgreSQL JDBC URL (jdbc:postgresql://host:port/db)");
        }
        String user = props.getProperty(USER, "").trim();
        String passwordEnv = props.getProperty(PASSWORD_ENV, DEFAULT_PASSWORD_ENV).trim();
        String password = passwordEnv.isEmpty() ? null : environment.get(passwordEnv);
        return new StoreSettings(url, user.isEmpty() ? null : user, password);
    }

    /** Never prints the password. */
    @Override
    public String toString() {
        return "StoreSettings[url=" + url + ", user=" + user + "]";
    }
}
