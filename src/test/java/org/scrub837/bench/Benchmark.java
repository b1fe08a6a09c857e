package org.scrub837.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.DirectoryStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.scrub837.model.ClaimType;
import org.scrub837.scrub.FileScrubber;
import org.scrub837.scrub.OutputNames;
import org.scrub837.scrub.ReportFormat;
import org.scrub837.scrub.ScrubEngine;
import org.scrub837.scrub.parallel.FileLayout;
import org.scrub837.scrub.parallel.TransactionSplitter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * Measures scrub837 against the bare StAEDI read of the same generated file, in one JVM: a warm-up
 * pass first, then each phase once, with wall time, throughput and peak heap. See docs/benchmark.md.
 *
 * <pre>
 * mvn -o -q -Pbench test-compile exec:exec -Dbench.args="--size 100MB --type P"
 * mvn -o -q -Pbench test-compile exec:exec -Dbench.args="--mode small --files 2000"
 * </pre>
 */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = "Generate 837 files and measure bare StAEDI read against the full scrub.")
public final class Benchmark implements Callable<Integer> {

    enum Mode { LARGE, SMALL }

    @Option(names = "--size", defaultValue = "100MB", description = "Size of the large file (e.g. 100MB, 1GB).")
    String size;

    @Option(names = "--claims", description = "Exact claim count of the large file instead of a size.")
    Long claims;

    @Option(names = "--type", defaultValue = "P", description = "P (837P) or I (837I).")
    String type;

    @Option(names = "--transactions", defaultValue = "10", description = "ST/SE transactions in the large file.")
    int transactions;

    @Option(names = "--groups", defaultValue = "2", description = "GS/GE groups in the large file.")
    int groups;

    @Option(names = "--seed", defaultValue = "1")
    long seed;

    @Option(names = "--work", defaultValue = "target/bench", description = "Where generated files and outputs go.")
    Path work;

    @Option(names = "--mode", defaultValue = "large", description = "large: one big file; small: many 1-5 claim files.")
    String mode;

    @Option(names = "--files", defaultValue = "2000", description = "Number of files in small mode.")
    int files;

    @Option(names = "--warmup-size", defaultValue = "20MB", description = "Size of the warm-up file (large mode).")
    String warmupSize;

    @Option(names = "--results", description = "Append one TSV row per measurement to this file.")
    Path results;

    @Option(names = "--regenerate", description = "Generate again even when the file exists.")
    boolean regenerate;

    @Option(names = "--config", defaultValue = "config", description = "Configuration folder of the engine.")
    Path config;

    @Option(names = "--formats", description = "Reports to write (e.g. json,txt); default: the configuration's.")
    String formats;

    @Option(names = "--threads", description = "Threads of the parallel per-transaction scrub (default: processors).")
    Integer threads;

    @Option(names = "--bare-only", description = "Measure the bare read and split scan only, not the engine.")
    boolean bareOnly;

    @Option(names = "--replace-outputs", description = "Small mode: the measured replay overwrites earlier outputs"
            + " of every file (a re-run) instead of writing into an empty folder.")
    boolean replaceOutputs;

    private final List<Measurement> measurements = new ArrayList<>();

    public static void main(String[] args) {
        System.exit(new CommandLine(new Benchmark()).setCaseInsensitiveEnumValuesAllowed(true).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        ClaimType claimType = parseType(type);
        Mode m = Mode.valueOf(mode.toUpperCase(Locale.ROOT));
        System.out.printf(Locale.ROOT, "scrub837 benchmark: %s, %s, max heap %.0f MB, %d processors%n",
                m.name().toLowerCase(Locale.ROOT), claimType.label(), HeapWatch.maxHeapBytes() / 1e6,
                Runtime.getRuntime().availableProcessors());
        if (m == Mode.LARGE) {
            runLarge(claimType);
        } else {
            runSmall(claimType);
        }
        return 0;
    }

    private void runLarge(ClaimType claimType) throws Exception {
        GeneratorOptions options = (claims != null
                ? GeneratorOptions.ofClaims(claimType, seed, claims)
                : GeneratorOptions.ofBytes(claimType, seed, ByteSize.parse(size)))
                .withTransactions(transactions, groups);
        String label = claims != null ? claims + "claims" : ByteSize.label(ByteSize.parse(size));
        Path file = work.resolve(String.format("large-%s-%s-t%d-g%d-s%d.edi", claimType.label(), label,
                transactions, groups, seed));
        generateOnce(options, file);
        Path warmup = work.resolve(String.format("warmup-%s-%s.edi", claimType.label(), warmupSize));
        generateOnce(GeneratorOptions.ofBytes(claimType, seed + 1, ByteSize.parse(warmupSize))
                .withTransactions(transactions, groups), warmup);

        long size = Files.size(file);
        FullScrub engine = bareOnly ? null : new FullScrub(config, formats);
        if (engine != null) {
            System.out.println("reports: " + engine.formats());
        }
        System.out.println("warm-up ...");
        BareRead.read(warmup);
        TransactionSplitter.split(warmup);
        if (engine != null) {
            engine.scrub(warmup, work.resolve("out-warmup"), "warmup");
        }

        HeapWatch heap = new HeapWatch();
        heap.start();
        long t0 = System.nanoTime();
        BareRead.Counts counts = BareRead.read(file);
        long nanos = System.nanoTime() - t0;
        record(Measurement.of("bare StAEDI read", size, counts.claims(), 1, nanos, heap));
        System.out.printf(Locale.ROOT, "  %d segments, %d claims%n", counts.segments(), counts.claims());

        heap.start();
        t0 = System.nanoTime();
        FileLayout layout = TransactionSplitter.split(file);
        nanos = System.nanoTime() - t0;
        record(Measurement.of("transaction split scan", size, counts.claims(), 1, nanos, heap));
        System.out.printf(Locale.ROOT, "  %d interchanges, %d transactions%n", layout.interchanges().size(),
                layout.transactions().size());
        if (engine == null) {
            return;
        }
        Measurement bare = measurements.get(0);
        Path expected = Generator837.expectedPath(file);
        String base = FileScrubber.baseName(file);

        heap.start();
        t0 = System.nanoTime();
        FullScrub.Done done = engine.scrub(file, work.resolve("out-" + base), base);
        nanos = System.nanoTime() - t0;
        Measurement full = Measurement.of("full scrub", size, done.outcome().claims(), 1, nanos, heap);
        record(full);
        System.out.printf(Locale.ROOT, "  status %s, %d accepted, %d rejected; scrub/bare throughput %.2f%n",
                done.outcome().status().label(), done.outcome().accepted(), done.outcome().rejected(),
                full.megabytesPerSecond() / bare.megabytesPerSecond());
        report(ReportCheck.compare(done.report(), expected));

        int threadCount = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (layout.transactions().size() > 1 && threadCount > 1) {
            runParallel(engine, file, expected, base, size, bare, heap, threadCount);
        }
    }

    /**
     * The engine's parallel scrub of the same file, writing the real outputs; the clean and
     * rejected 837 must equal the sequential scrub's byte for byte. A failure here is reported, not
     * fatal.
     */
    private void runParallel(FullScrub engine, Path file, Path expected, String base, long size, Measurement bare,
            HeapWatch heap, int threadCount) throws IOException {
        Path outDir = work.resolve("out-" + base + "-parallel");
        heap.start();
        long t0 = System.nanoTime();
        FullScrub.Done done;
        try {
            done = engine.scrubInParallel(file, outDir, base, threadCount);
        } catch (Exception | OutOfMemoryError e) {
            System.out.printf(Locale.ROOT, "parallel scrub x%d      FAILED after %.2f s: %s%n", threadCount,
                    (System.nanoTime() - t0) / 1e9, e);
            return;
        }
        long nanos = System.nanoTime() - t0;
        Measurement parallel = Measurement.of("parallel scrub x" + threadCount, size, done.outcome().claims(), 1,
                nanos, heap);
        record(parallel);
        System.out.printf(Locale.ROOT, "  status %s; parallel/bare throughput %.2f%n",
                done.outcome().status().label(), parallel.megabytesPerSecond() / bare.megabytesPerSecond());
        report(ReportCheck.compare(done.report(), expected));
        Path sequentialOut = work.resolve("out-" + base);
        for (String suffix : new String[] {ScrubEngine.CLEAN_SUFFIX, ScrubEngine.REJECTED_SUFFIX}) {
            Path a = OutputNames.resolve(sequentialOut, base, suffix);
            Path b = OutputNames.resolve(outDir, base, suffix);
            boolean same = Files.exists(a) == Files.exists(b) && (!Files.exists(a) || Files.mismatch(a, b) == -1);
            System.out.println("  " + suffix + (same ? " identical to the sequential scrub's" : " DIFFERS from the"
                    + " sequential scrub's"));
        }
    }

    private static void report(ReportCheck.Result check) {
        System.out.println("  correctness: " + (check.allRight() ? "ALL RIGHT: " : "MISMATCHES: ") + check.summary());
        for (String m : check.firstMismatches()) {
            System.out.println("    " + m);
        }
    }

    /**
     * Small files go through replay itself, in this JVM: the {@code replay} command with every file
     * on its command line, as a script would run it (one engine load, then file after file). The
     * warm-up replays the first 200 files into a folder of its own; the measured replay writes into
     * a new, empty folder, as a replay of new files does. Both are deleted after the correctness
     * check (outputs of an earlier run before the warm-up), so that the file system is not still
     * freeing thousands of deleted files during the measured phase. With {@code --replace-outputs}
     * the warm-up replays every file and the measured replay overwrites those outputs (a re-run).
     */
    private void runSmall(ClaimType claimType) throws Exception {
        Path dir = work.resolve(String.format("small-%s-n%d-s%d", claimType.label(), files, seed));
        List<Path> inputs = generateSmallOnce(claimType, dir);
        long bytes = 0;
        for (Path p : inputs) {
            bytes += Files.size(p);
        }
        Path outDir = work.resolve("out-" + dir.getFileName());
        Path warmupDir = replaceOutputs ? outDir : work.resolve("out-" + dir.getFileName() + "-warmup");
        System.out.println("warm-up ...");
        List<Path> warmup = replaceOutputs ? inputs : inputs.subList(0, Math.min(200, inputs.size()));
        for (Path p : warmup) {
            BareRead.read(p);
        }
        if (!bareOnly) {
            emptyFolder(outDir);
            emptyFolder(warmupDir);
            SmallReplay.run(config, formats, warmupDir, warmup);
        }
        HeapWatch heap = new HeapWatch();
        heap.start();
        long t0 = System.nanoTime();
        long claimCount = 0;
        for (Path p : inputs) {
            claimCount += BareRead.read(p).claims();
        }
        long nanos = System.nanoTime() - t0;
        record(Measurement.of("bare StAEDI read", bytes, claimCount, inputs.size(), nanos, heap));
        if (bareOnly) {
            return;
        }
        heap.start();
        t0 = System.nanoTime();
        int exit = SmallReplay.run(config, formats, outDir, inputs);
        nanos = System.nanoTime() - t0;
        Measurement full = Measurement.of(replaceOutputs ? "replay (re-run)" : "replay", bytes, claimCount,
                inputs.size(), nanos, heap);
        record(full);
        System.out.printf(Locale.ROOT, "  replay exit status %d; replay/bare files per second %.2f%n", exit,
                full.filesPerSecond() / measurements.get(0).filesPerSecond());
        long filesRight = 0;
        long compared = 0;
        long right = 0;
        ReportCheck.Result firstWrong = null;
        for (Path input : inputs) {
            Path report = OutputNames.resolve(outDir, FileScrubber.baseName(input), ReportFormat.JSON.suffix());
            ReportCheck.Result r = ReportCheck.compare(report, Generator837.expectedPath(input));
            compared += r.compared();
            right += r.right();
            if (r.allRight()) {
                filesRight++;
            } else if (firstWrong == null) {
                firstWrong = r;
            }
        }
        System.out.printf(Locale.ROOT, "  correctness: %d of %d files all right, %d of %d claims right%n", filesRight,
                inputs.size(), right, compared);
        if (firstWrong != null) {
            report(firstWrong);
        }
        emptyFolder(outDir);
        emptyFolder(warmupDir);
    }

    /** Deletes the files of a folder of outputs (not recursive); creates it when missing. */
    private static void emptyFolder(Path folder) throws IOException {
        Files.createDirectories(folder);
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(folder)) {
            for (Path p : ds) {
                if (Files.isRegularFile(p)) {
                    Files.delete(p);
                }
            }
        }
    }

    /** Generates unless a complete earlier generation (marked by {@code .ok}) is there. */
    private void generateOnce(GeneratorOptions options, Path file) throws IOException {
        Path marker = file.resolveSibling(file.getFileName() + ".ok");
        if (!regenerate && Files.exists(marker) && Files.exists(file)) {
            System.out.printf(Locale.ROOT, "using %s (%.1f MB)%n", file, Files.size(file) / 1e6);
            return;
        }
        Files.deleteIfExists(marker);
        long t0 = System.nanoTime();
        Generator837.Summary summary = Generator837.generate(options, file);
        double seconds = (System.nanoTime() - t0) / 1e9;
        Files.writeString(marker, summary.toString());
        System.out.printf(Locale.ROOT, "generated %s: %.1f MB, %d claims (%d with a defect), %d groups, "
                + "%d transactions in %.1f s%n", file, summary.bytes() / 1e6, summary.claims(),
                summary.defectiveClaims(), summary.groups(), summary.transactions(), seconds);
    }

    private List<Path> generateSmallOnce(ClaimType claimType, Path dir) throws IOException {
        List<Path> inputs = new ArrayList<>(files);
        for (int i = 0; i < files; i++) {
            inputs.add(dir.resolve(String.format("f%06d.edi", i)));
        }
        Path marker = dir.resolve(".ok");
        if (!regenerate && Files.exists(marker)) {
            System.out.printf("using %d files in %s%n", files, dir);
            return inputs;
        }
        Files.createDirectories(dir);
        long t0 = System.nanoTime();
        for (int i = 0; i < files; i++) {
            // 1-5 claims, one transaction; the seed of each file follows from the run's seed.
            long claimCount = 1 + Math.floorMod(seed * 31 + i * 7L, 5);
            Generator837.generate(GeneratorOptions.ofClaims(claimType, seed * 1_000_003L + i, claimCount)
                    .withTransactions(1, 1), inputs.get(i));
        }
        Files.writeString(marker, files + " files");
        System.out.printf(Locale.ROOT, "generated %d files in %s in %.1f s%n", files, dir,
                (System.nanoTime() - t0) / 1e9);
        return inputs;
    }

    private void record(Measurement m) throws IOException {
        measurements.add(m);
        System.out.println(m.line());
        if (results != null) {
            appendResult(m);
        }
    }

    private void appendResult(Measurement x) throws IOException {
        boolean header = !Files.exists(results);
        if (results.toAbsolutePath().getParent() != null) {
            Files.createDirectories(results.toAbsolutePath().getParent());
        }
        try (Writer w = Files.newBufferedWriter(results, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND)) {
            if (header) {
                w.write("when\tmode\ttype\tphase\tbytes\tclaims\tfiles\tseconds\tMBps\tclaimsPerS\tpeakHeapMB"
                        + "\tmaxHeapMB\tcpuSeconds\n");
            }
            w.write(String.format(Locale.ROOT, "%s\t%s\t%s\t%s\t%d\t%d\t%d\t%.3f\t%.2f\t%.0f\t%.1f\t%.0f\t%.3f%n",
                    Instant.now(), mode.toLowerCase(Locale.ROOT), parseType(type).label(), x.phase(), x.bytes(),
                    x.claims(), x.files(), x.seconds(), x.megabytesPerSecond(), x.claimsPerSecond(),
                    x.peakHeapBytes() / 1e6, HeapWatch.maxHeapBytes() / 1e6, x.cpuNanos() / 1e9));
        }
    }

    static ClaimType parseType(String text) {
        return switch (text.trim().toUpperCase(Locale.ROOT)) {
            case "P", "837P", "PROFESSIONAL" -> ClaimType.PROFESSIONAL;
            case "I", "837I", "INSTITUTIONAL" -> ClaimType.INSTITUTIONAL;
            default -> throw new IllegalArgumentException("type must be P or I: " + text);
        };
    }
}
