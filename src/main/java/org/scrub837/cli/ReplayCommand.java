package org.scrub837.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.scrub837.model.FileOutcome;
import org.scrub837.model.FileStatus;
import org.scrub837.scrub.FileBatch;
import org.scrub837.scrub.FileScrubber;
import org.scrub837.scrub.OutputFactory;
import org.scrub837.scrub.ReportFormat;
import org.scrub837.scrub.ScrubEngine;
import org.scrub837.scrub.ScrubProgress;
import org.scrub837.write.ClaimFacts;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Re-runs files through the scrubber and writes every output into one folder: for EDI analysts
 * and for scripts.
 */
@Command(name = "replay", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Scrub 837 files and write, for each input B.ext, B.report.json (always), "
                + "B.clean.837 (accepted claims) and B.rejected.837 (rejected claims) into the output folder.",
                "One line per file on standard output, e.g. 'claims.837: partial (3 claims: 2 accepted, 1 rejected)'."
                        + " When standard error is a terminal, a progress line there shows the bytes and claims"
                        + " done, the rate and the time left (never when it is piped).",
                "Exit status: 0 all claims accepted, 1 some claim rejected, 2 some file failed, 64 usage error."},
        footerHeading = "%nExamples:%n",
        footer = {"  java -jar scrub837.jar replay claims.837          outputs into ./replay-out",
                "  java -jar scrub837.jar replay --out out/ inbox/   every file of a folder",
                "  java -jar scrub837.jar replay --formats json,html --out out/ a.837 b.837",
                "  java -jar scrub837.jar replay --progress never big.837"},
        exitCodeOnInvalidInput = ExitCodes.USAGE)
final class ReplayCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "replay-out",
            description = "Folder for the outputs (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Option(names = "--config", paramLabel = "DIR", defaultValue = "config",
            description = "Configuration folder (default: ${DEFAULT-VALUE}).")
    private Path config;

    @Option(names = "--formats", paramLabel = "LIST", split = ",",
            description = "Reports to write: json (always), txt, html, 999, 277ca (default: scrub.formats).")
    private List<String> formats;

    /** When the progress line is shown. */
    enum ProgressMode { auto, always, never }

    @Option(names = "--progress", paramLabel = "WHEN", defaultValue = "auto",
            description = "Progress line on standard error: auto (when it is a terminal), always, never"
                    + " (default: ${DEFAULT-VALUE}).")
    private ProgressMode progress;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "837 files, or folders of them (not recursive).")
    private List<Path> paths;

    @Override
    public Integer call() throws IOException {
        List<Path> inputs = expand(paths);
        ScrubEngine engine = ScrubEngine.load(config);
        Set<ReportFormat> chosen = formats == null ? engine.settings().formats()
                : ReportFormat.parseList(String.join(",", formats));
        Files.createDirectories(out);
        OutputFactory outputs = engine.outputs(out, out, chosen);
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        TerminalProgress display = showProgress() ? new TerminalProgress(stderr, totalBytes(inputs), System::nanoTime)
                : null;
        // replay's own display replaces the service's progress log lines: none at all when piped
        FileScrubber scrubber = engine.scrubber().withProgress(display != null ? display : ScrubProgress.NONE);
        boolean[] anyFailed = {false};
        boolean[] anyRejected = {false};
        Set<String> bases = new HashSet<>();
        List<FileBatch.Job> jobs = new ArrayList<>(inputs.size());
        for (Path input : inputs) {
            String base = FileScrubber.baseName(input);
            if (!bases.add(base)) {
                // two inputs with one base name (a.837, a.txt): keep both outputs apart
                base = input.getFileName().toString();
                bases.add(base);
            }
            jobs.add(new FileBatch.Job(input, base));
        }
        try {
            new FileBatch(engine, scrubber, outputs, engine.settings().replayFiles()).run(jobs, done -> {
                FileOutcome outcome = done.outcome();
                anyFailed[0] |= outcome.status() == FileStatus.FAILED;
                anyRejected[0] |= outcome.rejected() > 0 || outcome.status() == FileStatus.REJECTED
                        || outcome.status() == FileStatus.PARTIAL;
                Runnable print = () -> {
                    if (done.readError() != null) {
                        stderr.println("scrub837: " + done.job().input() + ": " + done.readError().getMessage());
                        stderr.flush();
                    }
                    stdout.println(line(done.job().input(), outcome));
                    stdout.flush();
                };
                if (display != null) {
                    display.above(print);
                } else {
                    print.run();
                }
            });
        } finally {
            if (display != null) {
                display.clear();
            }
        }
        stdout.flush();
        if (anyFailed[0]) {
            return ExitCodes.FILE_FAILED;
        }
        return anyRejected[0] ? ExitCodes.CLAIMS_REJECTED : ExitCodes.ACCEPTED;
    }

    /** The per-file line; "1 claim" where the count is one, the rest of the format as it always was. */
    static String line(Path input, FileOutcome o) {
        if (o.status() == FileStatus.FAILED) {
            return input.getFileName() + ": failed: " + o.fileFindings().get(0).message();
        }
        return input.getFileName() + ": " + o.status().label() + " (" + ClaimFacts.count(o.claims(), "claim") + ": "
                + o.accepted() + " accepted, " + o.rejected() + " rejected)";
    }

    private boolean showProgress() {
        return switch (progress) {
            case always -> true;
            case never -> false;
            case auto -> TerminalProgress.stderrIsTerminal();
        };
    }

    private static long totalBytes(List<Path> inputs) {
        long total = 0;
        for (Path p : inputs) {
            try {
                total += Files.size(p);
            } catch (IOException e) {
                // the scrub reports it
            }
        }
        return total;
    }

    private List<Path> expand(List<Path> given) throws IOException {
        List<Path> inputs = new ArrayList<>();
        for (Path p : given) {
            if (Files.isDirectory(p)) {
                List<Path> inFolder = new ArrayList<>();
                try (DirectoryStream<Path> ds = Files.newDirectoryStream(p)) {
                    for (Path f : ds) {
                        if (Files.isRegularFile(f)) {
                            inFolder.add(f);
                        }
                    }
                }
                inFolder.sort(null);
                inputs.addAll(inFolder);
            } else if (Files.isRegularFile(p)) {
                inputs.add(p);
            } else {
                throw new ParameterException(spec.commandLine(), "no such file or folder: " + p);
            }
        }
        if (inputs.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "no files to replay in " + given);
        }
        return inputs;
    }
}
