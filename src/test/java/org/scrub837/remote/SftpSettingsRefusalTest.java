package org.scrub837.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SFTP is off by default; on, it refuses to run without known hosts or without a way to log in. */
class SftpSettingsRefusalTest {

    @TempDir
    Path dir;

    private Properties on(String... keyValues) {
        Properties p = new Properties();
        p.setProperty(SftpSettings.ENABLED, "true");
        p.setProperty(SftpSettings.HOST, "sftp.example");
        p.setProperty(SftpSettings.USER, "clinic");
        for (int i = 0; i < keyValues.length; i += 2) {
            p.setProperty(keyValues[i], keyValues[i + 1]);
        }
        return p;
    }

    @Test
    void offByDefault() {
        assertFalse(SftpSettings.from(new Properties(), Map.of()).enabled());
    }

    @Test
    void knownHostsAreRequired() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SftpSettings.from(on(), Map.of("SCRUB_SFTP_PASSWORD", "pw")));
        assertTrue(e.getMessage().contains(SftpSettings.KNOWN_HOSTS), e.getMessage());
    }

    @Test
    void aWayToLogInIsRequired() throws Exception {
        Path known = Files.writeString(dir.resolve("known_hosts"), "");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SftpSettings.from(on(SftpSettings.KNOWN_HOSTS, known.toString()), Map.of()));
        assertTrue(e.getMessage().contains(SftpSettings.PRIVATE_KEY), e.getMessage());
    }

    @Test
    void passwordFromTheEnvironmentReachesOnlyTheRoute() throws Exception {
        Path known = Files.writeString(dir.resolve("known_hosts"), "");
        SftpSettings s = SftpSettings.from(on(SftpSettings.KNOWN_HOSTS, known.toString()),
                Map.of("SCRUB_SFTP_PASSWORD", "pw-from-env"));
        assertEquals("pw-from-env", s.placeholders().get("scrub.sftp.password"));
        assertFalse(s.placeholders().containsKey("scrub.sftp.privateKey"));
        assertFalse(s.toString().contains("pw-from-env"));
    }

    @Test
    void remoteFoldersAreSeenFromTheInbox() {
        assertEquals("../archive", RemoteService.relative("inbox", "archive"));
        assertEquals("../../done/archive", RemoteService.relative("/data/in", "/done/archive"));
        assertThrows(IllegalArgumentException.class, () -> RemoteService.relative("/data/in", "archive"));
    }
}
