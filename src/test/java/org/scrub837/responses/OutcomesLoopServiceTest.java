package org.scrub837.responses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrub837.responses.ClaimFiles.Spec;
import org.scrub837.responses.PayerSide.ClaimAck;
import org.scrub837.responses.PayerSide.Remit;
import org.scrub837.responses.PayerSide.TransactionAck;
import org.scrub837.store.StoreSettings;
import org.scrub837.store.TestDatabase;
import org.scrub837.testing.InboxInputs;
import org.scrub837.testing.ShippedJar;
import org.scrub837.testing.TestConfig;

/**
 * The whole loop on the running service, the shipped jar ({@code target/scrub837.jar}, built by
 * {@code mvn verify} before this test runs: {@link ShippedJar}): an 837 in, the clean 837 out and recorded, the payer's 999 (after a TA1), 277CA and
 * 835 for it in, then {@code outcomes} and {@code history} from the jar and the metrics scraped,
 * every figure exact.
 */
@Tag(ShippedJar.TAG)
class OutcomesLoopServiceTest {

    private static final BigDecimal CHARGE = new BigDecimal("1150");

    @TempDir
    Path root;

    @Test
    void claimsInResponsesInFiguresOut() throws Exception {
        try (TestDatabase tdb = TestDatabase.create()) {
            Path config = TestConfig.watchFolder(root, 1);
            int port = freePort();
            InboxInputs.override(config, StoreSettings.URL + " = " + tdb.url(), StoreSettings.USER + " = " + tdb.user(),
                    "scrub.http.port = " + port, "scrub.responses = " + root.resolve("responses"));
            Process service = java(root.resolve("service.log"), "run", "--config", config.toString());
            try {
                HttpClient http = HttpClient.newHttpClient();
                awaitTrue(() -> metrics(http, port) != null, 90, service, "the service's metrics");

                InboxInputs.drop(root.resolve("inbox"), "claims.837", ClaimFiles.professional("000000401", "4011",
                        List.of(List.of(new Spec("L1", "00952", false), new Spec("L2", "00952", false),
                                new Spec("L3", "00952", false), new Spec("L4", "00952", true)),
                                List.of(new Spec("M1", "99999", false)))).getBytes(StandardCharsets.US_ASCII));
                awaitTrue(() -> Files.exists(root.resolve("archive/claims.837")), 90, service, "the 837 scrubbed");

                // the payer answers what it received: the clean 837's own control numbers
                List<SubmittedClaim> sent;
                try (InputStream in = Files.newInputStream(root.resolve("outbox/claims.clean.837"))) {
                    sent = SubmissionReader.read(in);
                }
                assertEquals(List.of("L1", "L2", "L3", "M1"), sent.stream().map(SubmittedClaim::claimId).toList());
                SubmittedClaim first = sent.get(0);
                Path responses = root.resolve("responses");
                InboxInputs.drop(responses, "front.999", PayerSide.ack999(first.interchangeControl(),
                        first.groupControl(), List.of(new TransactionAck(sent.get(0).transactionControl(), 'A', null, null),
                                new TransactionAck(sent.get(3).transactionControl(), 'R', "NM1", "I12")))
                        .getBytes(StandardCharsets.US_ASCII));
                InboxInputs.drop(responses, "claims.277ca", PayerSide.claimAck(List.of(
                        new ClaimAck("L1", CHARGE, "A2:20:PR", "ICN-L1"), new ClaimAck("L2", CHARGE, "A7:255:41", null),
                        new ClaimAck("L3", CHARGE, "A1:19:PR", null))).getBytes(StandardCharsets.US_ASCII));
                InboxInputs.drop(responses, "pay.835", PayerSide.remittance(List.of(
                        new Remit("L1", CHARGE, new BigDecimal("900.00"), "1", "CO", "45"),
                        new Remit("L3", CHARGE, BigDecimal.ZERO, "4", "CO", "50"))).getBytes(StandardCharsets.US_ASCII));
                Path archived = root.resolve("archive/responses");
                awaitTrue(() -> Files.isDirectory(archived) && names(archived).size() == 3, 90, service,
                        "the responses read");
                assertEquals(List.of("claims.277ca", "front.999", "pay.835"), names(archived));

                String scraped = metrics(http, port);
                for (String kind : new String[] {"TA1", "999", "277CA", "835"}) {
                    assertEquals(1.0, value(scraped, "scrub837_responses_total{kind=\"" + kind + "\"}"), kind);
                }
                // 999: TA1 4 + transaction 0001 3 + 0002 1 + group 4; 277CA 3; 835 2
                assertEquals(17.0, value(scraped, "scrub837_response_claims_matched_total"));
                assertEquals(0.0, value(scraped, "scrub837_response_items_unmatched_total"));
                assertEquals(4.0, value(scraped, "scrub837_claims_forwarded_total"));
                assertEquals(1.0, value(scraped, "scrub837_escapes_total{payer=\"00952\"}"));
                assertEquals(1.0, value(scraped, "scrub837_escapes_total{payer=\"99999\"}"));
                assertEquals(0.5, value(scraped, "scrub837_first_pass_acceptance_ratio{payer=\"all\"}"));
                assertEquals(2.0 / 3, value(scraped, "scrub837_first_pass_acceptance_ratio{payer=\"00952\"}"), 1e-9);
                assertEquals(0.0, value(scraped, "scrub837_first_pass_acceptance_ratio{payer=\"99999\"}"));
                // the day's outcomes page in the reports folder (kept current once responses are recorded)
                List<String> pages = names(root.resolve("reports")).stream()
                        .filter(n -> n.matches("outcomes-\\d{4}-\\d{2}-\\d{2}\\.html")).toList();
                assertEquals(1, pages.size(), names(root.resolve("reports")).toString());
                assertTrue(Files.readString(root.resolve("reports").resolve(pages.get(0))).contains("First-pass acceptance"));
            } finally {
                service.destroy();
                service.waitFor(30, TimeUnit.SECONDS);
                service.destroyForcibly();
            }

            Result outcomes = javaOutput("outcomes", "--config", config.toString());
            assertEquals(0, outcomes.status, outcomes.text);
            List<String> lines = outcomes.text.lines().toList();
            assertTrue(lines.contains("00952            all                3         2         1         0    66.7%"), outcomes.text);
            assertTrue(lines.contains("99999            all                1         0         1         0     0.0%"), outcomes.text);
            assertTrue(lines.contains("all              all                4         2         2         0    50.0%"), outcomes.text);
            assertTrue(lines.contains("Escapes (claims we passed that the payer rejected): 2, rule misses first"), outcomes.text);
            int ruleMiss = lines.indexOf("  277CA A7:255: 1 claim(s); rule miss, would have been caught by IG-CODE");
            int noRule = lines.indexOf("  999 IK5 R:5: 1 claim(s); no rule of ours for it");
            assertTrue(ruleMiss > 0 && noRule > ruleMiss, outcomes.text);
            assertEquals("    M1 payer 99999 (IK5 R:5; IK3 NM1:8; IK4 2:I12) from front.999", lines.get(noRule + 1));
            assertTrue(lines.contains("Waiting for the payer's front end 7 day(s) or more: 0"), outcomes.text);
            assertTrue(lines.contains("Responses that matched nothing we forwarded: 0"), outcomes.text);

            Result history = javaOutput("history", "--config", config.toString(), "L2");
            assertEquals(0, history.status, history.text);
            assertTrue(history.text.contains("L2: ") && history.text.contains(" accepted, sent in claims.clean.837"),
                    history.text);
            assertTrue(history.text.contains(" forwarded to payer 00952 in claims.clean.837; ISA13 000000401 GS06 4011"
                    + " ST02 0001; payer's front end: rejected"), history.text);
            assertTrue(history.text.contains(" 277CA (claim) rejected A7:255:41; from claims.277ca"), history.text);
            assertTrue(history.text.contains(" 999 (transaction) accepted IK5 A; from front.999"), history.text);
        }
    }

    private record Result(int status, String text) {
    }

    private Process java(Path log, String... args) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(ShippedJar.command(List.of("-XX:+UseSerialGC", "-Xmx384m"), args));
        pb.environment().putAll(TestDatabase.environment());
        pb.redirectErrorStream(true);
        pb.redirectOutput(log.toFile());
        return pb.start();
    }

    private Result javaOutput(String... args) throws Exception {
        Path log = Files.createTempFile(root, "cli", ".out");
        Process p = java(log, args);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("scrub837 " + String.join(" ", args) + " did not end");
        }
        return new Result(p.exitValue(), Files.readString(log));
    }

    private static String metrics(HttpClient http, int port) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/observe/metrics")).timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 ? r.body() : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** The value of one sample line of the Prometheus text. */
    private static double value(String scraped, String sample) {
        var m = Pattern.compile("^" + Pattern.quote(sample) + " (\\S+)$", Pattern.MULTILINE).matcher(scraped);
        if (!m.find()) {
            throw new AssertionError(sample + " not in:\n" + scraped);
        }
        return Double.parseDouble(m.group(1));
    }

    private static List<String> names(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    interface Check {
        boolean ok() throws Exception;
    }

    private void awaitTrue(Check check, int seconds, Process service, String what) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!check.ok()) {
            if (!service.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("not reached: " + what + "\n" + Files.readString(root.resolve("service.log")));
            }
            Thread.sleep(200);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
