package org.scrub837.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.scrub837.model.ClaimType;
import org.scrub837.testing.TestConfig;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The watch folder end to end (issue 23): the shipped jar's {@code run} in a JVM of its own, on a
 * copy of {@code config/} whose folders point into {@code --work}; batches of generated files
 * (one claim each by default) renamed into the inbox at once; the time from the first rename until
 * every original has left the inbox (it leaves only by the move to archive or failed, which comes
 * after all of its outputs). The first batch after start is the cold figure (the JIT compiling the
 * scrub as it goes); the next ones run in the same process, the steady state a service that runs
 * for hours sees. For each batch: files/s, the service's CPU per file (all of it, the kernel's
 * share, the JIT compiler threads'), its threads' CPU by name, and with {@code --strace} one more
 * batch under {@code strace -f -c} for system calls per file.
 *
 * <pre>
 * mvn -o -q package -DskipTests
 * mvn -o -q -Pbench test-compile exec:exec -Dbench.main=org.scrub837.bench.WatchBenchmark \
 *     -Dbench.args="--files 2000 --batches 3"
 * </pre>
 */
@Command(name = "watch-benchmark", mixinStandardHelpOptions = true,
        description = "Files per second of the watch folder (java -jar JAR run), cold and warm.")
public final class WatchBenchmark implements Callable<Integer> {

    @Option(names = "--jar", defaultValue = "target/scrub837.jar", description = "The service's jar.")
    Path jar;

    @Option(names = "--service-jvm", defaultValue = "-Xmx256m", description = "JVM options of the service.")
    String serviceJvm;

    @Option(names = "--config", defaultValue = "config", description = "Configuration folder copied for the service.")
    Path config;

    @Option(names = "--work", defaultValue = "target/bench-watch", description = "Folder for the service's folders and the generated files (emptied first).")
    Path work;

    @Option(names = "--keep", description = "Keep the work folder (the service's folders, outputs and log) after the run; by default it is removed once the service has stopped.")
    boolean keep;

    @Option(names = "--files", defaultValue = "2000", description = "Files per batch.")
    int files;

    @Option(names = "--batches", defaultValue = "3", description = "Batches in one service process: the first is cold, the others warm.")
    int batches;

    @Option(names = "--claims", defaultValue = "1", description = "Claims per file; 0: 1 to 5 (the mix of bench --mode small).")
    int claims;

    @Option(names = "--type", defaultValue = "P", description = "P (837P) or I (837I).")
    String type;

    @Option(names = "--seed", defaultValue = "1")
    long seed;

    @Option(names = "--age-seconds", defaultValue = "60", description = "The files' modification time is set this far"
            + " in the past: a file renamed in after its upload ended (older than scrub.readLockMinAge). 0 keeps the"
            + " time of generation.")
    long ageSeconds;

    @Option(names = "--setting", description = "An extra application.properties line of the service (repeatable),"
            + " e.g. scrub.consumers=3.")
    List<String> settings = new ArrayList<>();

    @Option(names = "--strace", description = "After the timed batches, one more batch with strace -f -c attached to"
            + " the service: system calls per file (its time is not a throughput figure).")
    boolean strace;

    @Option(names = "--jfr", description = "Record the last timed batch with JFR (settings=profile) into this file"
            + " (jcmd attaches to the service).")
    Path jfr;

    @Option(names = "--timeout-seconds", defaultValue = "600", description = "Longest wait for one batch.")
    long timeoutSeconds;

    public static void main(String[] args) {
        System.exit(new CommandLine(new WatchBenchmark()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing (mvn -o -q package -DskipTests builds it)");
        }
        Path root = work.toAbsolutePath();
        deleteTree(root);
        Files.createDirectories(root);
        int total = batches + (strace ? 1 : 0);
        List<List<Path>> staged = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int b = 0; b < total; b++) {
            staged.add(generate(root.resolve("staging").resolve("b" + b), b));
        }
        System.out.printf(Locale.ROOT, "generated %d batches of %d files (%s claims each) in %.1f s%n", total, files,
                claims == 0 ? "1-5" : Integer.toString(claims), (System.nanoTime() - t0) / 1e9);
        Path conf = prepareConfig(root);
        long startNanos = System.nanoTime();
        Process service = start(root, conf);
        // a benchmark stopped by a signal does not leave its service running
        Runtime.getRuntime().addShutdownHook(new Thread(service::destroy));
        try {
            awaitStarted(service, root.resolve("service.log"));
            double startSeconds = (System.nanoTime() - startNanos) / 1e9;
            ProcStat atStart = ProcStat.of(service.pid());
            System.out.printf(Locale.ROOT, "service %s, %d processors: started in %.2f s, %.2f CPU-s (kernel %.2f)%n",
                    serviceJvm, Runtime.getRuntime().availableProcessors(), startSeconds, atStart.cpuSeconds(),
                    atStart.kernelSeconds());
            for (int b = 0; b < total; b++) {
                boolean traced = strace && b == total - 1;
                String label = traced ? "strace" : b == 0 ? "cold" : "warm" + b;
                boolean recorded = jfr != null && b == batches - 1;
                if (recorded) {
                    jcmd(service.pid(), "JFR.start", "name=watchbench", "settings=profile");
                }
                runBatch(service, root, staged.get(b), label, traced);
                if (recorded) {
                    jcmd(service.pid(), "JFR.stop", "name=watchbench", "filename=" + jfr.toAbsolutePath());
                    System.out.println("       JFR of " + label + ": " + jfr.toAbsolutePath());
                }
            }
        } finally {
            service.destroy();
            if (!service.waitFor(30, TimeUnit.SECONDS)) {
                service.destroyForcibly();
            }
        }
        if (!keep) {
            // removed now, once nothing is timed: a run leaves tens of thousands of files, and their
            // deletion is then not part of the next run
            deleteTree(root);
        }
        return 0;
    }

    private static void jcmd(long pid, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString());
        command.add(Long.toString(pid));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("jcmd " + String.join(" ", args) + " failed");
        }
    }

    /** Generates one batch into its staging folder (beside the inbox: the rename is a move within one file system). */
    private List<Path> generate(Path dir, int batch) throws IOException {
        Files.createDirectories(dir);
        ClaimType claimType = Benchmark.parseType(type);
        List<Path> out = new ArrayList<>(files);
        FileTime old = FileTime.from(Instant.now().minusSeconds(ageSeconds));
        for (int i = 0; i < files; i++) {
            Path file = dir.resolve(String.format(Locale.ROOT, "b%d-f%06d.837", batch, i));
            long claimCount = claims > 0 ? claims : 1 + Math.floorMod(seed * 31 + i * 7L, 5);
            // a seed per file and batch: no two inputs share content (a duplicate would only be archived)
            Generator837.generate(GeneratorOptions.ofClaims(claimType, seed * 1_000_003L + batch * 10_000_019L + i,
                    claimCount).withTransactions(1, 1), file);
            uniqueInterchange(file, 100_000_000 + batch * 100_000 + i);
            if (ageSeconds > 0) {
                Files.setLastModifiedTime(file, old);
            }
            out.add(file);
        }
        return out;
    }

    /**
     * Gives the file its own interchange control number (ISA13 and IEA02, the generator writes 1):
     * one-claim files of different seeds can otherwise come out byte for byte alike, and the
     * service would only archive the copies as duplicates. Real senders number their interchanges.
     */
    private static void uniqueInterchange(Path file, int number) throws IOException {
        String text = Files.readString(file, StandardCharsets.US_ASCII);
        String control = String.format(Locale.ROOT, "%09d", number);
        String changed = text.replaceFirst("\\*00501\\*000000001\\*", "*00501*" + control + "*")
                .replaceFirst("IEA\\*([0-9]+)\\*000000001~", "IEA*$1*" + control + "~");
        if (changed.equals(text)) {
            throw new IllegalStateException(file + ": no interchange control number 000000001 to replace");
        }
        Files.writeString(file, changed, StandardCharsets.US_ASCII);
    }

    private Path prepareConfig(Path root) throws IOException {
        Path conf = root.resolve("config");
        TestConfig.copyTree(config, conf);
        List<String> lines = new ArrayList<>();
        lines.add("");
        for (String dir : new String[] {"inbox", "outbox", "reports", "archive", "failed", "state", "responses"}) {
            lines.add("scrub." + dir + " = " + root.resolve(dir).toString().replace('\\', '/'));
        }
        lines.addAll(settings);
        lines.add("");
        Files.writeString(conf.resolve("application.properties"), String.join("\n", lines), StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        return conf;
    }

    private Process start(Path root, Path conf) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(serviceJvm.trim().split("\\s+")));
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString(), "run", "--config", conf.toString()));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.redirectErrorStream(true);
        pb.redirectOutput(root.resolve("service.log").toFile());
        return pb.start();
    }

    /** Camel's line "Apache Camel ... (name) started in": the routes are polling. */
    private static void awaitStarted(Process service, Path log) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (!service.isAlive()) {
                throw new IllegalStateException("the service exited with " + service.exitValue() + " (see " + log + ")");
            }
            if (Files.exists(log) && Files.readString(log, StandardCharsets.UTF_8).contains(") started in ")) {
                return;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("the service did not start within 120 s (see " + log + ")");
    }

    private void runBatch(Process service, Path root, List<Path> batch, String label, boolean traced)
            throws Exception {
        Path inbox = root.resolve("inbox");
        Process tracer = null;
        Path traceOut = root.resolve("strace-" + label + ".txt");
        if (traced) {
            tracer = new ProcessBuilder("strace", "-f", "-c", "-o", traceOut.toString(), "-p",
                    Long.toString(service.pid())).redirectErrorStream(true)
                    .redirectOutput(root.resolve("strace.log").toFile()).start();
            Thread.sleep(2_000); // strace attaches to every thread before the files come
        }
        Map<Long, long[]> schedBefore = schedstat(service.pid());
        Map<String, Double> threadsBefore = threadCpu(service.pid());
        ProcStat before = ProcStat.of(service.pid());
        long t0 = System.nanoTime();
        for (Path p : batch) {
            Files.move(p, inbox.resolve(p.getFileName()), StandardCopyOption.ATOMIC_MOVE);
        }
        long moved = System.nanoTime();
        long deadline = t0 + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (waiting(inbox) > 0) {
            if (System.nanoTime() > deadline || !service.isAlive()) {
                throw new IllegalStateException("batch " + label + ": " + waiting(inbox) + " files still in the inbox");
            }
            Thread.sleep(10);
        }
        long done = System.nanoTime();
        ProcStat after = ProcStat.of(service.pid());
        Map<String, Double> threadsAfter = threadCpu(service.pid());
        Map<Long, long[]> schedAfter = schedstat(service.pid());
        if (tracer != null) {
            // SIGTERM: strace detaches and writes its summary
            tracer.destroy();
            tracer.waitFor(30, TimeUnit.SECONDS);
        }
        double seconds = (done - t0) / 1e9;
        double cpu = after.cpuSeconds() - before.cpuSeconds();
        double kernel = after.kernelSeconds() - before.kernelSeconds();
        double jit = sum(threadsAfter, "C# CompilerThre") - sum(threadsBefore, "C# CompilerThre");
        Outcome o = check(root, batch);
        System.out.printf(Locale.ROOT, "%-6s %5d files in %6.2f s = %6.1f files/s (renamed in %.2f s)   CPU %.2f ms/file"
                + " (kernel %.2f, JIT %.2f)   outputs: %d reports, %d clean, %d rejected, %d failed%s%n", label,
                batch.size(), seconds, batch.size() / seconds, (moved - t0) / 1e9, cpu * 1000 / batch.size(),
                kernel * 1000 / batch.size(), jit * 1000 / batch.size(), o.reports, o.clean, o.rejected, o.failed,
                o.problem == null ? "" : "   PROBLEM: " + o.problem);
        System.out.println("       threads (CPU-s this batch): " + threadDelta(threadsBefore, threadsAfter));
        System.out.println("       " + schedule(schedBefore, schedAfter, done - t0, batch.size()));
        if (traced) {
            printTrace(traceOut, batch.size());
        }
    }

    /**
     * Per thread (by id): nanoseconds on a CPU and waiting for one, from {@code schedstat}; element 2
     * says whether the thread works for Camel (its scrub threads and the poll thread).
     */
    private static Map<Long, long[]> schedstat(long pid) {
        Map<Long, long[]> out = new java.util.HashMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path t : (Iterable<Path>) tasks::iterator) {
                try {
                    String[] f = Files.readString(t.resolve("schedstat"), StandardCharsets.US_ASCII).trim().split(" +");
                    String comm = Files.readString(t.resolve("comm"), StandardCharsets.US_ASCII);
                    out.put(Long.parseLong(t.getFileName().toString()), new long[] {Long.parseLong(f[0]),
                            Long.parseLong(f[1]), comm.startsWith("Camel") ? 1 : 0});
                } catch (IOException | RuntimeException gone) {
                    // the thread ended meanwhile
                }
            }
        } catch (IOException e) {
            return out;
        }
        return out;
    }

    /**
     * Where the wall time of the threads that scrub went: on a CPU, waiting for a CPU (other
     * processes' load: not the service's doing), and neither (blocked on the disk, a lock, or idle).
     * The scrub threads are the Camel threads that ran for more than a hundredth of the batch.
     */
    private static String schedule(Map<Long, long[]> before, Map<Long, long[]> after, long wallNanos, int fileCount) {
        long cpu = 0;
        long runQueue = 0;
        long scrubCpu = 0;
        long scrubRunQueue = 0;
        int scrubThreads = 0;
        for (Map.Entry<Long, long[]> e : after.entrySet()) {
            long[] b = before.getOrDefault(e.getKey(), new long[3]);
            long c = e.getValue()[0] - b[0];
            long w = e.getValue()[1] - b[1];
            cpu += c;
            runQueue += w;
            if (e.getValue()[2] == 1 && c > wallNanos / 100) {
                scrubThreads++;
                scrubCpu += c;
                scrubRunQueue += w;
            }
        }
        long blocked = scrubThreads * wallNanos - scrubCpu - scrubRunQueue;
        return String.format(Locale.ROOT, "per file: waited for a CPU %.2f ms (all threads; on a CPU %.2f ms);"
                + " %d scrub threads: on a CPU %.2f, waited for a CPU %.2f, blocked or idle %.2f ms", runQueue / 1e6
                / fileCount, cpu / 1e6 / fileCount, scrubThreads, scrubCpu / 1e6 / fileCount, scrubRunQueue / 1e6
                / fileCount, blocked / 1e6 / fileCount);
    }

    /** Files still to be taken from the inbox (Camel's own .camelLock markers do not count). */
    private static long waiting(Path inbox) throws IOException {
        try (Stream<Path> s = Files.list(inbox)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".837")).count();
        }
    }

    private record Outcome(int reports, int clean, int rejected, int failed, String problem) {
    }

    /** Every input archived under its own name with its JSON report; no duplicate, nothing failed. */
    private Outcome check(Path root, List<Path> batch) {
        int reports = 0;
        int clean = 0;
        int rejected = 0;
        int failed = 0;
        String problem = null;
        for (Path p : batch) {
            String name = p.getFileName().toString();
            String base = name.substring(0, name.length() - ".837".length());
            if (Files.exists(root.resolve("failed").resolve(name))) {
                failed++;
            } else if (!Files.exists(root.resolve("archive").resolve(name)) && problem == null) {
                problem = name + " is not archived";
            }
            if (Files.exists(root.resolve("reports").resolve(base + ".report.json"))) {
                reports++;
            } else if (problem == null) {
                problem = name + " has no JSON report";
            }
            clean += Files.exists(root.resolve("outbox").resolve(base + ".clean.837")) ? 1 : 0;
            rejected += Files.exists(root.resolve("reports").resolve(base + ".rejected.837")) ? 1 : 0;
            if (Files.exists(root.resolve("reports").resolve(name + ".duplicate.txt")) && problem == null) {
                problem = name + " was taken for a duplicate";
            }
        }
        return new Outcome(reports, clean, rejected, failed, problem);
    }

    private static void printTrace(Path traceOut, int fileCount) throws IOException {
        if (!Files.exists(traceOut)) {
            System.out.println("       strace wrote nothing (is strace installed, may it attach?)");
            return;
        }
        StringBuilder line = new StringBuilder("       syscalls per file:");
        long all = 0;
        List<String[]> rows = new ArrayList<>();
        for (String l : Files.readAllLines(traceOut, StandardCharsets.UTF_8)) {
            String[] f = l.trim().split("\\s+");
            // % time, seconds, usecs/call, calls, [errors], syscall
            if (f.length >= 5 && f[0].matches("[0-9.]+") && f[3].matches("[0-9]+") && !"total".equals(f[f.length - 1])) {
                rows.add(new String[] {f[f.length - 1], f[3]});
                all += Long.parseLong(f[3]);
            }
        }
        rows.sort(Comparator.comparingLong((String[] r) -> Long.parseLong(r[1])).reversed());
        line.append(String.format(Locale.ROOT, " all %.1f;", (double) all / fileCount));
        for (String[] r : rows) {
            double per = Double.parseDouble(r[1]) / fileCount;
            if (per >= 0.05) {
                line.append(String.format(Locale.ROOT, " %s %.1f", r[0], per));
            }
        }
        System.out.println(line);
        System.out.println("       (strace's table: " + traceOut + ")");
    }

    private static double sum(Map<String, Double> threads, String... prefixes) {
        double s = 0;
        for (Map.Entry<String, Double> e : threads.entrySet()) {
            for (String p : prefixes) {
                if (e.getKey().startsWith(p)) {
                    s += e.getValue();
                }
            }
        }
        return s;
    }

    /** CPU seconds of the service's live threads, summed by name with the numbers taken out. */
    private static Map<String, Double> threadCpu(long pid) {
        Map<String, Double> byName = new TreeMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path t : (Iterable<Path>) tasks::iterator) {
                try {
                    String stat = Files.readString(t.resolve("stat"), StandardCharsets.US_ASCII);
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("[0-9]+", "#");
                    byName.merge(name, ProcStat.parse(stat).cpuSeconds(), Double::sum);
                } catch (IOException | RuntimeException gone) {
                    // the thread ended meanwhile
                }
            }
        } catch (IOException e) {
            return byName;
        }
        return byName;
    }

    private static String threadDelta(Map<String, Double> before, Map<String, Double> after) {
        List<Map.Entry<String, Double>> d = new ArrayList<>();
        for (Map.Entry<String, Double> e : after.entrySet()) {
            double v = e.getValue() - before.getOrDefault(e.getKey(), 0.0);
            if (v >= 0.05) {
                d.add(Map.entry(e.getKey(), v));
            }
        }
        d.sort(Map.Entry.<String, Double>comparingByValue().reversed());
        StringBuilder s = new StringBuilder();
        for (Map.Entry<String, Double> e : d) {
            s.append(String.format(Locale.ROOT, "%s%s %.2f", s.length() == 0 ? "" : ", ", e.getKey(), e.getValue()));
        }
        return s.toString();
    }

    /** utime and stime of a process or thread, from its /proc stat line (USER_HZ = 100). */
    private record ProcStat(long userTicks, long kernelTicks) {
        static ProcStat of(long pid) throws IOException {
            return parse(Files.readString(Path.of("/proc", Long.toString(pid), "stat"), StandardCharsets.US_ASCII));
        }

        static ProcStat parse(String stat) {
            String[] f = stat.substring(stat.lastIndexOf(')') + 1).trim().split(" +");
            // fields[0] is field 3 (state): utime is field 14, stime field 15
            return new ProcStat(Long.parseLong(f[11]), Long.parseLong(f[12]));
        }

        double cpuSeconds() {
            return (userTicks + kernelTicks) / 100.0;
        }

        double kernelSeconds() {
            return kernelTicks / 100.0;
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}
