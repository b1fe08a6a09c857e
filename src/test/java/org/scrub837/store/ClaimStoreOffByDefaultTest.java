package org.scrub837.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.scrub837.scrub.ScrubSettings;

/** Without scrub.jdbc.url there is no store: the shipped configuration needs no database. */
class ClaimStoreOffByDefaultTest {

    @Test
    void shippedConfigurationOpensNoStore() throws Exception {
        assertTrue(ClaimStore.open(ScrubSettings.load(Path.of("config"))).isEmpty());
    }

    @Test
    void passwordComesFromTheEnvironmentAndIsNeverPrinted() {
        Properties p = new Properties();
        p.setProperty(StoreSettings.URL, "jdbc:postgresql://db.example:5432/scrub");
        p.setProperty(StoreSettings.USER, "scrub");
        StoreSettings s = StoreSettings.from(p, Map.of(StoreSettings.DEFAULT_PASSWORD_ENV, "s3cret-value"));
        assertTrue("s3cret-value".equals(s.password()));
        assertFalse(s.toString().contains("s3cret-value"));
    }

    @Test
    void otherDatabasesAreRefusedWithTheKeyNamed() {
        Properties p = new Properties();
        p.setProperty(StoreSettings.URL, "jdbc:mysql://127.0.0.1/scrub");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StoreSettings.from(p, Map.of()));
        assertTrue(e.getMessage().contains(StoreSettings.URL));
    }

    @Test
    void windowMustBePositiveDays() {
        assertThrows(IllegalArgumentException.class, () -> ClaimStore.window("0"));
        assertThrows(IllegalArgumentException.class, () -> ClaimStore.window("thirty"));
        assertTrue(ClaimStore.window("") == null);
    }
}
