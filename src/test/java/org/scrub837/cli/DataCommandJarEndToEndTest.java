package org.scrub837.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrub837.refdata.ClaimFiles;
import org.scrub837.refdata.LocalHttpsServer;
import org.scrub837.refdata.PublisherFixtures;
import org.scrub837.testing.ShippedJar;
import org.scrub837.testing.TestConfig;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The README's walk-through, run as a new user runs it: {@code java -jar target/scrub837.jar data
 * install} of a PTP, MUE, HCPCS and ICD-10-CM edition from the publishers' files, {@code data list}
 * and {@code data verify}, a replay whose claims each of them rejects with the edition id in the
 * report, {@code status} of the running service naming the editions, and an install over HTTPS
 * from a local server trusted with -Djavax.net.ssl.trustStore. When target/scrub837.jar is missing
 * or older than the classes, the test is skipped (it runs in {@code mvn verify}, after packaging:
 * {@link ShippedJar}).
 */
@Tag(ShippedJar.TAG)
class DataCommandJarEndToEndTest {

    @TempDir
    Path root;

    private Process service;

    @AfterEach
    void stop() throws InterruptedException {
        if (service != null && service.isAlive()) {
            service.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    private record Run(int status, String out, String err) {
    }

    /** java -XX:+UseSerialGC [jvmOptions] -jar target/scrub837.jar args. */
    private static List<String> command(List<String> jvmOptions, String... args) {
        List<String> options = new ArrayList<>();
        options.add("-XX:+UseSerialGC");
        options.addAll(jvmOptions);
        return ShippedJar.command(options, args);
    }

    private Run run(List<String> jvmOptions, String... args) throws Exception {
        Path out = Files.createTempFile(root, "out", ".txt");
        Path err = Files.createTempFile(root, "err", ".txt");
        Process p = new ProcessBuilder(command(jvmOptions, args)).directory(cwd().toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "finished");
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    /** An empty working directory: a user's, not the source tree (whose routes/ folder would be found twice). */
    private Path cwd() throws IOException {
        return Files.createDirectories(root.resolve("cwd"));
    }

    private Run run(String... args) throws Exception {
        return run(List.of(), args);
    }

    @Test
    void installFourEditionsListThemAndSeeEachRejectAClaimWithItsEditionId() throws Exception {
        Path config = root.resolve("config");
        TestConfig.copyTree(Path.of("config"), config);
        Map<String, Path> files = PublisherFixtures.quarterFiles(root.resolve("downloads"));
        String c = config.toString();

        Run ptp = run("data", "install", "ncci-ptp-practitioner", files.get("ncci-ptp-practitioner").toString(),
                "--effective-from", "2026-04-01", "--config", c);
        assertEquals(0, ptp.status(), ptp.err());
        assertTrue(ptp.out().startsWith("installed ncci-ptp-practitioner-2026q2: CMS NCCI PTP edits, practitioner "
                + "services (Medicare), dates of service 2026-04-01 to 2026-06-30, 2 rows, sha256 "), ptp.out());
        for (String kind : List.of("mue-practitioner", "hcpcs", "icd10cm")) {
            Run r = run("data", "install", kind, files.get(kind).toString(), "--config", c);
            assertEquals(0, r.status(), r.err());
        }

        Run list = run("data", "list", "--date", "2026-04-15", "--config", c);
        assertEquals(0, list.status(), list.err());
        for (String id : List.of("ncci-ptp-practitioner-2026q2", "mue-practitioner-2026q2", "hcpcs-2026q2",
                "icd10cm-fy2026")) {
            assertTrue(list.out().contains(" " + id + " "), list.out());
        }
        assertTrue(list.out().contains("A claim line with date of service 2026-04-15 uses:\n"
                + "  ncci-ptp-practitioner: ncci-ptp-practitioner-2026q2\n"
                + "  mue-practitioner: mue-practitioner-2026q2\n"
                + "  hcpcs: hcpcs-2026q2\n"
                + "  icd10cm: icd10cm-fy2026\n"), list.out());

        Run verify = run("data", "verify", "--config", c);
        assertEquals(0, verify.status(), verify.out());
        assertTrue(verify.out().endsWith("4 edition(s) checked, 0 failed\n"), verify.out());

        Path input = root.resolve("in/claims.837");
        Files.createDirectories(input.getParent());
        Files.writeString(input, ClaimFiles.professional(
                new ClaimFiles.TestClaim("BY-PTP", "L97412", "15271 1 20260415", "11042 1 20260415"),
                new ClaimFiles.TestClaim("BY-MUE", "L97412", "15271 2 20260415"),
                new ClaimFiles.TestClaim("BY-HCPCS", "L97412", "A6010 1 20260415"),
                new ClaimFiles.TestClaim("BY-ICD", "L9741", "97597 1 20260415"),
                new ClaimFiles.TestClaim("CLEAN", "L97412", "97597 1 20260415")), StandardCharsets.ISO_8859_1);
        Run replay = run("replay", "--out", root.resolve("out").toString(), "--config", c, input.toString());
        assertEquals(1, replay.status(), replay.out() + replay.err());

        JsonNode report = new ObjectMapper().readTree(root.resolve("out/claims.report.json").toFile());
        List<String> verdicts = new ArrayList<>();
        for (JsonNode claim : report.get("claims")) {
            StringBuilder v = new StringBuilder(claim.get("claimId").asText() + " " + claim.get("status").asText());
            for (JsonNode f : claim.get("findings")) {
                if (f.has("edition")) {
                    v.append(' ').append(f.get("rule").asText()).append('=').append(f.get("edition").asText());
                }
            }
            verdicts.add(v.toString());
        }
        assertEquals(List.of("BY-PTP rejected NCCI-PTP=ncci-ptp-practitioner-2026q2",
                "BY-MUE rejected MUE-LINE=mue-practitioner-2026q2",
                "BY-HCPCS rejected IG-CODE=hcpcs-2026q2",
                "BY-ICD rejected IG-CODE=icd10cm-fy2026",
                "CLEAN accepted"), verdicts);

        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Files.writeString(config.resolve("application.properties"), "\nscrub.http.port = " + port
                + "\nscrub.inbox = " + root.resolve("work/inbox") + "\nscrub.outbox = " + root.resolve("work/outbox")
                + "\nscrub.reports = " + root.resolve("work/reports") + "\nscrub.archive = " + root.resolve("work/archive")
                + "\nscrub.failed = " + root.resolve("work/failed") + "\nscrub.state = " + root.resolve("work/state")
                + "\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        service = new ProcessBuilder(command(List.of("-Xmx256m"), "run", "--config", c)).directory(cwd().toFile())
                .redirectErrorStream(true).redirectOutput(root.resolve("service.log").toFile()).start();
        awaitReady("http://127.0.0.1:" + port + "/observe/health/ready");
        Run status = run("status", "--url", "http://127.0.0.1:" + port);
        assertTrue(status.out().contains("reference-data: "), status.out());
        for (String id : List.of("ncci-ptp-practitioner-2026q2", "mue-practitioner-2026q2", "hcpcs-2026q2",
                "icd10cm-fy2026")) {
            assertTrue(status.out().contains(id), status.out());
        }
    }

    private void awaitReady(String url) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < end) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 || r.statusCode() == 503) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            assertTrue(service.isAlive(), () -> "service ended: " + log());
            Thread.sleep(250);
        }
        throw new AssertionError("service not answering: " + log());
    }

    private String log() {
        try {
            return Files.readString(root.resolve("service.log"));
        } catch (IOException e) {
            return e.toString();
        }
    }

    @Test
    void installOverHttpsTrustedByTheJvmsTrustStoreAndARefusedRedirectChangesNothing() throws Exception {
        Path config = root.resolve("config");
        TestConfig.copyTree(Path.of("config"), config);
        Map<String, Path> files = PublisherFixtures.quarterFiles(root.resolve("downloads"));
        try (LocalHttpsServer server = new LocalHttpsServer(Files.createDirectories(root.resolve("server")))) {
            server.put("icd10cm_order_2026.txt", Files.readAllBytes(files.get("icd10cm")));
            List<String> trust = List.of("-Djavax.net.ssl.trustStore=" + server.trustStore(),
                    "-Djavax.net.ssl.trustStorePassword=" + LocalHttpsServer.trustStorePassword(),
                    "-Djavax.net.ssl.trustStoreType=PKCS12");

            Run refused = run(trust, "data", "install", "icd10cm", server.url("/to-http/icd10cm_order_2026.txt"),
                    "--config", config.toString());
            assertEquals(2, refused.status(), refused.out());
            assertEquals("scrub837 data install: " + server.url("/to-http/icd10cm_order_2026.txt") + " redirects to "
                    + "http://127.0.0.1:" + server.port() + "/files/icd10cm_order_2026.txt, which is not https://; "
                    + "refused, nothing installed\n", refused.err().lines().filter(l -> l.startsWith("scrub837"))
                            .findFirst().orElse(refused.err()) + "\n");

            Run installed = run(trust, "data", "install", "icd10cm", server.url("/files/icd10cm_order_2026.txt"),
                    "--config", config.toString());
            assertEquals(0, installed.status(), installed.err());
            Run list = run("data", "list", "--config", config.toString());
            assertTrue(list.out().contains(server.url("/files/icd10cm_order_2026.txt")), list.out());
        }
    }
}
