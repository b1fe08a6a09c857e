package org.scrub837.write;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.scrub837.model.Claim;
import org.scrub837.model.ClaimResult;
import org.scrub837.model.FileOutcome;
import org.scrub837.model.FileStatus;
import org.scrub837.model.Finding;
import org.scrub837.model.HierarchyLevel;
import org.scrub837.model.Segment;

/**
 * {@code B.report.html}: the analyst's view, one self-contained page (inline style, no script, no
 * external resource). The file summary and its findings, a table of every claim with its status,
 * then for each claim with findings its segments (the HL levels above it and the claim itself),
 * each finding shown right after the segment it points at, highlighted, with rule, severity,
 * line, message (which says how to fix it) and authority. Findings pointing outside the segments
 * shown are listed after them with their position. Everything from the claim or the rules is
 * escaped. The table rows and the details are spooled to two temporary files while claims stream,
 * since the summary comes first.
 */
public final class HtmlReportWriter implements ResultWriter {

    private static final String STYLE = String.join("\n",
            "body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;margin:1.5rem;color:#1b1b1b;background:#fff}",
            "h1{font-size:1.4rem}h2{font-size:1.15rem;margin-top:2rem}h3{font-size:1rem;margin:0 0 .4rem}",
            "dl.summary{display:grid;grid-template-columns:max-content auto;gap:.2rem 1rem}",
            "dt{font-weight:600}dd{margin:0}",
            "table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:.25rem .6rem;text-align:left}",
            ".status-rejected,.severity-reject{color:#a40000;font-weight:600}",
            ".status-accepted{color:#1d6b1d}.status-partial,.severity-warn{color:#8a5a00;font-weight:600}",
            ".status-failed{color:#a40000;font-weight:700}",
            "article.claim{border:1px solid #ddd;border-radius:4px;padding:.8rem;margin:1rem 0}",
            "ol.segments{list-style:none;padding:0;margin:.5rem 0;font-family:ui-monospace,Consolas,monospace;font-size:.85rem}",
            "li.segment{padding:.1rem .3rem;white-space:pre-wrap;word-break:break-all}",
            "li.level{color:#555}",
            "li.bad{background:#fff0f0;border-left:4px solid #a40000}",
            "li.bad.warn-only{background:#fff8e6;border-left-color:#8a5a00}",
            "span.pos{display:inline-block;min-width:3.5em;color:#777}",
            "div.finding{font-family:system-ui,sans-serif;font-size:.9rem;margin:.3rem 0 .3rem 3.8em;padding:.3rem .5rem;background:#fff;border:1px solid #e3c0c0}",
            "div.finding p{margin:.2rem 0}p.authority{color:#555;font-size:.85rem}");

    private final Path target;
    private SpoolFile rowSpool;
    private Writer rows;
    private SpoolFile detailSpool;
    private Writer details;
    private long claims;
    private long rejected;

    public HtmlReportWriter(Path target) {
        this.target = Objects.requireNonNull(target, "target");
    }

    @Override
    public Path target() {
        return target;
    }

    @Override
    public void claim(ClaimResult result) throws IOException {
        if (rows == null) {
            rowSpool = new SpoolFile(target, "rows");
            rows = new BufferedWriter(new OutputStreamWriter(rowSpool.output(), StandardCharsets.UTF_8), 1 << 14);
            detailSpool = new SpoolFile(target, "details");
            details = new BufferedWriter(new OutputStreamWriter(detailSpool.output(), StandardCharsets.UTF_8),
                    1 << 14);
        }
        claims++;
        Claim claim = result.claim();
        String status = result.rejected() ? "rejected" : "accepted";
        if (result.rejected()) {
            rejected++;
        }
        String anchor = "claim-" + claim.ordinal();
        Writer r = rows;
        r.write("<tr><td>");
        if (result.findings().isEmpty()) {
            Html.escape(claim.claimId(), r);
        } else {
            r.write("<a href=\"#");
            r.write(anchor);
            r.write("\">");
            Html.escape(claim.claimId(), r);
            r.write("</a>");
        }
        r.write("</td><td>");
        Html.escape(claim.transaction().controlNumber(), r);
        r.write("</td><td class=\"status-");
        r.write(status);
        r.write("\">");
        r.write(status);
        r.write("</td><td>");
        r.write(Integer.toString(result.findings().size()));
        r.write("</td></tr>\n");
        if (!result.findings().isEmpty()) {
            writeDetails(result, anchor, status);
        }
    }

    private void writeDetails(ClaimResult result, String anchor, String status) throws IOException {
        Claim claim = result.claim();
        Map<Integer, List<Finding>> byPosition = new LinkedHashMap<>();
        for (Finding f : result.findings()) {
            byPosition.computeIfAbsent(f.segmentPosition(), k -> new ArrayList<>()).add(f);
        }
        Writer w = details;
        w.write("<article class=\"claim\" id=\"" + anchor + "\" data-claim-id=\"" + Html.escape(claim.claimId())
                + "\">\n<h3>Claim " + Html.escape(claim.claimId()) + " <span class=\"status-" + status + "\">" + status
                + "</span></h3>\n<p>Transaction " + Html.escape(claim.transaction().controlNumber()) + ", "
                + Html.escape(claim.claimType().label()) + ", payer profile " + Html.escape(result.payerProfile())
                + "</p>\n<ol class=\"segments\">\n");
        for (HierarchyLevel level : levels(claim)) {
            for (Segment s : level.segments()) {
                writeSegment(w, s, "level", byPosition.remove(s.position()));
            }
        }
        for (Segment s : claim.segments()) {
            writeSegment(w, s, null, byPosition.remove(s.position()));
        }
        w.write("</ol>\n");
        for (Map.Entry<Integer, List<Finding>> e : byPosition.entrySet()) {
            for (Finding f : e.getValue()) {
                writeFinding(w, f, "elsewhere in the transaction, segment position " + e.getKey());
            }
        }
        w.write("</article>\n");
    }

    private static List<HierarchyLevel> levels(Claim claim) {
        List<HierarchyLevel> levels = new ArrayList<>();
        for (HierarchyLevel l : new HierarchyLevel[] {claim.billingProvider(), claim.subscriber(), claim.patient()}) {
            if (l != null) {
                levels.add(l);
            }
        }
        return levels;
    }

    private static void writeSegment(Writer w, Segment s, String extraClass, List<Finding> findings) throws IOException {
        w.write("<li class=\"segment");
        if (extraClass != null) {
            w.write(' ');
            w.write(extraClass);
        }
        if (findings != null) {
            w.write(" bad");
            if (findings.stream().noneMatch(Finding::rejects)) {
                w.write(" warn-only");
            }
        }
        String position = Integer.toString(s.position());
        w.write("\" data-position=\"");
        w.write(position);
        w.write("\"><span class=\"pos\">");
        w.write(position);
        w.write("</span><code>");
        Html.escape(s.text(), w);
        w.write("</code>");
        if (findings != null) {
            for (Finding f : findings) {
                writeFinding(w, f, null);
            }
        }
        w.write("</li>\n");
    }

    private static void writeFinding(Writer w, Finding f, String where) throws IOException {
        w.write("<div class=\"finding\" data-rule=\"" + Html.escape(f.ruleId()) + "\" data-severity=\""
                + f.severity().label() + "\"><p><strong>" + Html.escape(f.ruleId()) + "</strong> <span class=\"severity-"
                + f.severity().label() + "\">" + f.severity().label() + "</span>"
                + (f.line() == null ? "" : " line " + f.line())
                + (where == null ? "" : " (" + Html.escape(where) + ")") + "</p><p class=\"message\">"
                + Html.escape(f.message()) + "</p>"
                + (f.authority() == null || f.authority().isEmpty() ? ""
                        : "<p class=\"authority\">Authority: " + Html.escape(f.authority()) + "</p>")
                + "</div>");
    }

    @Override
    public void finish(FileOutcome outcome) throws IOException {
        try (AtomicFile file = AtomicFile.create(target)) {
            Writer w = new BufferedWriter(new OutputStreamWriter(file.stream(), StandardCharsets.UTF_8));
            boolean failed = outcome.status() == FileStatus.FAILED;
            String status = outcome.status().label();
            w.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                    + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                    + "<title>scrub837 report: " + Html.escape(outcome.fileName()) + "</title>\n<style>\n" + STYLE
                    + "\n</style>\n</head>\n<body>\n<header>\n<h1>scrub837 report</h1>\n<dl class=\"summary\">\n"
                    + "<dt>File</dt><dd id=\"file\">" + Html.escape(outcome.fileName()) + "</dd>\n"
                    + "<dt>Status</dt><dd id=\"status\" class=\"status-" + status + "\">" + status + "</dd>\n"
                    + "<dt>Rule set</dt><dd>" + Html.escape(outcome.ruleSetVersion()) + "</dd>\n");
            if (failed) {
                w.write("<dt>Claims read before the failure</dt><dd id=\"claims\">" + Math.max(outcome.claims(), claims)
                        + "</dd>\n</dl>\n</header>\n");
            } else {
                w.write("<dt>Claims</dt><dd id=\"claims\">" + claims + "</dd>\n<dt>Accepted</dt><dd id=\"accepted\">"
                        + (claims - rejected) + "</dd>\n<dt>Rejected</dt><dd id=\"rejected\">" + rejected
                        + "</dd>\n</dl>\n</header>\n");
            }
            if (!outcome.fileFindings().isEmpty()) {
                w.write("<section id=\"file-findings\">\n<h2>File findings</h2>\n");
                for (Finding f : outcome.fileFindings()) {
                    writeFinding(w, f, null);
                    w.write('\n');
                }
                w.write("</section>\n");
            }
            if (!failed) {
                w.write("<section>\n<h2>Claims</h2>\n<table id=\"claims-table\">\n<thead><tr><th>Claim</th>"
                        + "<th>Transaction</th><th>Status</th><th>Findings</th></tr></thead>\n<tbody>\n");
                copy(rows, rowSpool, w, file.stream());
                w.write("</tbody>\n</table>\n</section>\n<section id=\"details\">\n<h2>Findings by claim</h2>\n");
                copy(details, detailSpool, w, file.stream());
                w.write("</section>\n");
            }
            w.write("</body>\n</html>\n");
            w.flush();
            file.commit();
        } finally {
            close();
        }
    }

    /** Copies a spool's bytes (UTF-8 like the report) into the report after what {@code out} holds. */
    private static void copy(Writer spoolWriter, SpoolFile spool, Writer out, OutputStream bytes) throws IOException {
        if (spoolWriter == null) {
            return;
        }
        spoolWriter.flush();
        out.flush();
        try (InputStream in = spool.input()) {
            in.transferTo(bytes);
        }
    }

    @Override
    public void close() {
        for (Writer w : new Writer[] {rows, details}) {
            if (w != null) {
                try {
                    w.close();
                } catch (IOException ignored) {
                    // deleted below
                }
            }
        }
        rows = null;
        details = null;
        if (rowSpool != null) {
            rowSpool.close();
            rowSpool = null;
        }
        if (detailSpool != null) {
            detailSpool.close();
            detailSpool = null;
        }
    }
}
