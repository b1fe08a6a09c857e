package org.scrub837.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.scrub837.model.FileOutcome;
import org.scrub837.scrub.FileScrubber;
import org.scrub837.scrub.OutputFactory;
import org.scrub837.scrub.OutputNames;
import org.scrub837.scrub.ScrubPolicy;
import org.scrub837.scrub.ReportFormat;
import org.scrub837.scrub.ScrubEngine;

/**
 * The engine as the benchmark drives it: the same {@link ScrubEngine} the CLI and the watch folder
 * use, loaded once from a configuration folder, writing the clean and rejected 837 and the chosen
 * reports (the JSON report always).
 */
final class FullScrub {

    /** What one scrub gave: the outcome and where its JSON report is. */
    record Done(FileOutcome outcome, Path report) {
    }

    private final ScrubEngine engine;
    private final FileScrubber scrubber;
    private final Set<ReportFormat> formats;

    FullScrub(Path configDir, String formatList) throws IOException {
        this.engine = ScrubEngine.load(configDir);
        // the sequential engine: the parallel one is measured on its own (scrubInParallel)
        this.scrubber = new FileScrubber(engine.reader(), engine.evaluator());
        this.formats = formatList == null ? engine.settings().formats() : ReportFormat.parseList(formatList);
    }

    Set<ReportFormat> formats() {
        return formats;
    }

    Done scrub(Path input, Path outDir, String base) throws IOException {
        Files.createDirectories(outDir);
        OutputFactory outputs = engine.outputs(outDir, outDir, formats);
        FileOutcome outcome = scrubber.scrub(input, base, outputs);
        return new Done(outcome, OutputNames.resolve(outDir, base, ReportFormat.JSON.suffix()));
    }

    /**
     * Scrubs the file with the engine's per-transaction scrub ({@code PerTransactionScrubber}) on
     * {@code threads} threads, whatever its size: the real outputs, identical to {@link #scrub}'s.
     */
    Done scrubInParallel(Path input, Path outDir, String base, int threads) throws IOException {
        Files.createDirectories(outDir);
        OutputFactory outputs = engine.outputs(outDir, outDir, formats);
        ScrubPolicy policy = ScrubPolicy.of(threads, 0, engine.policy().maxFileBytes());
        // spooled beside the outputs (the engine's own scrubber spools under scrub.state)
        Path spool = outDir.resolveSibling(outDir.getFileName() + "-spool");
        FileOutcome outcome = new FileScrubber(engine.reader(), engine.evaluator(), policy, spool).scrub(input, base,
                outputs);
        return new Done(outcome, OutputNames.resolve(outDir, base, ReportFormat.JSON.suffix()));
    }
}
