package org.scrub837.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.scrub837.model.ClaimType;
import org.scrub837.testing.TestConfig;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Requests per second of the HTTP API ({@code POST /api/v1/scrub}) for a one-claim 837 and for a
 * 5 MB one, against the real service started in a JVM of its own on 127.0.0.1 (the way an
 * operator runs it: {@code scrub837 run} with {@code scrub.api.enabled}), one client after another
 * and with as many clients as the API serves at once. Every answer is checked (200 and a JSON
 * report of the expected claim count); a figure with a wrong answer is not printed as a result.
 *
 * <pre>
 * mvn -q -Pbench test-compile exec:exec -Dbench.main=org.scrub837.bench.ApiBenchmark -Dbench.args=""
 * </pre>
 */
@Command(name = "api-benchmark", mixinStandardHelpOptions = true,
        description = "Requests per second of the HTTP API, against a service in its own JVM.")
public final class ApiBenchmark implements Runnable {

    @Option(names = "--config", defaultValue = "config", description = "Configuration folder to copy.")
    Path config;

    @Option(names = "--work", defaultValue = "target/bench/api", description = "Service folders and inputs.")
    Path work;

    @Option(names = "--small-requests", defaultValue = "600", description = "Requests with the one-claim 837.")
    int smallRequests;

    @Option(names = "--large-requests", defaultValue = "12", description = "Requests with the 5 MB 837.")
    int largeRequests;

    @Option(names = "--large-size", defaultValue = "5MB", description = "Size of the large request.")
    String largeSize;

    @Option(names = "--clients", defaultValue = "4",
            description = "Clients at once in the parallel runs (the API's scrub.api.maxConcurrent is set to this).")
    int clients;

    @Option(names = "--service-jvm", defaultValue = "-Xmx256m", description = "JVM options of the service.")
    String serviceJvm;

    @Option(names = "--service-jar", description = "Run the service as java -jar JAR (the shipped jar) rather than"
            + " from the benchmark's class path.")
    Path serviceJar;

    @Option(names = "--setting", description = "An extra application.properties line of the service (repeatable).")
    List<String> settings = new ArrayList<>();

    @Option(names = "--burst", defaultValue = "0", description = "Health during a burst: this many API requests sent"
            + " at once (one-claim and large bodies in turn) while health and metrics are asked every"
            + " --poll-millis; 0 leaves it out.")
    int burst;

    @Option(names = "--burst-only", description = "Only the health-during-a-burst measurement.")
    boolean burstOnly;

    @Option(names = "--poll-millis", defaultValue = "20", description = "Pause between two health or metrics requests.")
    long pollMillis;

    @Option(names = "--warmup", defaultValue = "1000", description = "One-claim requests per warm-up round; rounds"
            + " go on until the service's JIT compilers are nearly idle (before 2026-12-08: 200 requests from one"
            + " client, which left the first measured run paying for the JIT).")
    int warmup;

    @Option(names = "--http", defaultValue = "1.1", description = "HTTP version of the clients: 1.1 (each client on a"
            + " connection of its own, as separate callers are) or 2 (before 2026-12-08 the only choice: the JDK"
            + " client upgrades to h2c and multiplexes every client over one connection).")
    String http;

    /** USER_HZ of /proc/PID/stat: 100 on every Linux this runs on (getconf CLK_TCK). */
    private static final long CLOCK_TICKS = 100;

    private long servicePid = -1;

    public static void main(String[] args) {
        System.exit(new CommandLine(new ApiBenchmark()).execute(args));
    }

    @Override
    public void run() {
        try {
            measure();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("API benchmark failed: " + e.getMessage(), e);
        }
    }

    private void measure() throws IOException, InterruptedException {
        Files.createDirectories(work);
        Path small = work.resolve("one-claim.edi");
        long smallClaims = Generator837.generate(GeneratorOptions.ofClaims(ClaimType.PROFESSIONAL, 7, 1)
                .withShares(0, 1, 0), small).claims();
        Path large = work.resolve("large.edi");
        long largeClaims = Generator837.generate(GeneratorOptions.ofBytes(ClaimType.PROFESSIONAL, 8,
                ByteSize.parse(largeSize)), large).claims();
        int port = freePort();
        Process service = startService(port);
        try {
            HttpClient client = HttpClient.newBuilder().version(httpVersion()).connectTimeout(Duration.ofSeconds(10))
                    .build();
            URI uri = URI.create("http://127.0.0.1:" + port + "/api/v1/scrub");
            awaitListening(client, uri, service);
            byte[] smallBody = Files.readAllBytes(small);
            byte[] largeBody = Files.readAllBytes(large);
            System.out.printf(Locale.ROOT, "scrub837 API benchmark: service %s, %d processors, %d clients at most,"
                    + " HTTP/%s, warm-up rounds of %d requests%n", serviceJvm, Runtime.getRuntime().availableProcessors(), clients,
                    http, warmup);
            // warm-up: the service's JIT and the client's, not the figures. The large requests first: they
            // take paths a one-claim request does not (and recompile some it does), so warmed after the
            // one-claim requests they left the first one-claim run measuring the JIT (5-7 ms of service CPU
            // per request on 2026-12-08, against 1-2 ms warm)
            run(client, uri, largeBody, largeClaims, 2, 1);
            warmUp(client, uri, smallBody, smallClaims);
            if (burst > 0) {
                healthDuringBurst(port, smallBody, largeBody);
            }
            if (burstOnly) {
                return;
            }
            report("one claim, 1 client", smallBody.length, run(client, uri, smallBody, smallClaims, smallRequests, 1));
            report("one claim, " + clients + " clients", smallBody.length,
                    run(client, uri, smallBody, smallClaims, smallRequests, clients));
            report(megabytes(largeBody.length) + " (" + largeClaims + " claims), 1 client", largeBody.length,
                    run(client, uri, largeBody, largeClaims, largeRequests, 1));
            report(megabytes(largeBody.length) + ", " + clients + " clients", largeBody.length,
                    run(client, uri, largeBody, largeClaims, largeRequests, clients));
        } finally {
            service.destroy();
            if (!service.waitFor(30, TimeUnit.SECONDS)) {
                service.destroyForcibly();
            }
        }
    }

    /**
     * What one run measured; {@code latencies} are the answered requests' times (send to whole
     * answer, in nanoseconds), sorted; a 503 answer and its resend are two separate times, only the
     * answered one counts.
     */
    private record Run(int requests, long nanos, long busy, long[] latencies, long serviceCpuNanos, long clientCpuNanos) {

        /** The nearest-rank percentile of the answered requests' times, in milliseconds. */
        double percentileMillis(double percent) {
            if (latencies.length == 0) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(percent / 100 * latencies.length);
            return latencies[Math.max(rank, 1) - 1] / 1e6;
        }
    }

    /** Sends {@code requests} requests from {@code parallel} clients; each answer must be a report of all claims. */
    private Run run(HttpClient client, URI uri, byte[] body, long claims, int requests, int parallel)
            throws InterruptedException {
        long serviceCpu = serviceCpuNanos();
        long clientCpu = clientCpuNanos();
        AtomicLong next = new AtomicLong();
        AtomicLong busy = new AtomicLong();
        java.util.Queue<Long> latencies = new java.util.concurrent.ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < parallel; c++) {
            workers.add(pool.submit(() -> {
                while (next.getAndIncrement() < requests) {
                    long sent = System.nanoTime();
                    HttpResponse<String> r = client.send(HttpRequest.newBuilder(uri)
                            .timeout(Duration.ofMinutes(5)).header("Content-Type", "application/edi-x12")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                    if (r.statusCode() == 503) {
                        busy.incrementAndGet(); // beyond the concurrency limit: counted, sent again
                        next.decrementAndGet();
                        Thread.sleep(5);
                        continue;
                    }
                    if (r.statusCode() != 200 || !r.body().contains("\"claims\" : " + claims)) {
                        throw new IllegalStateException("unexpected answer " + r.statusCode() + " (expected a report"
                                + " of " + claims + " claims)");
                    }
                    latencies.add(System.nanoTime() - sent);
                }
                return null;
            }));
        }
        try {
            for (Future<?> w : workers) {
                w.get();
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("a request failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        long elapsed = System.nanoTime() - start;
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        long serviceCpuAfter = serviceCpuNanos();
        return new Run(requests, elapsed, busy.get(), sorted,
                serviceCpu < 0 || serviceCpuAfter < 0 ? -1 : serviceCpuAfter - serviceCpu, clientCpuNanos() - clientCpu);
    }

    /** The service process's CPU time (user + system) so far, from /proc (Linux); -1 where there is none. */
    private long serviceCpuNanos() {
        if (servicePid < 0) {
            return -1;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(servicePid), "stat"), StandardCharsets.US_ASCII);
            // fields after the command name in parentheses (which may hold spaces): state is field 3, utime 14, stime 15
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
            return ticks * 1_000_000_000L / CLOCK_TICKS;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /**
     * One-claim requests until the service's JIT has caught up: rounds of --warmup requests, from one
     * client and from --clients in turn (both are measured), until a round's JIT compiler threads
     * used under 5% of the service's CPU (at most 20 rounds). A fixed number of requests is not
     * enough on a busy 2-core machine: the compilers get no core while the requests run, drop
     * compile tasks that went stale meanwhile, and the first measured run paid for the compiling
     * (4-7 ms of service CPU per one-claim request, against 1-2 ms warm, on 2026-12-08).
     */
    private void warmUp(HttpClient client, URI uri, byte[] body, long claims) throws InterruptedException {
        int rounds = 0;
        long jit = -1;
        long service = -1;
        long started = System.nanoTime();
        do {
            long jitBefore = jitCpuNanos();
            long serviceBefore = serviceCpuNanos();
            run(client, uri, body, claims, warmup, rounds % 2 == 0 ? clients : 1);
            rounds++;
            jit = jitCpuNanos() - jitBefore;
            service = serviceCpuNanos() - serviceBefore;
        } while (jitVisible() && rounds < 20 && jit * 20 > service);
        System.out.printf(Locale.ROOT, "warm-up: %d rounds of %d one-claim requests in %.1f s; last round's JIT %.0f ms"
                + " of %.0f ms service CPU%n", rounds, warmup, (System.nanoTime() - started) / 1e9, jit / 1e6, service / 1e6);
    }

    /** Whether the JIT's CPU can be told (the service's threads in /proc). */
    private boolean jitVisible() {
        return jitCpuNanos() >= 0;
    }

    /** CPU time of the service's JIT compiler threads so far, from /proc (Linux); -1 where there is none. */
    private long jitCpuNanos() {
        if (servicePid < 0) {
            return -1;
        }
        long ticks = 0;
        try (java.nio.file.DirectoryStream<Path> tasks = Files.newDirectoryStream(
                Path.of("/proc", Long.toString(servicePid), "task"))) {
            for (Path task : tasks) {
                try {
                    String stat = Files.readString(task.resolve("stat"), StandardCharsets.US_ASCII);
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
                        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);
                    }
                } catch (IOException gone) {
                    // a thread that ended meanwhile
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return ticks * 1_000_000_000L / CLOCK_TICKS;
    }

    /** This JVM's CPU time so far: the clients' share of the cores the service runs on too. */
    private static long clientCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
    }

    private HttpClient.Version httpVersion() {
        return switch (http) {
            case "1.1" -> HttpClient.Version.HTTP_1_1;
            case "2" -> HttpClient.Version.HTTP_2;
            default -> throw new CommandLine.ParameterException(new CommandLine(this), "--http: 1.1 or 2, not " + http);
        };
    }

    /**
     * Sends {@link #burst} API requests at once (one-claim and large bodies in turn) and, until every
     * one is answered, has a {@link HealthProbe} in a JVM of its own ask readiness, liveness and
     * metrics in turn, a new connection each time, pausing {@link #pollMillis} between two; prints
     * each endpoint's latency distribution (what an orchestrator's probe sees) and the API's answers
     * by status.
     */
    private void healthDuringBurst(int port, byte[] smallBody, byte[] largeBody) throws IOException,
            InterruptedException {
        HttpClient apiClient = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        URI api = URI.create("http://127.0.0.1:" + port + "/api/v1/scrub");
        String[] paths = {"/observe/health/ready", "/observe/health/live", "/observe/metrics"};
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process probe = new ProcessBuilder(java, "-Xmx32m", "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), HealthProbe.class.getName(), Integer.toString(port),
                Long.toString(pollMillis), String.join(",", paths)).redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        java.util.Map<String, List<Long>> latencies = new java.util.LinkedHashMap<>();
        java.util.Map<String, Integer> notOk = new java.util.TreeMap<>();
        java.util.concurrent.atomic.AtomicBoolean counting = new java.util.concurrent.atomic.AtomicBoolean();
        Thread reader = new Thread(() -> {
            try (java.io.BufferedReader r = new java.io.BufferedReader(new java.io.InputStreamReader(
                    probe.getInputStream(), StandardCharsets.US_ASCII))) {
                String line;
                while ((line = r.readLine()) != null) {
                    String[] f = line.split(" ");
                    if (counting.get() && f.length == 3) {
                        synchronized (latencies) {
                            latencies.computeIfAbsent(f[0], k -> new ArrayList<>()).add(Long.parseLong(f[2]));
                            if (!f[1].equals("200")) {
                                notOk.merge(f[0] + " " + f[1], 1, Integer::sum);
                            }
                        }
                    }
                }
            } catch (IOException e) {
                // the probe ended
            }
        }, "health-probe-reader");
        reader.start();
        Thread.sleep(1000); // the probe's JVM started and asking
        java.util.Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        List<java.util.concurrent.CompletableFuture<HttpResponse<Void>>> sent = new ArrayList<>();
        long start = System.nanoTime();
        counting.set(true);
        for (int i = 0; i < burst; i++) {
            sent.add(apiClient.sendAsync(HttpRequest.newBuilder(api).timeout(Duration.ofMinutes(10))
                    .header("Content-Type", "application/edi-x12")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(i % 2 == 0 ? smallBody : largeBody)).build(),
                    HttpResponse.BodyHandlers.discarding()));
        }
        for (java.util.concurrent.CompletableFuture<HttpResponse<Void>> f : sent) {
            statuses.merge(f.join().statusCode(), 1, Integer::sum);
        }
        counting.set(false);
        double seconds = (System.nanoTime() - start) / 1e9;
        probe.getOutputStream().close();
        probe.waitFor(30, TimeUnit.SECONDS);
        reader.join(10_000);
        System.out.printf(Locale.ROOT, "health during a burst of %d API requests (%d B and %d B bodies in turn),"
                + " %.1f s; API answers by status %s; health answers not 200: %s%n", burst, smallBody.length,
                largeBody.length, seconds, statuses, notOk);
        synchronized (latencies) {
            for (Map.Entry<String, List<Long>> e : latencies.entrySet()) {
                List<Long> l = e.getValue();
                l.sort(null);
                long within = l.stream().filter(n -> n <= 100_000_000L).count();
                System.out.printf(Locale.ROOT,
                        "  %-22s %5d answers   p50 %7.1f ms   p90 %7.1f ms   p99 %7.1f ms   max %7.1f ms"
                                + "   within 100 ms %5.1f%%%n",
                        e.getKey(), l.size(), percentile(l, 50), percentile(l, 90), percentile(l, 99),
                        percentile(l, 100), l.isEmpty() ? Double.NaN : 100.0 * within / l.size());
            }
        }
    }

    /** The nearest-rank percentile of sorted nanosecond figures, in milliseconds. */
    private static double percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1)) / 1e6;
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }

    private static void report(String what, long bodyBytes, Run run) {
        double seconds = run.nanos() / 1e9;
        // CPU per request: what the service spent, and what the clients took of the same cores; these do not
        // depend on what else the machine runs as much as the times do
        System.out.printf(Locale.ROOT,
                "%-34s %6d requests in %7.2f s   %8.1f requests/s   %7.2f MB/s   p50 %.1f ms   p99 %.1f ms"
                        + "   CPU/request service %s, client %s%s%n", what,
                run.requests(), seconds, run.requests() / seconds, run.requests() * bodyBytes / 1e6 / seconds,
                run.percentileMillis(50), run.percentileMillis(99), cpuPerRequest(run.serviceCpuNanos(), run.requests()),
                cpuPerRequest(run.clientCpuNanos(), run.requests()),
                run.busy() > 0 ? "   (" + run.busy() + " answers 503, sent again)" : "");
    }

    private static String cpuPerRequest(long nanos, int requests) {
        if (nanos < 0) {
            return "n/a";
        }
        double millis = nanos / 1e6 / requests;
        return millis >= 10 ? String.format(Locale.ROOT, "%.0f ms", millis) : String.format(Locale.ROOT, "%.2f ms", millis);
    }

    private Process startService(int port) throws IOException {
        Path root = work.resolve("service");
        deleteTree(root);
        Path conf = root.resolve("config");
        TestConfig.copyTree(config, conf);
        Files.writeString(conf.resolve("application.properties"), String.join("\n", "",
                "scrub.inbox = " + root.resolve("inbox").toAbsolutePath(),
                "scrub.outbox = " + root.resolve("outbox").toAbsolutePath(),
                "scrub.reports = " + root.resolve("reports").toAbsolutePath(),
                "scrub.archive = " + root.resolve("archive").toAbsolutePath(),
                "scrub.failed = " + root.resolve("failed").toAbsolutePath(),
                "scrub.state = " + root.resolve("state").toAbsolutePath(),
                "scrub.http.port = " + port,
                "scrub.api.enabled = true",
                "scrub.api.maxConcurrent = " + clients, String.join("\n", settings), ""), StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(List.of(serviceJvm.trim().split("\\s+")));
        command.addAll(List.of("-Dlogback.configurationFile=logback.xml", "-Dscrub837.logLevel=WARN"));
        if (serviceJar != null) {
            command.addAll(List.of("-jar", serviceJar.toAbsolutePath().toString()));
        } else {
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.scrub837.cli.Scrub837"));
        }
        command.addAll(List.of("run", "--config", conf.toString()));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.redirectErrorStream(true);
        pb.redirectOutput(root.resolve("service.log").toFile());
        Process process = pb.start();
        servicePid = process.pid();
        return process;
    }

    private static void awaitListening(HttpClient client, URI uri, Process service) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            if (!service.isAlive()) {
                throw new IllegalStateException("the service exited with " + service.exitValue()
                        + " (see its service.log)");
            }
            try {
                // 503 until the API's route has started (the server listens first): not ready yet
                if (client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5))
                        .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() != 503) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the service did not listen within 90 s");
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : (Iterable<Path>) paths.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}
