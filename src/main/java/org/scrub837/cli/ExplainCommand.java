package org.scrub837.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.scrub837.model.FileOutcome;
import org.scrub837.model.FileStatus;
import org.scrub837.scrub.OutputFactory;
import org.scrub837.scrub.ScrubEngine;
import org.scrub837.write.ClaimFacts;
import org.scrub837.write.ExplainPrinter;
import org.scrub837.write.ResultWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Prints claims as their segments with each finding beside the segment it concerns: for EDI
 * analysts replaying a file in a terminal. Writes no output file (on a large file the text waits in
 * an owner-only temporary spool until the outcome is known, and is deleted).
 */
@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Print every claim of an 837 (or one, with --claim) as its segments, each finding "
                + "inline beside the segment it concerns.",
                "It prints once the whole file is scrubbed, with the verdicts and file findings of the file's"
                        + " reports; a file that fails shows why and what to do, and no claim verdict.",
                "Exit status: 0 all claims accepted, 1 some claim rejected, 2 the file failed, 64 usage error"
                        + " (or no claim with the CLM01 given)."},
        footerHeading = "%nExamples:%n",
        footer = {"  java -jar scrub837.jar explain claims.837                every claim",
                "  java -jar scrub837.jar explain claims.837 --claim PCN1   one claim, by CLM01",
                "  java -jar scrub837.jar explain claims.837 --context      with the HL levels"},
        exitCodeOnInvalidInput = ExitCodes.USAGE)
final class ExplainCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The 837 file.")
    private Path file;

    @Option(names = "--claim", paramLabel = "CLM01", description = "Only the claim with this patient control number.")
    private String claimId;

    @Option(names = "--config", paramLabel = "DIR", defaultValue = "config",
            description = "Configuration folder (default: ${DEFAULT-VALUE}).")
    private Path config;

    @Option(names = "--context", description = "Also print the billing provider, subscriber and patient levels.")
    private boolean context;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "no such file: " + file);
        }
        ScrubEngine engine = ScrubEngine.load(config);
        PrintWriter out = spec.commandLine().getOut();
        ExplainPrinter printer = new ExplainPrinter(out, this::style, claimId, context);
        // the scrub the reports come from, with this printer as its only output: the same verdicts,
        // the same file findings, and for a failed file the same "no claim accepted or rejected"
        OutputFactory outputs = new OutputFactory() {
            @Override
            public List<ResultWriter> claimOutputs(String base) {
                return List.of();
            }

            @Override
            public List<ResultWriter> reports(String base) {
                return List.of(printer);
            }
        };
        FileOutcome outcome = engine.scrubber().scrub(file, outputs);
        if (outcome.status() == FileStatus.FAILED) {
            out.flush();
            return ExitCodes.FILE_FAILED;
        }
        if (claimId != null && printer.shown() == 0) {
            out.println("no claim with CLM01 '" + claimId + "' in " + file.getFileName());
            out.flush();
            return ExitCodes.USAGE;
        }
        out.println(ClaimFacts.count(printer.shown(), "claim") + " shown: " + (printer.shown() - printer.rejected())
                + " accepted, " + printer.rejected() + " rejected");
        out.flush();
        // as replay: a file rejected as a whole (a transaction without claims) is a rejection too
        boolean fileRejected = claimId == null
                && (outcome.status() == FileStatus.REJECTED || outcome.status() == FileStatus.PARTIAL);
        return printer.rejected() > 0 || fileRejected ? ExitCodes.CLAIMS_REJECTED : ExitCodes.ACCEPTED;
    }

    private String style(String text, ExplainPrinter.Tone tone) {
        return switch (tone) {
            case CLAIM, RULE, MARKED -> style(text, Ansi.Style.bold);
            case ACCEPTED -> style(text, Ansi.Style.bold, Ansi.Style.fg_green);
            case REJECTED, FAILED -> style(text, Ansi.Style.bold, Ansi.Style.fg_red);
            case REJECT -> style(text, Ansi.Style.fg_red);
            case WARN -> style(text, Ansi.Style.fg_yellow);
            case FAINT -> style(text, Ansi.Style.faint);
        };
    }

    /**
     * Styles text with ANSI codes when the terminal takes them. Claim data never goes through
     * picocli's markup parser, so characters such as {@code @|} in a segment print as they are.
     */
    private String style(String text, Ansi.Style... styles) {
        Ansi ansi = spec.commandLine().getColorScheme().ansi();
        if (!ansi.enabled()) {
            return text;
        }
        StringBuilder sb = new StringBuilder();
        for (Ansi.Style st : styles) {
            sb.append(st.on());
        }
        return sb.append(text).append(Ansi.Style.reset.on()).toString();
    }
}
