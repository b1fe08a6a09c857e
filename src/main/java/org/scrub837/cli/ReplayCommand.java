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
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Scrub 837 files and write, for each input B.ext, B.report.json (always), "
                + "B.clean.837 (accepted claims) and B.rejected.837 (rejected claims) into the output folder.",
                "Exit status: 0 all claims accepted, 1 some claim rejected, 2 some file failed, 64 usage error."},
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
        FileScrubber scrubber = engine.scrubber();
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
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
        new FileBatch(engine, scrubber, outputs, engine.settings().replayFiles()).run(jobs, done -> {
            if (done.readError() != null) {
                stderr.println("scrub837: " + done.job().input() + ": " + done.readError().getMessage());
            }
            FileOutcome outcome = done.outcome();
            anyFailed[0] |= outcome.status() == FileStatus.FAILED;
            anyRejected[0] |= outcome.rejected() > 0 || outcome.status() == FileStatus.REJECTED
                    || outcome.status() == FileStatus.PARTIAL;
            stdout.println(line(done.job().input(), outcome));
        });
        stdout.flush();
        if (anyFailed[0]) {
            return ExitCodes.FILE_FAILED;
        }
        return anyRejected[0] ? ExitCodes.CLAIMS_REJECTED : ExitCodes.ACCEPTED;
    }

    private static String line(Path input, FileOutcome o) {
        if (o.status() == FileStatus.FAILED) {
            return input.getFileName() + ": failed: " + o.fileFindings().get(0).message();
        }
        return input.getFileName() + ": " + o.status().label() + " (" + o.claims() + " claims: " + o.accepted()
                + " accepted, " + o.rejected() + " rejected)";
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
