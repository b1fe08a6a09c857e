package org.scrub837.store;

import java.util.Map;
import java.util.Properties;

import org.scrub837.settings.SettingsCatalogue;

/**
 * Where the PostgreSQL store is: {@code scrub.jdbc.url} (empty: no database, the single-node
 * file-based default), {@code scrub.jdbc.user}, and the password from the environment variable
 * named by {@code scrub.jdbc.passwordEnv} (default {@value #DEFAULT_PASSWORD_ENV}), never from a file
 * in config/; and the secret of the claim history's patient key ({@link PatientKeys}) from the
 * environment variable named by {@code scrub.history.patientKeySecretEnv} (default
 * {@value #DEFAULT_PATIENT_KEY_SECRET_ENV}), required whenever the store is on.
 */
public record StoreSettings(String url, String user, String password, String patientKeySecret) {

    public static final String URL = SettingsCatalogue.JDBC_URL.key();
    public static final String USER = SettingsCatalogue.JDBC_USER.key();
    public static final String PASSWORD_ENV = SettingsCatalogue.JDBC_PASSWORD_ENV.key();
    public static final String DEFAULT_PASSWORD_ENV = SettingsCatalogue.JDBC_PASSWORD_ENV.defaultValue();
    public static final String PATIENT_KEY_SECRET_ENV = SettingsCatalogue.PATIENT_KEY_SECRET_ENV.key();
    public static final String DEFAULT_PATIENT_KEY_SECRET_ENV = SettingsCatalogue.PATIENT_KEY_SECRET_ENV.defaultValue();

    /** The configured database, or null when {@code scrub.jdbc.url} is empty or absent. */
    public static StoreSettings from(Properties props, Map<String, String> environment) {
        String url = SettingsCatalogue.JDBC_URL.raw(props);
        if (url.isEmpty()) {
            return null;
        }
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException(URL + " must be a PostgreSQL JDBC URL (jdbc:postgresql://host:port/db)");
        }
        String user = SettingsCatalogue.JDBC_USER.raw(props);
        String password = SettingsCatalogue.JDBC_PASSWORD_ENV.secretFrom(props, environment);
        String secret = SettingsCatalogue.PATIENT_KEY_SECRET_ENV.secretFrom(props, environment);
        return new StoreSettings(url, user.isEmpty() ? null : user, password, secret);
    }

    /**
     * The patient key secret, checked: whatever writes or compares patient keys (the service, the
     * API's duplicate-claim edit) needs it.
     *
     * @throws IllegalArgumentException it is unset, empty or shorter than {@value PatientKeys#MIN_SECRET_LENGTH}
     */
    public PatientKeys patientKeys(Properties props) {
        if (patientKeySecret == null || patientKeySecret.length() < PatientKeys.MIN_SECRET_LENGTH) {
            String secretEnv = SettingsCatalogue.PATIENT_KEY_SECRET_ENV.raw(props);
            // the history's patient key is keyed with it: without one the store would keep guessable hashes
            throw new IllegalArgumentException(URL + " is set, so the environment variable " + secretEnv + " ("
                    + PATIENT_KEY_SECRET_ENV + ") must hold the patient key secret, at least "
                    + PatientKeys.MIN_SECRET_LENGTH + " characters (e.g. openssl rand -hex 32); it is "
                    + (patientKeySecret == null || patientKeySecret.isEmpty() ? "unset or empty" : "too short"));
        }
        return new PatientKeys(patientKeySecret);
    }

    /** Never prints the password or the secret. */
    @Override
    public String toString() {
        // scrub.jdbc.url is a secret setting: a JDBC URL may carry a password parameter
        return "StoreSettings[url=" + (url == null || url.isEmpty() ? "(empty)" : "(set)") + ", user=" + user + "]";
    }
}
