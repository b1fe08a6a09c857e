package org.scrub837.write;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

import org.scrub837.model.ClaimResult;
import org.scrub837.model.FileOutcome;
import org.scrub837.model.FileStatus;
import org.scrub837.model.Finding;

/**
 * {@code B.report.html}: one self-contained page for billers and analysts that opens quickly
 * whatever the input's size. Top down: the file's status and counts; for a failed file, plain
 * advice on what to do; findings about the file; findings counted by rule (over every claim);
 * the rejected claims as cards ({@link HtmlClaimCard}), then the claims accepted with warnings,
 * then the number of clean claims. At most {@link ReportLimits#claims()} cards and
 * {@link ReportLimits#claimBytes()} bytes of cards are shown, rejected claims first; the others are
 * counted and the page points at the JSON report, which lists every claim. An inline script
 * (allowed by its hash in the page's content security policy, which forbids everything else:
 * no external resource can load) filters the cards by text and by rule; without it the page
 * reads the same.
 *
 * <p>Cards are spooled while claims stream ({@link CardSpool}), since the counts come first and
 * rejected claims come before the warnings of claims that precede them in the file; memory does
 * not grow with the number of claims.
 */
public final class HtmlReportWriter implements ResultWriter {

    /** File findings listed on the page; a file with more (one per bad envelope) points at the JSON. */
    static final int MAX_FILE_FINDINGS = 200;

    private static final String STYLE = String.join("\n",
            "body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;margin:1.5rem;color:#1b1b1b;background:#fff;"
                    + "max-width:75rem;overflow-wrap:break-word}",
            "[hidden]{display:none!important}",
            "h1{font-size:1.4rem;margin:0 0 .5rem}h2{font-size:1.15rem;margin-top:2rem}h3{font-size:1rem;margin:0}",
            "dl.summary{display:grid;grid-template-columns:max-content auto;gap:.2rem 1rem}",
            "dt{font-weight:600}dd{margin:0}",
            "table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:.25rem .6rem;text-align:left}",
            "td.n{text-align:right}",
            ".status-rejected,.severity-reject{color:#a40000;font-weight:600}",
            ".status-accepted{color:#1d6b1d;font-weight:600}.status-partial,.status-warned,.severity-warn{color:#8a5a00;"
                    + "font-weight:600}",
            ".status-failed{color:#a40000;font-weight:700}",
            "section#failure{border:2px solid #a40000;border-radius:4px;padding:.2rem 1rem;background:#fff5f5}",
            "p.advice{font-size:1.05rem;font-weight:600}p.detail{color:#555;font-size:.9rem}",
            "nav#filter{position:sticky;top:0;background:#fff;padding:.5rem 0;border-bottom:1px solid #ddd}",
            "nav#filter input{width:22rem;max-width:60vw}",
            "article.card{border:1px solid #ddd;border-left:5px solid #a40000;border-radius:4px;padding:.6rem .8rem;"
                    + "margin:.8rem 0}",
            "article.card.warned{border-left-color:#c08a00}",
            "p.facts{margin:.3rem 0;display:flex;flex-wrap:wrap;gap:.2rem 1.4rem;color:#444;font-size:.9rem}",
            "p.facts b{color:#1b1b1b}",
            "span.claim-id{font-family:ui-monospace,Consolas,monospace}",
            "ul.findings{list-style:none;padding:0;margin:.4rem 0}",
            "li.finding{margin:.3rem 0;padding:.3rem .5rem;border:1px solid #e3c0c0;background:#fffafa}",
            "li.finding.warn{border-color:#ead9b0;background:#fffdf5}",
            "li.finding p{margin:.2rem 0}p.authority{color:#555;font-size:.85rem}span.where{color:#555}",
            "details summary{cursor:pointer;color:#444;font-size:.9rem}",
            "ol.segments{margin:.3rem 0;padding-left:4.5em;font-family:ui-monospace,Consolas,monospace;font-size:.82rem}",
            "ol.segments li::marker{color:#888}",
            "ol.segments code{white-space:pre-wrap;word-break:break-all}",
            "ol.segments li.bad{background:#fff0f0}ol.segments li.gap{list-style:none;color:#777;font-style:italic}",
            "span.mark{font-family:system-ui,sans-serif;color:#a40000;font-weight:600}",
            "p.more{color:#444;font-style:italic}");

    /**
     * Filters the cards by words (all must occur in the card's header or rule ids) and by rule;
     * {@code #filter=words} and {@code #rule=ID} in the address set the filter, so that the rule
     * totals can link to it. Never inserts markup: it only hides and shows cards.
     */
    private static final String SCRIPT = String.join("\n",
            "(function () {",
            "  var nav = document.getElementById('filter');",
            "  if (!nav) { return; }",
            "  var words = nav.querySelector('input'), rule = nav.querySelector('select'), shown = nav.querySelector('output');",
            "  var cards = Array.prototype.slice.call(document.querySelectorAll('article.card'));",
            "  var keys = cards.map(function (c) {",
            "    return (c.querySelector('header').textContent + ' ' + c.getAttribute('data-rules')).toLowerCase();",
            "  });",
            "  function apply() {",
            "    var w = words.value.toLowerCase().split(/\\s+/).filter(Boolean), r = rule.value, n = 0;",
            "    cards.forEach(function (c, i) {",
            "      var ok = (!r || (' ' + c.getAttribute('data-rules') + ' ').indexOf(' ' + r + ' ') >= 0)",
            "        && w.every(function (x) { return keys[i].indexOf(x) >= 0; });",
            "      c.hidden = !ok;",
            "      if (ok) { n++; }",
            "    });",
            "    shown.textContent = (w.length || r) ? n + ' of ' + cards.length + ' claims shown' : '';",
            "  }",
            "  function fromAddress() {",
            "    var h, m;",
            "    try { h = decodeURIComponent(location.hash.slice(1)); } catch (e) { return; }",
            "    m = /^(filter|rule)=(.*)$/.exec(h);",
            "    if (!m) { return; }",
            "    if (m[1] === 'filter') { words.value = m[2]; } else { rule.value = m[2]; }",
            "    apply();",
            "  }",
            "  words.addEventListener('input', apply);",
            "  rule.addEventListener('change', apply);",
            "  window.addEventListener('hashchange', fromAddress);",
            "  nav.hidden = false;",
            "  fromAddress();",
            "})();");

    private static final String SCRIPT_HASH = "sha256-" + sha256(SCRIPT);

    private final Path target;
    private final ReportLimits limits;
    private final RuleTotals totals = new RuleTotals();
    private CardSpool rejectedCards;
    private CardSpool warnedCards;
    private long claims;
    private long rejected;
    private long warned;

    public HtmlReportWriter(Path target) {
        this(target, ReportLimits.DEFAULT);
    }

    public HtmlReportWriter(Path target, ReportLimits limits) {
        this.target = Objects.requireNonNull(target, "target");
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    @Override
    public Path target() {
        return target;
    }

    @Override
    public void claim(ClaimResult result) throws IOException {
        claims++;
        if (result.findings().isEmpty()) {
            return; // a clean claim is counted, never shown
        }
        totals.add(result);
        CardSpool spool;
        if (result.rejected()) {
            rejected++;
            if (rejectedCards == null) {
                rejectedCards = new CardSpool(target, "rejected", limits.claims(), limits.claimBytes());
            }
            spool = rejectedCards;
        } else {
            warned++;
            if (warnedCards == null) {
                warnedCards = new CardSpool(target, "warned", limits.claims(), limits.claimBytes());
            }
            spool = warnedCards;
        }
        spool.offer(spool.accepting() ? HtmlClaimCard.render(result) : null);
    }

    @Override
    public void finish(FileOutcome outcome) throws IOException {
        try (AtomicFile file = AtomicFile.create(target)) {
            Writer w = new BufferedWriter(new OutputStreamWriter(file.stream(), StandardCharsets.UTF_8), 1 << 16);
            boolean failed = outcome.status() == FileStatus.FAILED;
            head(w, outcome);
            summary(w, outcome, failed);
            List<Finding> fileFindings = new ArrayList<>(outcome.fileFindings());
            if (failed) {
                failure(w, outcome, fileFindings);
            }
            fileFindings(w, fileFindings);
            if (!failed) {
                ruleTotals(w);
                cards(w, file);
                if (claims - rejected - warned > 0) {
                    long clean = claims - rejected - warned;
                    w.write("<section id=\"clean\">\n<h2>Clean claims (" + clean + ")</h2>\n<p>"
                            + (clean == 1 ? "1 claim has" : clean + " claims have") + " no finding; "
                            + (clean == 1 ? "it is" : "they are") + " in the clean 837, ready for the payer, and listed in "
                            + jsonLink() + ".</p>\n</section>\n");
                }
            }
            w.write("<script>" + SCRIPT + "</script>\n</body>\n</html>\n");
            w.flush();
            file.commit();
        } finally {
            close();
        }
    }

    private void head(Writer w, FileOutcome outcome) throws IOException {
        w.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
                + "script-src '" + SCRIPT_HASH + "'; base-uri 'none'; form-action 'none'\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>scrub837 report: " + Html.escape(outcome.fileName()) + "</title>\n<style>\n" + STYLE
                + "\n</style>\n</head>\n<body>\n");
    }

    private void summary(Writer w, FileOutcome outcome, boolean failed) throws IOException {
        String status = outcome.status().label();
        w.write("<header>\n<h1>scrub837 report</h1>\n<dl class=\"summary\">\n"
                + "<dt>File</dt><dd id=\"file\">" + Html.escape(outcome.fileName()) + "</dd>\n"
                + "<dt>Status</dt><dd id=\"status\" class=\"status-" + status + "\">" + status + "</dd>\n"
                + "<dt>Rule set</dt><dd>" + Html.escape(outcome.ruleSetVersion()) + "</dd>\n");
        if (failed) {
            w.write("<dt>Claims read before the failure</dt><dd id=\"claims\">" + Math.max(outcome.claims(), claims)
                    + "</dd>\n</dl>\n</header>\n");
            return;
        }
        w.write("<dt>Claims</dt><dd id=\"claims\">" + claims + "</dd>\n"
                + "<dt>Rejected</dt><dd id=\"rejected\">" + rejected + "</dd>\n"
                + "<dt>Accepted</dt><dd id=\"accepted\">" + (claims - rejected)
                + (warned > 0 ? " (" + warned + " with warnings)" : "") + "</dd>\n</dl>\n</header>\n");
    }

    /** Why the file failed, in plain words first, then the reader's exact message. */
    private void failure(Writer w, FileOutcome outcome, List<Finding> fileFindings) throws IOException {
        Finding reason = null;
        for (Finding f : fileFindings) {
            if (f.rejects()) {
                reason = f;
                break;
            }
        }
        if (reason != null) {
            fileFindings.remove(reason);
        }
        String message = reason == null ? "" : reason.message();
        w.write("<section id=\"failure\">\n<h2>The file could not be scrubbed</h2>\n<p class=\"advice\">"
                + Html.escape(FailureAdvice.of(message)) + "</p>\n<p class=\"detail\">" + Html.escape(message)
                + "</p>\n<p>No claim of this file was accepted or rejected, and no 837 was written from it: send the"
                + " whole file again once it is fixed.</p>\n</section>\n");
    }

    private void fileFindings(Writer w, List<Finding> fileFindings) throws IOException {
        if (fileFindings.isEmpty()) {
            return;
        }
        w.write("<section id=\"file-findings\">\n<h2>File findings (" + fileFindings.size()
                + ")</h2>\n<ul class=\"findings\">\n");
        StringBuilder b = new StringBuilder();
        int shown = Math.min(fileFindings.size(), MAX_FILE_FINDINGS);
        for (int i = 0; i < shown; i++) {
            HtmlClaimCard.finding(b, fileFindings.get(i));
        }
        w.write(b.toString());
        w.write("</ul>\n");
        if (shown < fileFindings.size()) {
            w.write("<p class=\"more\">" + (fileFindings.size() - shown) + " more file findings are listed in "
                    + jsonLink() + ".</p>\n");
        }
        w.write("</section>\n");
    }

    private void ruleTotals(Writer w) throws IOException {
        if (totals.isEmpty()) {
            return;
        }
        w.write("<section id=\"rules\">\n<h2>Findings by rule</h2>\n<table id=\"rule-totals\">\n<thead><tr><th>Rule</th>"
                + "<th>Severity</th><th>Claims</th><th>Findings</th></tr></thead>\n<tbody>\n");
        for (RuleTotals.Total t : totals.sorted()) {
            String id = Html.escape(t.ruleId());
            String severity = t.severity().label();
            w.write("<tr><td><a href=\"#rule=" + id + "\">" + id + "</a></td><td class=\"severity-" + severity + "\">"
                    + severity + "</td><td class=\"n\">" + t.claims() + "</td><td class=\"n\">" + t.findings()
                    + "</td></tr>\n");
        }
        w.write("</tbody>\n</table>\n</section>\n");
    }

    /** Rejected cards first, then warned ones in what is left of the bounds; the filter above them. */
    private void cards(Writer w, AtomicFile file) throws IOException {
        int rejectedShown = rejectedCards == null ? 0 : rejectedCards.kept();
        long bytesLeft = limits.claimBytes() - (rejectedCards == null ? 0 : rejectedCards.bytes());
        int warnedShown = warnedCards == null ? 0
                : warnedCards.fitting((long) limits.claims() - rejectedShown, bytesLeft);
        if (rejectedShown + warnedShown > 0) {
            filter(w);
        }
        if (rejected > 0) {
            w.write("<section id=\"rejected\">\n<h2>Rejected claims (" + rejected + ")</h2>\n<p>Correct "
                    + (rejected == 1 ? "this claim" : "these claims") + " in the billing system and resubmit"
                    + (rejected == 1 ? " it" : " them") + "; the rejected 837 holds " + (rejected == 1 ? "it" : "them")
                    + " as sent.</p>\n");
            w.flush();
            if (rejectedShown > 0) {
                rejectedCards.copy(rejectedShown, file.stream());
            }
            notShown(w, rejected, rejectedShown, "rejected", "rejected claim", "rejected claims");
            w.write("</section>\n");
        }
        if (warned > 0) {
            w.write("<section id=\"warnings\">\n<h2>Accepted with warnings (" + warned + ")</h2>\n<p>Warnings never"
                    + " reject a claim; check them before the payer does.</p>\n");
            w.flush();
            if (warnedShown > 0) {
                warnedCards.copy(warnedShown, file.stream());
            }
            notShown(w, warned, warnedShown, "warnings", "claim accepted with warnings",
                    "claims accepted with warnings");
            w.write("</section>\n");
        }
    }

    private void filter(Writer w) throws IOException {
        w.write("<nav id=\"filter\" hidden><label>Filter claims <input type=\"search\" placeholder=\"claim id, rule,"
                + " payer, date, charge\" aria-label=\"Filter claims by words\"></label> <label>Rule <select"
                + " aria-label=\"Filter claims by rule\"><option value=\"\">any rule</option>");
        for (RuleTotals.Total t : totals.sorted()) {
            String id = Html.escape(t.ruleId());
            w.write("<option value=\"" + id + "\">" + id + "</option>");
        }
        w.write("</select></label> <output></output></nav>\n");
    }

    /** How many claims of a section have no card, with a pointer to the JSON report. */
    private void notShown(Writer w, long total, int shown, String id, String one, String many) throws IOException {
        if (shown >= total) {
            return;
        }
        long rest = total - shown;
        w.write("<p class=\"more\" id=\"more-" + id + "\">"
                + (shown == 0 ? "" : shown == 1 ? "The first is shown here. " : "The first " + shown + " are shown here. ")
                + rest + " more " + (rest == 1 ? one + " is" : many + " are") + " not shown, to keep this page quick"
                + " to open; the counts by rule above cover every claim, and " + jsonLink()
                + " lists each one with its findings.</p>\n");
    }

    private String jsonLink() {
        String name = target.getFileName().toString();
        String json = name.endsWith(".report.html")
                ? name.substring(0, name.length() - ".report.html".length()) + ".report.json" : null;
        return json == null ? "the JSON report" : "the JSON report (<a href=\"" + Html.escape(json) + "\">"
                + Html.escape(json) + "</a>)";
    }

    @Override
    public void close() {
        if (rejectedCards != null) {
            rejectedCards.close();
            rejectedCards = null;
        }
        if (warnedCards != null) {
            warnedCards.close();
            warnedCards = null;
        }
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
