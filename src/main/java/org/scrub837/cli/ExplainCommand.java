package org.scrub837.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.scrub837.model.Claim;
import org.scrub837.model.ClaimResult;
import org.scrub837.model.EnvelopeEnd;
import org.scrub837.model.Finding;
import org.scrub837.model.HierarchyLevel;
import org.scrub837.model.Segment;
import org.scrub837.model.SyntaxIssue;
import org.scrub837.model.Transaction;
import org.scrub837.read.ClaimHandler;
import org.scrub837.read.EdiSource;
import org.scrub837.read.InvalidEdiException;
import org.scrub837.scrub.ScrubEngine;

import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Prints claims as their segments with each finding beside the segment it concerns: for EDI
 * analysts replaying a file in a terminal. Writes nothing to disk.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Print every claim of an 837 (or one, with --claim) as its segments, each finding "
                + "inline beside the segment it concerns.",
                "Exit status: 0 all claims accepted, 1 some claim rejected, 2 the file failed, 64 usage error."},
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
        Printer printer = new Printer(engine, out);
        try {
            engine.reader().read(EdiSource.of(file), file.getFileName().toString(), printer);
        } catch (InvalidEdiException e) {
            out.println(style("FAILED", Ansi.Style.bold, Ansi.Style.fg_red) + " " + e.getMessage());
            out.flush();
            return ExitCodes.FILE_FAILED;
        }
        for (String note : printer.envelopeNotes) {
            out.println(style("warn", Ansi.Style.fg_yellow) + " " + note);
        }
        if (claimId != null && printer.shown == 0) {
            out.println("no claim with CLM01 '" + claimId + "' in " + file.getFileName());
            out.flush();
            return ExitCodes.USAGE;
        }
        out.printf("%d claim(s) shown: %d accepted, %d rejected%n", printer.shown, printer.shown - printer.rejected,
                printer.rejected);
        out.flush();
        return printer.rejected > 0 ? ExitCodes.CLAIMS_REJECTED : ExitCodes.ACCEPTED;
    }

    private final class Printer implements ClaimHandler {
        private final ScrubEngine engine;
        private final PrintWriter out;
        private final List<String> envelopeNotes = new ArrayList<>();
        private int shown;
        private int rejected;

        Printer(ScrubEngine engine, PrintWriter out) {
            this.engine = engine;
            this.out = out;
        }

        @Override
        public void claim(Claim claim) {
            if (claimId != null && !claimId.equals(claim.claimId())) {
                return;
            }
            ClaimResult result = engine.evaluator().evaluate(claim);
            shown++;
            if (result.rejected()) {
                rejected++;
            }
            Transaction tx = claim.transaction();
            out.println(style("Claim " + claim.claimId(), Ansi.Style.bold) + "  " + tx.claimType().label()
                    + ", transaction " + tx.controlNumber() + ", payer profile " + result.payerProfile() + ": "
                    + (result.rejected() ? style("REJECTED", Ansi.Style.bold, Ansi.Style.fg_red)
                            : style("ACCEPTED", Ansi.Style.bold, Ansi.Style.fg_green)));
            List<Finding> unplaced = new ArrayList<>(result.findings());
            if (context) {
                for (HierarchyLevel level : levels(claim)) {
                    for (Segment s : level.segments()) {
                        printSegment(s, unplaced, true);
                    }
                }
            }
            for (Segment s : claim.segments()) {
                printSegment(s, unplaced, false);
            }
            for (Finding f : unplaced) {
                out.println("        " + finding(f));
            }
            out.println();
        }

        private List<HierarchyLevel> levels(Claim claim) {
            List<HierarchyLevel> levels = new ArrayList<>();
            levels.add(claim.billingProvider());
            levels.add(claim.subscriber());
            if (claim.patient() != null) {
                levels.add(claim.patient());
            }
            return levels;
        }

        private void printSegment(Segment s, List<Finding> unplaced, boolean dim) {
            List<Finding> here = new ArrayList<>();
            for (Finding f : unplaced) {
                if (f.segmentPosition() == s.position()) {
                    here.add(f);
                }
            }
            unplaced.removeAll(here);
            String text = String.format("%6d  %s", s.position(), s.text());
            if (!here.isEmpty()) {
                out.println(style(text, Ansi.Style.bold));
            } else {
                out.println(dim ? style(text, Ansi.Style.faint) : text);
            }
            for (Finding f : here) {
                out.println("        " + finding(f));
            }
        }

        private String finding(Finding f) {
            String sev = f.rejects() ? style("reject", Ansi.Style.fg_red) : style("warn", Ansi.Style.fg_yellow);
            return "^ " + sev + " " + style(f.ruleId(), Ansi.Style.bold) + (f.line() == null ? ""
                    : " (line " + f.line() + ")") + ": " + f.message()
                    + (f.authority() == null || f.authority().isEmpty() ? "" : " [" + f.authority() + "]");
        }

        @Override
        public void endTransaction(Transaction transaction, EnvelopeEnd end) {
            for (SyntaxIssue i : end.issues()) {
                if (i.scope() == SyntaxIssue.Scope.TRANSACTION) {
                    envelopeNotes.add("transaction " + transaction.controlNumber() + ": " + i.description());
                }
            }
        }
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
