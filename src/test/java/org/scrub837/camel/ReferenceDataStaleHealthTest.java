package org.scrub837.camel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrub837.cli.Scrub837;
import org.scrub837.refdata.PublisherFixtures;
import org.scrub837.refdata.ReferenceData;
import org.scrub837.refdata.ReferenceKind;
import org.scrub837.testing.InboxInputs;
import org.scrub837.testing.TestConfig;

import ch.qos.logback.classic.Level;
import picocli.CommandLine;

/**
 * Staleness of the installed editions in the running service: a kind whose newest edition has
 * ended degrades readiness (503, the message naming the kind), is logged at WARN at startup, shows
 * in {@code status} and as the gauges scrub837_refdata_edition_age_days and
 * scrub837_refdata_edition_stale_editions; with {@code scrub.refdata.stale.<kind> = warn} readiness
 * stays UP and the health details still name the edition and its age.
 */
class ReferenceDataStaleHealthTest {

    @TempDir
    Path root;

    /** A PTP edition for the first quarter of 2020: long ended whatever day the test runs. */
    private Path configWithEndedEdition(String... overrides) throws Exception {
        Path config = TestConfig.watchFolder(root, 1);
        Path file = PublisherFixtures.write(root.resolve("downloads"), "ccipra-v260r0-f1.txt",
                PublisherFixtures.ptp("15271 11042 20100101 * 0"));
        ReferenceData.open(config).install(ReferenceKind.NCCI_PTP_PRACTITIONER, file.toString(),
                LocalDate.of(2020, 1, 1), null, null, null, Map.of());
        InboxInputs.override(config, overrides);
        return config;
    }

    @Test
    void anEndedEditionDegradesReadinessAndShowsInStatusAndMetrics() throws Exception {
        int port = ServiceHttp.freePort();
        Path config = configWithEndedEdition("scrub.http.port = " + port);
        String base = "http://127.0.0.1:" + port;
        try (LogCapture log = LogCapture.of(WatchFolderService.class);
                RunningService service = RunningService.start(config)) {
            HttpResponse<String> ready = ServiceHttp.awaitStatus(base + "/observe/health/ready", 503, 60);
            assertTrue(ready.body().contains("degraded: reference data ncci-ptp-practitioner is stale: its newest "
                    + "edition ncci-ptp-practitioner-2020q1 ended 2020-03-31"), ready.body());
            assertEquals(200, ServiceHttp.get(base + "/observe/health/live").statusCode(), "still alive");
            assertTrue(log.has(Level.WARN, "reference data ncci-ptp-practitioner: ncci-ptp-practitioner-2020q1",
                    "ENDED 2020-03-31"));

            String metrics = ServiceHttp.get(base + "/observe/metrics").body();
            assertTrue(metrics.contains("scrub837_refdata_edition_stale_editions{kind=\"ncci-ptp-practitioner\"} 1.0"),
                    metrics);
            long age = java.time.temporal.ChronoUnit.DAYS.between(LocalDate.of(2020, 1, 1), LocalDate.now());
            assertTrue(metrics.contains("scrub837_refdata_edition_age_days{kind=\"ncci-ptp-practitioner\"} " + age
                    + ".0"), metrics);

            StringWriter out = new StringWriter();
            CommandLine cl = Scrub837.commandLine();
            cl.setOut(new PrintWriter(out));
            int status = cl.execute("status", "--url", base);
            assertEquals(1, status, out.toString());
            assertTrue(out.toString().contains("reference-data: DOWN (degraded: reference data ncci-ptp-practitioner "
                    + "is stale"), out.toString());
        }
    }

    @Test
    void aKindSetToWarnKeepsReadinessUpWithItsEditionInTheDetails() throws Exception {
        int port = ServiceHttp.freePort();
        Path config = configWithEndedEdition("scrub.http.port = " + port,
                "scrub.refdata.stale.ncci-ptp-practitioner = warn");
        String base = "http://127.0.0.1:" + port;
        try (RunningService service = RunningService.start(config)) {
            HttpResponse<String> ready = ServiceHttp.awaitStatus(base + "/observe/health/ready", 200, 60);
            assertTrue(ready.body().contains("ncci-ptp-practitioner: ncci-ptp-practitioner-2020q1 (2020-01-01 to "
                    + "2020-03-31, "), ready.body());
            assertTrue(ready.body().contains("ENDED 2020-03-31: install the next edition"), ready.body());
        }
    }
}
