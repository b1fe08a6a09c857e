package org.scrub837.write;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.scrub837.model.Claim;
import org.scrub837.model.ClaimResult;
import org.scrub837.model.FileOutcome;
import org.scrub837.model.FileStatus;
import org.scrub837.model.Finding;

/**
 * {@code B.summary.txt}: what a biller reads first. The file, its status and counts; for a failed
 * file what to do about it; findings counted by rule over every claim; then the rejected claims
 * with the findings that reject them; then warnings (from any claim) on their own; then findings
 * about the file as a whole. At most {@link ReportLimits#claims()} claims (and
 * {@link ReportLimits#claimBytes()} bytes) are listed in each claim section, the others counted with
 * a pointer to the JSON report, so the summary stays short whatever the input's size. Both claim
 * sections are spooled ({@link CardSpool}) because the counts come first.
 */
public final class TextSummaryWriter implements ResultWriter {

    /** Findings listed under one claim; more are counted. */
    static final int MAX_FINDINGS_PER_CLAIM = 40;
    /** File findings listed; more are counted. */
    static final int MAX_FILE_FINDINGS = 200;

    private final Path target;
    private final ReportLimits limits;
    /** Where the watch folder puts the original (null for replay): named so a report can be matched with it. */
    private final ArchivedOriginal original;
    private final RuleTotals totals = new RuleTotals();
    private CardSpool rejectedClaims;
    private CardSpool warnings;
    private long claims;
    private long rejected;
    private long warningCount;

    public TextSummaryWriter(Path target) {
        this(target, ReportLimits.DEFAULT);
    }

    public TextSummaryWriter(Path target, ReportLimits limits) {
        this(target, limits, null);
    }

    /** @param original where the watch folder puts the input (its summary names it), or null */
    public TextSummaryWriter(Path target, ReportLimits limits, ArchivedOriginal original) {
        this.target = Objects.requireNonNull(target, "target");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.original = original;
    }

    @Override
    public Path target() {
        return target;
    }

    @Override
    public void claim(ClaimResult result) throws IOException {
        claims++;
        if (result.findings().isEmpty()) {
            // most claims: nothing to list
            return;
        }
        totals.add(result);
        if (result.rejected()) {
            rejected++;
            if (rejectedClaims == null) {
                rejectedClaims = new CardSpool(target, "rejected", limits.claims(), limits.claimBytes());
            }
            rejectedClaims.offer(rejectedClaims.accepting() ? entry(result, true) : null);
        }
        long warningsHere = result.findings().stream().filter(f -> !f.rejects()).count();
        if (warningsHere > 0) {
            warningCount += warningsHere;
            if (warnings == null) {
                warnings = new CardSpool(target, "warnings", limits.claims(), limits.claimBytes());
            }
            warnings.offer(warnings.accepting() ? entry(result, false) : null);
        }
    }

    /** A claim with its rejecting findings (or its warnings). */
    private static String entry(ClaimResult result, boolean rejecting) {
        Claim claim = result.claim();
        StringBuilder b = new StringBuilder(256);
        b.append("  Claim ").append(oneLine(claim.claimId())).append(" (transaction ")
                .append(oneLine(claim.transaction().controlNumber())).append("): service ")
                .append(ClaimFacts.datesOfService(claim)).append(", charge ").append(oneLine(ClaimFacts.totalCharge(claim)))
                .append(", payer ").append(oneLine(ClaimFacts.payer(claim))).append('\n');
        int listed = 0;
        int more = 0;
        for (Finding f : result.findings()) {
            if (f.rejects() == rejecting) {
                if (listed < MAX_FINDINGS_PER_CLAIM) {
                    listed++;
                    b.append("    - ").append(describe(f)).append('\n');
                } else {
                    more++;
                }
            }
        }
        if (more > 0) {
            b.append("    - and ").append(more).append(" more (see the JSON report)\n");
        }
        return b.toString();
    }

    private static String describe(Finding f) {
        return "[" + f.ruleId() + "] " + (f.line() == null ? "claim" : "line " + f.line()) + ": "
                + oneLine(f.message());
    }

    /** Messages are free text; a line break inside one would break the layout. */
    private static String oneLine(String text) {
        return text == null ? "" : text.replace('\r', ' ').replace('\n', ' ');
    }

    @Override
    public void finish(FileOutcome outcome) throws IOException {
        try (AtomicFile file = AtomicFile.create(target)) {
            Writer w = new BufferedWriter(new OutputStreamWriter(file.stream(), StandardCharsets.UTF_8), 1 << 16);
            boolean failed = outcome.status() == FileStatus.FAILED;
            w.write("scrub837 summary\n");
            w.write("File:      " + outcome.fileName() + "\n");
            if (original != null) {
                w.write("Original:  " + (failed ? "failed/" + original.failedName() : "archive/" + original.archivedName())
                        + "\n");
            }
            w.write("Status:    " + outcome.status().label() + "\n");
            w.write("Rule set:  " + outcome.ruleSetVersion() + "\n");
            if (failed) {
                w.write("The file could not be scrubbed; no claim was accepted or rejected.\n");
                w.write("What to do: " + FailureAdvice.of(failureMessage(outcome.fileFindings())) + "\n");
                w.write("Claims read before the failure: " + Math.max(outcome.claims(), claims) + "\n");
            } else {
                w.write("Claims:    " + claims + " (accepted " + (claims - rejected) + ", rejected " + rejected + ")\n");
                ruleTotals(w);
                w.write("\nRejected claims (" + rejected + ")\n");
                section(w, file.stream(), rejectedClaims, rejected, "rejected claim", "rejected claims");
                w.write("\nWarnings (" + warningCount + ", these do not reject a claim)\n");
                section(w, file.stream(), warnings, warnings == null ? 0 : warnings.offered(), "claim with warnings",
                        "claims with warnings");
            }
            List<Finding> fileFindings = outcome.fileFindings();
            if (!fileFindings.isEmpty()) {
                w.write("\nFile findings (" + fileFindings.size() + ")\n");
                for (int i = 0; i < Math.min(fileFindings.size(), MAX_FILE_FINDINGS); i++) {
                    Finding f = fileFindings.get(i);
                    w.write("  - [" + f.ruleId() + "] " + f.severity().label() + ": " + oneLine(f.message()) + "\n");
                }
                if (fileFindings.size() > MAX_FILE_FINDINGS) {
                    w.write("  - and " + (fileFindings.size() - MAX_FILE_FINDINGS) + " more (see the JSON report)\n");
                }
            }
            w.flush();
            file.commit();
        } finally {
            close();
        }
    }

    private static String failureMessage(List<Finding> fileFindings) {
        for (Finding f : fileFindings) {
            if (f.rejects()) {
                return f.message();
            }
        }
        return "";
    }

    private void ruleTotals(Writer w) throws IOException {
        if (totals.isEmpty()) {
            return;
        }
        w.write("\nFindings by rule (every claim)\n");
        List<RuleTotals.Total> sorted = totals.sorted();
        int width = 0;
        for (RuleTotals.Total t : sorted) {
            width = Math.max(width, t.ruleId().length());
        }
        for (RuleTotals.Total t : sorted) {
            w.write(String.format("  %-" + width + "s  %-6s  %s, %s%n", t.ruleId(), t.severity().label(),
                    ClaimFacts.count(t.claims(), "claim"), ClaimFacts.count(t.findings(), "finding")));
        }
    }

    /** Copies a section's spooled entries (UTF-8, like the summary) after what {@code w} holds. */
    private void section(Writer w, OutputStream bytes, CardSpool spool, long total, String one, String many)
            throws IOException {
        if (spool == null || total == 0) {
            w.write("  none\n");
            return;
        }
        w.flush();
        spool.copy(spool.kept(), bytes);
        if (spool.kept() < total) {
            long rest = total - spool.kept();
            w.write("  ... and " + rest + " more " + (rest == 1 ? one : many) + ", not listed to keep this summary short:"
                    + " the JSON report lists every claim.\n");
        }
    }

    @Override
    public void close() {
        if (rejectedClaims != null) {
            rejectedClaims.close();
            rejectedClaims = null;
        }
        if (warnings != null) {
            warnings.close();
            warnings = null;
        }
    }
}
