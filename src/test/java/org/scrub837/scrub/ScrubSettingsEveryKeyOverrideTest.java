package org.scrub837.scrub;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrub837.settings.Setting;
import org.scrub837.settings.SettingsCatalogue;

/**
 * Every declared key, whichever file holds it, is overridden the same way: by its SCRUB_* variable
 * (dots as underscores, or underscores between the words too) and by a -D system property, which
 * wins over both.
 */
class ScrubSettingsEveryKeyOverrideTest {

    @TempDir
    Path config;

    @Test
    void environmentAndSystemPropertyOverrideEveryKey() throws IOException {
        Files.writeString(config.resolve(ScrubSettings.FILE_NAME), "");
        Files.writeString(config.resolve("limits.properties"), "");
        List<String> ignored = new ArrayList<>();
        for (Setting s : SettingsCatalogue.ALL) {
            Properties none = new Properties();
            String env = ScrubSettings.load(config, Map.of(s.environmentName(), "from-env"), none).properties()
                    .getProperty(s.key());
            if (!"from-env".equals(env)) {
                ignored.add(s.environmentName() + " -> " + s.key() + " = " + env);
            }
            String words = "SCRUB_" + s.key().substring(6).replaceAll("([a-z])([A-Z])", "$1_$2").replace('.', '_')
                    .toUpperCase(java.util.Locale.ROOT);
            String split = ScrubSettings.load(config, Map.of(words, "split"), none).properties().getProperty(s.key());
            if (!"split".equals(split)) {
                ignored.add(words + " -> " + s.key() + " = " + split);
            }
            Properties system = new Properties();
            system.setProperty(s.key(), "from-system");
            String sys = ScrubSettings.load(config, Map.of(s.environmentName(), "from-env"), system).properties()
                    .getProperty(s.key());
            if (!"from-system".equals(sys)) {
                ignored.add("-D" + s.key() + " = " + sys);
            }
        }
        assertEquals(List.of(), ignored, "overrides ignored");
    }
}
