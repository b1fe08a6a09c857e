package org.scrub837.scrub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.scrub837.read.ReaderLimits;

/**
 * Issue #10, findings 3, 4 and 6: relative folders start at the configuration folder; every
 * {@code scrub.*} key can be set by an environment variable (Camel's naming) or a system property
 * (which wins); the new settings have their documented defaults.
 */
class ScrubSettingsOverridesTest {

    @TempDir
    Path root;

    @Test
    void relativeFoldersStartAtTheConfigurationFolder() throws IOException {
        ScrubSettings s = load("scrub.inbox = ../work/inbox\nscrub.outbox = out\nscrub.reports = /abs/reports\n",
                Map.of(), new Properties());

        assertEquals(root.resolve("work/inbox"), s.inbox());
        assertEquals(root.resolve("config/out"), s.outbox());
        assertEquals(Path.of("/abs/reports"), s.reports());
    }

    @ParameterizedTest
    @CsvSource({
        "SCRUB_INBOX, scrub.inbox, /env/inbox",
        "SCRUB_OUTBOX, scrub.outbox, /env/outbox",
        "SCRUB_HTTP_PORT, scrub.http.port, 9911",
        "SCRUB_READLOCKMINAGE, scrub.readLockMinAge, 1234",
        "SCRUB_READ_LOCK_MIN_AGE, scrub.readLockMinAge, 1234",
        "SCRUB_OUTPUTMODE, scrub.outputMode, 0600",
        "SCRUB_LIMITS_MAXFILEBYTES, scrub.limits.maxFileBytes, 5000",
    })
    void anEnvironmentVariableSetsItsKey(String variable, String key, String value) throws IOException {
        ScrubSettings s = load("scrub.inbox = in\nscrub.readLockMinAge = 10000\n", Map.of(variable, value),
                new Properties());

        assertEquals(value, s.get(key, null));
    }

    @Test
    void aSystemPropertyWinsOverTheEnvironment() throws IOException {
        Properties system = new Properties();
        system.setProperty("scrub.outbox", "/sys/outbox");

        ScrubSettings s = load("scrub.outbox = out\n", Map.of("SCRUB_OUTBOX", "/env/outbox"), system);

        assertEquals(Path.of("/sys/outbox"), s.outbox());
    }

    @Test
    void anEnvironmentFolderIsUsedForEveryFolderSetting() throws IOException {
        Map<String, String> env = Map.of("SCRUB_INBOX", "/e/in", "SCRUB_OUTBOX", "/e/out", "SCRUB_REPORTS", "/e/rep",
                "SCRUB_ARCHIVE", "/e/arc", "SCRUB_FAILED", "/e/fail", "SCRUB_STATE", "/e/state");

        ScrubSettings s = load("", env, new Properties());

        assertEquals(Path.of("/e/in"), s.inbox());
        assertEquals(Path.of("/e/out"), s.outbox());
        assertEquals(Path.of("/e/rep"), s.reports());
        assertEquals(Path.of("/e/arc"), s.archive());
        assertEquals(Path.of("/e/fail"), s.failed());
        assertEquals(Path.of("/e/state"), s.state());
    }

    @Test
    void limitsTakeTheSameOverrides() throws IOException {
        Properties limits = new Properties();
        limits.setProperty(ReaderLimits.MAX_FILE_BYTES, "1000");
        Properties system = new Properties();
        system.setProperty(ReaderLimits.MAX_SEGMENT_LENGTH, "777");

        ScrubSettings.overlay(limits, Map.of("SCRUB_LIMITS_MAXFILEBYTES", "2000"), system);

        assertEquals(2000, ReaderLimits.fromProperties(limits).maxFileBytes());
        assertEquals(777, ReaderLimits.fromProperties(limits).maxSegmentLength());
    }

    @Test
    void newSettingsHaveTheirDocumentedDefaults() throws IOException {
        ScrubSettings s = load("", Map.of(), new Properties());

        assertEquals(10_000, s.readLockMinAge());
        assertFalse(s.recursive());
        assertEquals(PosixFilePermissions.fromString("rw-r-----"), s.outputMode());
        assertEquals(0, s.httpPort());
        assertEquals("127.0.0.1", s.httpHost());
    }

    @Test
    void theShippedConfigurationSaysTenSecondsAndNoRecursion() throws IOException {
        ScrubSettings s = ScrubSettings.load(Path.of("config"), Map.of(), new Properties());

        assertEquals(10_000, s.readLockMinAge());
        assertFalse(s.recursive());
        assertEquals(Path.of("work/inbox").toAbsolutePath(), s.inbox());
    }

    @ParameterizedTest
    @CsvSource({"scrub.outputMode, 0999", "scrub.outputMode, rw-r", "scrub.http.port, 70000", "scrub.recursive, yes"})
    void aBadValueIsRefusedByName(String key, String value) throws IOException {
        ScrubSettings s = load(key + " = " + value + "\n", Map.of(), new Properties());

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> {
            s.outputMode();
            s.httpPort();
            s.recursive();
        });
        assertEquals(true, e.getMessage().contains(key), e.getMessage());
    }

    private ScrubSettings load(String lines, Map<String, String> env, Properties system) throws IOException {
        Path config = Files.createDirectories(root.resolve("config"));
        Files.writeString(config.resolve(ScrubSettings.FILE_NAME), lines);
        return ScrubSettings.load(config, env, system);
    }
}
