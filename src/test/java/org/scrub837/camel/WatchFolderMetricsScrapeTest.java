package org.scrub837.camel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.scrub837.cli.Scrub837;
import org.scrub837.testing.InboxInputs;
import org.scrub837.testing.TestConfig;

import picocli.CommandLine;

/**
 * Issue #10, finding 7: after a few files, {@code /observe/metrics} counts them by outcome, their
 * claims by result and their findings by rule id, exactly as their reports say; the scrub time
 * histogram has one observation per file; no label holds a file name or claim data; and
 * {@code scrub837 status} prints the same counters.
 */
class WatchFolderMetricsScrapeTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern FINDING = Pattern.compile("^scrub837_findings_total\\{rule=\"([^\"]+)\",?\\} (\\S+)$");

    @TempDir
    Path root;

    @Test
    void countersMatchTheReportsOfTheFilesDropped() throws Exception {
        int port = ServiceHttp.freePort();
        Path config = TestConfig.watchFolder(root, 2);
        InboxInputs.override(config, "scrub.http.port = " + port);
        Path inbox = root.resolve("inbox");
        String base = "http://127.0.0.1:" + port;
        try (RunningService service = RunningService.start(config)) {
            ServiceHttp.awaitStatus(base + "/observe/health/ready", 200, 60);
            InboxInputs.drop(inbox, "mixed.837", Files.readAllBytes(Path.of("edi-samples/837P/multi-claim-mixed.edi")));
            InboxInputs.drop(inbox, "clean.837", Files.readAllBytes(Path.of("edi-samples/837P/q4293-clean.edi")));
            InboxInputs.drop(inbox, "junk.pdf", InboxInputs.notAnEdiFile(1));
            WatchFolderRouteTest.awaitTrue(() -> Files.exists(root.resolve("archive/mixed.837"))
                    && Files.exists(root.resolve("archive/clean.837")) && Files.exists(root.resolve("failed/junk.pdf")),
                    60);

            Map<String, Long> expectedFiles = new TreeMap<>();
            Map<String, Long> expectedFindings = new TreeMap<>();
            long accepted = 0;
            long rejected = 0;
            for (String name : new String[] {"mixed", "clean", "junk"}) {
                JsonNode report = JSON.readTree(root.resolve("reports/" + name + ".report.json").toFile());
                expectedFiles.merge(report.path("status").asText(), 1L, Long::sum);
                accepted += report.path("summary").path("accepted").asLong();
                rejected += report.path("summary").path("rejected").asLong();
                for (JsonNode claim : report.path("claims")) {
                    for (JsonNode f : claim.path("findings")) {
                        expectedFindings.merge(f.path("rule").asText(), 1L, Long::sum);
                    }
                }
                for (JsonNode f : report.path("fileFindings")) {
                    expectedFindings.merge(f.path("rule").asText(), 1L, Long::sum);
                }
            }

            // the backlog gauge is sampled every second: wait for a sample taken after the files left
            HttpResponse<String> scraped = ServiceHttp.get(base + "/observe/metrics");
            for (int i = 0; i < 150 && value(scraped.body(), "scrub837_inbox_backlog_files") != 0; i++) {
                Thread.sleep(200);
                scraped = ServiceHttp.get(base + "/observe/metrics");
            }
            assertEquals(200, scraped.statusCode());
            String metrics = scraped.body();
            for (Map.Entry<String, Long> e : expectedFiles.entrySet()) {
                assertEquals(e.getValue(), value(metrics, "scrub837_files_total{outcome=\"" + e.getKey() + "\""),
                        "files " + e.getKey());
            }
            assertEquals(accepted, value(metrics, "scrub837_claims_total{result=\"accepted\""));
            assertEquals(rejected, value(metrics, "scrub837_claims_total{result=\"rejected\""));
            assertEquals(expectedFindings, findings(metrics));
            assertEquals(3, value(metrics, "scrub837_file_scrub_seconds_count"));
            assertTrue(metrics.contains("scrub837_file_scrub_seconds_bucket{le="), "a histogram");
            assertEquals(0, value(metrics, "scrub837_inbox_backlog_files"));
            for (String forbidden : new String[] {"mixed", "clean.837", "junk", "PCN-"}) {
                assertFalse(metrics.contains(forbidden), "no file name or claim data in a metric: " + forbidden);
            }

            StringWriter out = new StringWriter();
            CommandLine status = Scrub837.commandLine();
            status.setOut(new PrintWriter(out));
            assertEquals(0, status.execute("status", "--url", base), out.toString());
            assertTrue(out.toString().contains("ready"), out.toString());
            assertTrue(out.toString().contains("claims:   accepted " + accepted + ", rejected " + rejected),
                    out.toString());
            assertTrue(out.toString().contains("failed 1"), out.toString());
        }
    }

    /** The value of the one sample whose text starts with {@code prefix}. */
    private static long value(String metrics, String prefix) {
        for (String line : metrics.split("\n")) {
            if (line.startsWith(prefix)) {
                return Math.round(Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)));
            }
        }
        throw new AssertionError("no sample " + prefix + " in:\n" + metrics);
    }

    private static Map<String, Long> findings(String metrics) {
        Map<String, Long> byRule = new TreeMap<>();
        for (String line : metrics.split("\n")) {
            Matcher m = FINDING.matcher(line);
            if (m.matches()) {
                byRule.put(m.group(1), Math.round(Double.parseDouble(m.group(2))));
            }
        }
        return byRule;
    }
}
