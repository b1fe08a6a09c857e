package org.scrub837.write;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;

import org.scrub837.model.ClaimResult;
import org.scrub837.model.FileOutcome;
import org.scrub837.model.FileStatus;
import org.scrub837.model.Finding;

/**
 * {@code B.summary.txt}: what a biller reads first. The file, its status and counts, then every
 * rejected claim with the findings that reject it, then warnings (from any claim) on their own,
 * then findings about the file as a whole. Both claim sections are spooled to temporary files
 * because the counts come first.
 */
public final class TextSummaryWriter implements ResultWriter {

    private final Path target;
    private final Section rejectedClaims = new Section("rejected");
    private final Section warnings = new Section("warnings");
    private long claims;
    private long rejected;
    private long warningCount;

    public TextSummaryWriter(Path target) {
        this.target = Objects.requireNonNull(target, "target");
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
        String claimLabel = "Claim " + result.claim().claimId() + " (transaction "
                + result.claim().transaction().controlNumber() + ")";
        if (result.rejected()) {
            rejected++;
            Writer w = rejectedClaims.writer();
            w.write("  " + claimLabel + "\n");
            for (Finding f : result.findings()) {
                if (f.rejects()) {
                    w.write("    - " + describe(f) + "\n");
                }
            }
        }
        boolean first = true;
        for (Finding f : result.findings()) {
            if (!f.rejects()) {
                Writer w = warnings.writer();
                if (first) {
                    w.write("  " + claimLabel + "\n");
                    first = false;
                }
                warningCount++;
                w.write("    - " + describe(f) + "\n");
            }
        }
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
            Writer w = new BufferedWriter(new OutputStreamWriter(file.stream(), StandardCharsets.UTF_8));
            boolean failed = outcome.status() == FileStatus.FAILED;
            w.write("scrub837 summary\n");
            w.write("File:      " + outcome.fileName() + "\n");
            w.write("Status:    " + outcome.status().label() + "\n");
            w.write("Rule set:  " + outcome.ruleSetVersion() + "\n");
            if (failed) {
                w.write("The file could not be scrubbed; no claim was accepted or rejected.\n");
                w.write("Claims read before the failure: " + Math.max(outcome.claims(), claims) + "\n");
            } else {
                w.write("Claims:    " + claims + " (accepted " + (claims - rejected) + ", rejected " + rejected + ")\n");
                w.write("\nRejected claims (" + rejected + ")\n");
                rejectedClaims.copyTo(w);
                w.write("\nWarnings (" + warningCount + ", these do not reject a claim)\n");
                warnings.copyTo(w);
            }
            if (!outcome.fileFindings().isEmpty()) {
                w.write("\nFile findings (" + outcome.fileFindings().size() + ")\n");
                for (Finding f : outcome.fileFindings()) {
                    w.write("  - [" + f.ruleId() + "] " + f.severity().label() + ": " + oneLine(f.message()) + "\n");
                }
            }
            w.flush();
            file.commit();
        } finally {
            close();
        }
    }

    @Override
    public void close() {
        rejectedClaims.close();
        warnings.close();
    }

    /** Text spooled for one part of the summary. */
    private final class Section implements AutoCloseable {
        private final String purpose;
        private SpoolFile spool;
        private Writer writer;

        Section(String purpose) {
            this.purpose = purpose;
        }

        Writer writer() throws IOException {
            if (writer == null) {
                spool = new SpoolFile(target, purpose);
                writer = new BufferedWriter(new OutputStreamWriter(spool.output(), StandardCharsets.UTF_8), 1 << 14);
            }
            return writer;
        }

        void copyTo(Writer out) throws IOException {
            if (writer == null) {
                out.write("  none\n");
                return;
            }
            writer.close();
            writer = null;
            try (Reader r = new InputStreamReader(spool.input(), StandardCharsets.UTF_8)) {
                r.transferTo(out);
            }
        }

        @Override
        public void close() {
            if (writer != null) {
                try {
                    writer.close();
                } catch (IOException ignored) {
                    // deleted below
                }
                writer = null;
            }
            if (spool != null) {
                spool.close();
                spool = null;
            }
        }
    }
}
