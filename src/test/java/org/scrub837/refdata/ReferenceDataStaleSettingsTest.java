package org.scrub837.refdata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.scrub837.settings.Setting;
import org.scrub837.settings.SettingsCatalogue;

/**
 * The settings catalogue declares one {@code scrub.refdata.stale.<kind>} per reference kind (it
 * cannot read the kinds itself: settings know nothing of the packages that use them), so a kind
 * added without its setting would be warned about as an unknown key.
 */
class ReferenceDataStaleSettingsTest {

    @Test
    void oneStaleSettingPerReferenceKind() {
        List<String> kinds = Arrays.stream(ReferenceKind.values()).map(k -> ReferenceData.STALE_KEY_PREFIX + k.id())
                .toList();
        List<String> declared = SettingsCatalogue.REFDATA_STALE.stream().map(Setting::key).toList();
        assertEquals(kinds, declared);
    }
}
