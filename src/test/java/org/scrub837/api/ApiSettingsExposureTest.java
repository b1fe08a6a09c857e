package org.scrub837.api;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The API is off by default, and bound beyond the loopback interface it refuses to start without TLS
 * and authentication.
 */
class ApiSettingsExposureTest {

    private static ApiSettings settings(Map<String, String> env, String... keyValues) {
        Properties p = new Properties();
        p.setProperty(ApiSettings.ENABLED, "true");
        p.setProperty(ApiSettings.HTTP_PORT, "8443");
        for (int i = 0; i < keyValues.length; i += 2) {
            p.setProperty(keyValues[i], keyValues[i + 1]);
        }
        return ApiSettings.from(p, new Properties(), env, Path.of("config"));
    }

    @Test
    void offUnlessEnabled() {
        ApiSettings s = ApiSettings.from(new Properties(), new Properties(), Map.of(), Path.of("config"));
        assertFalse(s.enabled());
        assertEquals("127.0.0.1", s.host());
        assertEquals(ApiSettings.DEFAULT_MAX_BODY_BYTES, s.maxBodyBytes());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0", "10.1.2.3", "scrub.example", "::"})
    void otherHostsNeedTls(String host) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> settings(Map.of("K", "secret"), ApiSettings.HTTP_HOST, host, ApiSettings.KEY_ENV, "K"));
        assertTrue(e.getMessage().contains(ApiSettings.KEY_STORE), e.getMessage());
    }

    @Test
    void otherHostsNeedAuthenticationToo() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> settings(Map.of(), ApiSettings.HTTP_HOST, "0.0.0.0", ApiSettings.KEY_STORE, "/etc/scrub/api.p12"));
        assertTrue(e.getMessage().contains(ApiSettings.KEY_ENV), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "localhost", "::1", "127.0.0.2"})
    void loopbackNeedsNeither(String host) {
        assertDoesNotThrow(() -> settings(Map.of(), ApiSettings.HTTP_HOST, host));
    }

    @Test
    void clientCertificatesAreRefusedRatherThanSilentlyUnchecked() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> settings(Map.of("K", "k"),
                ApiSettings.KEY_ENV, "K", ApiSettings.KEY_STORE, "/etc/scrub/api.p12",
                ApiSettings.TRUST_STORE, "/etc/scrub/clients.p12"));
        assertTrue(e.getMessage().contains("client certificates"), e.getMessage());
    }

    @Test
    void enabledWithoutServerPortIsRefused() {
        Properties p = new Properties();
        p.setProperty(ApiSettings.ENABLED, "true");
        assertThrows(IllegalArgumentException.class, () -> ApiSettings.from(p, new Properties(), Map.of(), Path.of(".")));
    }

    @Test
    void keyIsNeverPrinted() {
        ApiSettings s = settings(Map.of("K", "very-secret-key"), ApiSettings.KEY_ENV, "K");
        assertFalse(s.toString().contains("very-secret-key"));
        assertTrue(new ApiKeyCheck("very-secret-key").matches("very-secret-key"));
        assertFalse(new ApiKeyCheck("very-secret-key").matches("very-secret-kez"));
        assertFalse(new ApiKeyCheck("very-secret-key").matches(null));
    }
}
