package org.scrub837.write;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.scrub837.model.Claim;
import org.scrub837.model.ClaimResult;
import org.scrub837.model.FileOutcome;
import org.scrub837.model.FileStatus;
import org.scrub837.model.Finding;
import org.scrub837.model.HierarchyLevel;
import org.scrub837.model.Segment;

/**
 * The terminal view of {@code explain}: each claim as its segments with every finding under the
 * segment it concerns, then the file's own findings, then a count. It is fed by the same scrub as
 * the reports, and prints only once the file's outcome is known: a file that fails part-way shows
 * the failure (with plain advice) and no claim verdicts, exactly as its reports say that no claim
 * was accepted or rejected. Until then the claims' text waits in a {@link SpoolFile}, so memory
 * stays flat on large files.
 */
public final class ExplainPrinter implements ResultWriter {

    /** What a piece of text is, for the caller's terminal styling. */
    public enum Tone { CLAIM, ACCEPTED, REJECTED, FAILED, REJECT, WARN, RULE, MARKED, FAINT }

    /** Styles text for the terminal; {@link #PLAIN} leaves it as it is. */
    @FunctionalInterface
    public interface Style {
        Style PLAIN = (text, tone) -> text;

        String apply(String text, Tone tone);
    }

    private final PrintWriter out;
    private final Style style;
    private final String claimId;
    private final boolean context;
    private final Path target;
    private final SpoolFile spool;
    private Writer claims;
    private long shown;
    private long rejected;

    /**
     * @param claimId  only the claim with this CLM01, or null for every claim
     * @param context  also print the billing provider, subscriber and patient levels
     */
    public ExplainPrinter(PrintWriter out, Style style, String claimId, boolean context) {
        this.out = Objects.requireNonNull(out, "out");
        this.style = Objects.requireNonNull(style, "style");
        this.claimId = claimId;
        this.context = context;
        // never a real file: the scrub may delete a writer's target before it starts, and the spool
        // (owner-only, deleted at the end) is named after it
        this.target = Path.of(System.getProperty("java.io.tmpdir"), "scrub837-explain-" + UUID.randomUUID());
        this.spool = new SpoolFile(target, "claims");
    }

    @Override
    public Path target() {
        return target;
    }

    /** Claims printed (all, or the one asked for); 0 for a failed file. */
    public long shown() {
        return shown;
    }

    /** Claims printed as rejected. */
    public long rejected() {
        return rejected;
    }

    @Override
    public void claim(ClaimResult result) throws IOException {
        Claim claim = result.claim();
        if (claimId != null && !claimId.equals(claim.claimId())) {
            return;
        }
        shown++;
        if (result.rejected()) {
            rejected++;
        }
        if (claims == null) {
            claims = new OutputStreamWriter(spool.output(), StandardCharsets.UTF_8);
        }
        StringBuilder b = new StringBuilder(1024);
        b.append(style.apply("Claim " + claim.claimId(), Tone.CLAIM)).append("  ").append(claim.claimType().label())
                .append(", transaction ").append(claim.transaction().controlNumber()).append(", payer profile ")
                .append(result.payerProfile()).append(": ")
                .append(result.rejected() ? style.apply("REJECTED", Tone.REJECTED) : style.apply("ACCEPTED", Tone.ACCEPTED))
                .append('\n');
        b.append("        service ").append(ClaimFacts.datesOfService(claim)).append(", total charge ")
                .append(ClaimFacts.totalCharge(claim)).append(", payer ").append(ClaimFacts.payer(claim)).append('\n');
        List<Finding> unplaced = new ArrayList<>(result.findings());
        if (context) {
            for (HierarchyLevel level : new HierarchyLevel[] {claim.billingProvider(), claim.subscriber(), claim.patient()}) {
                if (level != null) {
                    for (Segment s : level.segments()) {
                        segment(b, s, unplaced, true);
                    }
                }
            }
        }
        for (Segment s : claim.segments()) {
            segment(b, s, unplaced, false);
        }
        for (Finding f : unplaced) {
            b.append("        ").append(finding(f)).append('\n');
        }
        b.append('\n');
        claims.write(b.toString());
    }

    private void segment(StringBuilder b, Segment s, List<Finding> unplaced, boolean level) {
        List<Finding> here = new ArrayList<>();
        for (Finding f : unplaced) {
            if (f.segmentPosition() == s.position()) {
                here.add(f);
            }
        }
        unplaced.removeAll(here);
        String text = String.format("%6d  %s", s.position(), s.text());
        b.append(!here.isEmpty() ? style.apply(text, Tone.MARKED) : level ? style.apply(text, Tone.FAINT) : text)
                .append('\n');
        for (Finding f : here) {
            b.append("        ").append(finding(f)).append('\n');
        }
    }

    private String finding(Finding f) {
        return "^ " + (f.rejects() ? style.apply("reject", Tone.REJECT) : style.apply("warn", Tone.WARN)) + " "
                + style.apply(f.ruleId(), Tone.RULE) + (f.line() == null ? "" : " (line " + f.line() + ")") + ": "
                + f.message() + (f.authority() == null || f.authority().isEmpty() ? "" : " [" + f.authority() + "]");
    }

    /** Prints everything, now that the outcome is known. */
    @Override
    public void finish(FileOutcome outcome) throws IOException {
        try {
            if (outcome.status() == FileStatus.FAILED) {
                failed(outcome);
            } else {
                if (claims != null) {
                    claims.flush();
                    try (Reader r = new InputStreamReader(spool.input(), StandardCharsets.UTF_8)) {
                        r.transferTo(out);
                    }
                }
                for (Finding f : outcome.fileFindings()) {
                    out.println((f.rejects() ? style.apply("reject", Tone.REJECT) : style.apply("warn", Tone.WARN))
                            + " " + style.apply(f.ruleId(), Tone.RULE) + ": " + f.message());
                }
            }
            out.flush();
        } finally {
            close();
        }
    }

    private void failed(FileOutcome outcome) {
        String reason = "";
        for (Finding f : outcome.fileFindings()) {
            if (f.rejects() && reason.isEmpty()) {
                reason = f.message();
            }
        }
        out.println(style.apply("FAILED", Tone.FAILED) + " " + reason);
        out.println("What to do: " + FailureAdvice.of(reason));
        long read = outcome.claims();
        out.println(ClaimFacts.count(read, "claim") + " read before the failure; a failed file's claims are neither"
                + " accepted nor rejected, so none is shown.");
        for (Finding f : outcome.fileFindings()) {
            if (!f.rejects()) {
                out.println(style.apply("warn", Tone.WARN) + " " + style.apply(f.ruleId(), Tone.RULE) + ": "
                        + f.message());
            }
        }
        shown = 0;
        rejected = 0;
    }

    @Override
    public void close() {
        if (claims != null) {
            try {
                claims.close();
            } catch (IOException ignored) {
                // deleted below
            }
            claims = null;
        }
        spool.close();
    }
}
