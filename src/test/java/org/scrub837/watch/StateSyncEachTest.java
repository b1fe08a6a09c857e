package org.scrub837.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrub837.settings.SettingsCatalogue;
import org.scrub837.scrub.ScrubSettings.StateSyncMode;

/**
 * {@code scrub.stateSync = each}: a record is synced by the consumer before {@code record} returns,
 * not handed to the state-sync thread; the default is background.
 */
class StateSyncEachTest {

    private static final String HASH = "e".repeat(64);

    @TempDir
    Path dir;

    @Test
    void eachRecordIsSyncedInPlaceNotHandedToTheSyncThread() throws Exception {
        Path file = dir.resolve("seen-files.tsv");
        SeenFiles seen = new SeenFiles(file, true);
        long before = StateSync.syncs();

        seen.record(HASH, "first.837");

        assertEquals("first.837", new SeenFiles(file).nameOf(HASH));
        assertEquals(before, StateSync.syncs(), "no request to the state-sync thread");
    }

    @Test
    void settingChoosesEachOrBackgroundByDefault() {
        Properties each = new Properties();
        each.setProperty("scrub.stateSync", "each");
        assertEquals(StateSyncMode.EACH, SettingsCatalogue.STATE_SYNC.choice(each, StateSyncMode.class));
        assertEquals(StateSyncMode.BACKGROUND, SettingsCatalogue.STATE_SYNC.choice(new Properties(), StateSyncMode.class));
    }
}
