package org.scrub837.bench;

import org.scrub837.scrub.parallel.TransactionSplitter;
import org.scrub837.scrub.parallel.FileLayout;
import org.scrub837.scrub.parallel.OrderedParallel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.scrub837.scrub.parallel.FileLayout.TransactionPart;
import org.scrub837.model.FileOutcome;
import org.scrub837.scrub.FileScrubber;
import org.scrub837.scrub.OutputFactory;
import org.scrub837.scrub.OutputNames;
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
        this.scrubber = engine.scrubber();
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
     * Scrubs each transaction of one file as an interchange of its own, on {@code threads} threads,
     * taking the results in file order. Each transaction is first copied out to a file (the engine
     * reads files), which the measured time includes. The 837 outputs stay one per transaction: how
     * to put them back together is the engine's to decide.
     */
    List<Done> scrubTransactionsInParallel(Path input, FileLayout layout, Path outDir, int threads)
            throws Exception {
        Files.createDirectories(outDir);
        List<TransactionPart> parts = layout.transactions();
        List<Integer> indexes = new ArrayList<>(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            indexes.add(i);
        }
        List<Done> results = new ArrayList<>(parts.size());
        OrderedParallel.run(indexes, threads, threads + 1, i -> {
            String base = String.format("part-%05d", i);
            Path alone = outDir.resolve(base + ".edi");
            try (InputStream in = TransactionSplitter.openAsInterchange(input, layout, parts.get(i))) {
                Files.copy(in, alone, StandardCopyOption.REPLACE_EXISTING);
            }
            try {
                return scrub(alone, outDir, base);
            } finally {
                Files.deleteIfExists(alone);
            }
        }, results::add);
        return results;
    }
}
