package org.scrub837.write;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import org.scrub837.model.ClaimResult;
import org.scrub837.model.FileOutcome;
import org.scrub837.model.FileStatus;
import org.scrub837.model.Finding;

/**
 * The machine-readable report {@code B.report.json}:
 *
 * <pre>
 * { "file", "status", "ruleSetVersion",
 *   "summary": {"claims", "accepted", "rejected"},
 *   "claims": [ {"claimId", "transaction", "status",
 *                "findings": [{"rule", "severity", "line", "segmentPosition", "message", "authority"
 *                              [, "edition"]}],
 *                "payerProfile"} ],
 *   "fileFindings": [{"rule", "severity", "message", "authority"}],
 *   "fileName" [, "claimsReadBeforeFailure"] [, "archivedIn", "archivedAs"] }
 * </pre>
 *
 * {@code archivedIn} ({@code archive} or {@code failed}) and {@code archivedAs} (the original's
 * name there) are written by the watch folder only, whose original may be renamed to stay unique.
 *
 * The summary comes before the claims, so the claims array is spooled to a temporary file and
 * copied in {@link #finish}; memory does not grow with the claim count. The spool is written with
 * the report's own pretty printing, at the depth the array has in the report, so its bytes are
 * copied into the report as they are instead of being parsed and written again. The content depends on
 * the input and the rules only (no clock, no host), so the same input gives the same report.
 * A failed file has an empty claims array, a zero summary and {@code claimsReadBeforeFailure}.
 */
public final class JsonReportWriter implements ResultWriter {

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private final Path target;
    /** Where the watch folder puts the original; null for replay (no such keys). */
    private final ArchivedOriginal original;
    private SpoolFile spool;
    private JsonGenerator claims;
    /** Where the claims array starts in the spool, after the wrapper written to give it its depth. */
    private long arrayStart;
    private long count;
    private long rejected;

    public JsonReportWriter(Path target) {
        this(target, null);
    }

    public JsonReportWriter(Path target, ArchivedOriginal original) {
        this.target = Objects.requireNonNull(target, "target");
        this.original = original;
    }

    @Override
    public Path target() {
        return target;
    }

    @Override
    public void claim(ClaimResult result) throws IOException {
        if (claims == null) {
            spool = new SpoolFile(target, "claims");
            claims = JSON.createGenerator(spool.output(), JsonEncoding.UTF8);
            // never close the wrapper object: the spool must end with the array
            claims.disable(JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT);
            claims.useDefaultPrettyPrinter();
            // the array sits in the report as the value of a field of the root object
            claims.writeStartObject();
            claims.writeFieldName("claims");
            claims.writeStartArray();
            claims.flush();
            arrayStart = spool.size() - 1;
        }
        count++;
        if (result.rejected()) {
            rejected++;
        }
        writeClaim(claims, result);
    }

    private static void writeClaim(JsonGenerator g, ClaimResult result) throws IOException {
        g.writeStartObject();
        g.writeStringField("claimId", result.claim().claimId());
        g.writeStringField("transaction", result.claim().transaction().controlNumber());
        g.writeStringField("status", result.rejected() ? "rejected" : "accepted");
        g.writeArrayFieldStart("findings");
        for (Finding f : result.findings()) {
            g.writeStartObject();
            g.writeStringField("rule", f.ruleId());
            g.writeStringField("severity", f.severity().label());
            if (f.line() == null) {
                g.writeNullField("line");
            } else {
                g.writeNumberField("line", f.line());
            }
            g.writeNumberField("segmentPosition", f.segmentPosition());
            g.writeStringField("message", f.message());
            g.writeStringField("authority", f.authority());
            if (f.edition() != null) {
                // only findings made with an installed reference edition carry one
                g.writeStringField("edition", f.edition());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("payerProfile", result.payerProfile());
        g.writeEndObject();
    }

    @Override
    public void finish(FileOutcome outcome) throws IOException {
        boolean failed = outcome.status() == FileStatus.FAILED;
        if (claims != null) {
            claims.writeEndArray();
            claims.close();
            claims = null;
        }
        try (AtomicFile file = AtomicFile.create(target)) {
            JsonGenerator g = JSON.createGenerator(file.stream(), JsonEncoding.UTF8);
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("file", outcome.fileBase());
            g.writeStringField("status", outcome.status().label());
            g.writeStringField("ruleSetVersion", outcome.ruleSetVersion());
            g.writeObjectFieldStart("summary");
            g.writeNumberField("claims", failed ? 0 : count);
            g.writeNumberField("accepted", failed ? 0 : count - rejected);
            g.writeNumberField("rejected", failed ? 0 : rejected);
            g.writeEndObject();
            g.writeFieldName("claims");
            if (failed || spool == null) {
                g.writeStartArray();
                g.writeEndArray();
            } else {
                // an empty raw value puts the field's separator and lets the generator count the value
                g.writeRawValue("");
                g.flush();
                copyArray(file.stream());
            }
            writeFileFindings(g, outcome.fileFindings());
            g.writeStringField("fileName", outcome.fileName());
            if (failed) {
                g.writeNumberField("claimsReadBeforeFailure", Math.max(outcome.claims(), count));
            }
            if (original != null) {
                g.writeStringField("archivedIn", failed ? "failed" : "archive");
                g.writeStringField("archivedAs", failed ? original.failedName() : original.archivedName());
            }
            g.writeEndObject();
            g.writeRaw('\n');
            g.close();
            file.commit();
        } finally {
            deleteSpool();
        }
    }

    /** Copies the spooled claims array, from its '[' to the end of the spool, into the report. */
    private void copyArray(OutputStream out) throws IOException {
        try (InputStream in = spool.input()) {
            in.skipNBytes(arrayStart);
            in.transferTo(out);
        }
    }

    private static void writeFileFindings(JsonGenerator g, List<Finding> findings) throws IOException {
        g.writeArrayFieldStart("fileFindings");
        for (Finding f : findings) {
            g.writeStartObject();
            g.writeStringField("rule", f.ruleId());
            g.writeStringField("severity", f.severity().label());
            g.writeStringField("message", f.message());
            g.writeStringField("authority", f.authority());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    @Override
    public void close() {
        deleteSpool();
    }

    private void deleteSpool() {
        if (claims != null) {
            try {
                claims.close();
            } catch (IOException ignored) {
                // the spool is deleted below
            }
            claims = null;
        }
        if (spool != null) {
            spool.close();
            spool = null;
        }
    }
}
