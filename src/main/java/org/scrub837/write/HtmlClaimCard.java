package org.scrub837.write;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.scrub837.model.Claim;
import org.scrub837.model.ClaimResult;
import org.scrub837.model.Finding;
import org.scrub837.model.HierarchyLevel;
import org.scrub837.model.Segment;

/**
 * One claim of {@code B.report.html} as a card: a header a biller scans by (claim id, status,
 * dates of service, total charge, payer), the findings with their fix and authority, then the
 * claim's segments with the ones the findings point at marked. Everything from the claim or the
 * rules is escaped. A card's size is bounded whatever the claim holds: at most
 * {@link #MAX_FINDINGS} findings, {@link #MAX_SEGMENTS} segments (the marked ones always) and
 * {@link #MAX_SEGMENT_CHARS} characters of a segment are shown; the JSON report has the rest.
 */
final class HtmlClaimCard {

    static final int MAX_FINDINGS = 40;
    static final int MAX_SEGMENTS = 80;
    static final int MAX_SEGMENT_CHARS = 240;

    private HtmlClaimCard() {
    }

    /** The card's HTML. */
    static String render(ClaimResult result) {
        Claim claim = result.claim();
        boolean rejected = result.rejected();
        StringBuilder b = new StringBuilder(2048);
        Set<String> rules = new LinkedHashSet<>();
        for (Finding f : result.findings()) {
            rules.add(f.ruleId());
        }
        b.append("<article class=\"card ").append(rejected ? "rejected" : "warned").append("\" id=\"claim-")
                .append(claim.ordinal()).append("\" data-rules=\"").append(Html.escape(String.join(" ", rules)))
                .append("\">\n<header><h3>Claim <span class=\"claim-id\">").append(Html.escape(claim.claimId()))
                .append("</span> <span class=\"status-").append(rejected ? "rejected\">rejected" : "warned\">accepted,"
                        + " with warnings")
                .append("</span></h3>\n<p class=\"facts\">");
        fact(b, "Dates of service", ClaimFacts.datesOfService(claim));
        fact(b, "Total charge", ClaimFacts.totalCharge(claim));
        fact(b, "Payer", ClaimFacts.payer(claim));
        fact(b, "Profile", result.payerProfile());
        fact(b, "Transaction", claim.transaction().controlNumber() + ", " + claim.claimType().label());
        b.append("</p></header>\n");
        findings(b, result.findings());
        segments(b, claim, result.findings(), rejected);
        b.append("</article>\n");
        return b.toString();
    }

    private static void fact(StringBuilder b, String label, String value) {
        b.append("<span>").append(label).append(" <b>").append(Html.escape(value)).append("</b></span>");
    }

    private static void findings(StringBuilder b, List<Finding> findings) {
        b.append("<ul class=\"findings\">\n");
        int shown = 0;
        // rejecting findings first: they are what must be fixed
        for (boolean rejects : new boolean[] {true, false}) {
            for (Finding f : findings) {
                if (f.rejects() != rejects || shown >= MAX_FINDINGS) {
                    continue;
                }
                shown++;
                finding(b, f);
            }
        }
        if (shown < findings.size()) {
            int more = findings.size() - shown;
            b.append("<li class=\"more\">").append(more).append(more == 1 ? " more finding is" : " more findings are")
                    .append(" listed in the JSON report.</li>\n");
        }
        b.append("</ul>\n");
    }

    /** A finding as a list item: rule, severity, where, the message (which says how to fix it), authority. */
    static void finding(StringBuilder b, Finding f) {
        String severity = f.severity().label();
        b.append("<li class=\"finding ").append(severity).append("\" data-rule=\"").append(Html.escape(f.ruleId()))
                .append("\" data-severity=\"").append(severity).append("\"><strong>").append(Html.escape(f.ruleId()))
                .append("</strong> <span class=\"severity-").append(severity).append("\">").append(severity)
                .append("</span>");
        String where = where(f);
        if (!where.isEmpty()) {
            b.append(" <span class=\"where\">").append(where).append("</span>");
        }
        b.append("<p class=\"message\">").append(Html.escape(f.message())).append("</p>");
        if (f.authority() != null && !f.authority().isEmpty()) {
            b.append("<p class=\"authority\">Authority: ").append(Html.escape(f.authority())).append("</p>");
        }
        b.append("</li>\n");
    }

    private static String where(Finding f) {
        StringBuilder w = new StringBuilder();
        if (f.line() != null) {
            w.append("line ").append(f.line());
        }
        if (f.segmentPosition() > 0) {
            w.append(w.length() > 0 ? ", " : "").append("segment ").append(f.segmentPosition());
        }
        return w.toString();
    }

    /**
     * The claim's segments, positions as list numbers, each marked segment followed by the rule
     * ids pointing at it; the levels above the claim (billing provider, subscriber, patient) only
     * where a finding points into them.
     */
    private static void segments(StringBuilder b, Claim claim, List<Finding> findings, boolean open) {
        Map<Integer, Set<String>> marks = new LinkedHashMap<>();
        for (Finding f : findings) {
            marks.computeIfAbsent(f.segmentPosition(), k -> new LinkedHashSet<>()).add(f.ruleId());
        }
        List<Segment> all = new ArrayList<>();
        for (HierarchyLevel level : new HierarchyLevel[] {claim.billingProvider(), claim.subscriber(), claim.patient()}) {
            if (level != null && level.segments().stream().anyMatch(s -> marks.containsKey(s.position()))) {
                all.addAll(level.segments());
            }
        }
        all.addAll(claim.segments());
        b.append("<details").append(open ? " open" : "").append("><summary>Claim segments (")
                .append(ClaimFacts.count(all.size(), "segment")).append(")</summary>\n<ol class=\"segments\">\n");
        int shown = 0;
        int skipped = 0;
        for (Segment s : all) {
            Set<String> here = marks.get(s.position());
            if (here == null && shown >= MAX_SEGMENTS) {
                skipped++;
                continue;
            }
            if (skipped > 0) {
                b.append("<li class=\"gap\">").append(ClaimFacts.count(skipped, "segment")).append(" not shown</li>\n");
                skipped = 0;
            }
            shown++;
            b.append("<li value=\"").append(s.position()).append(here == null ? "\">" : "\" class=\"bad\">")
                    .append("<code>");
            String text = s.text();
            if (text.length() > MAX_SEGMENT_CHARS) {
                b.append(Html.escape(text.substring(0, MAX_SEGMENT_CHARS))).append("</code> <i>(")
                        .append(text.length() - MAX_SEGMENT_CHARS).append(" more characters)</i>");
            } else {
                b.append(Html.escape(text)).append("</code>");
            }
            if (here != null) {
                b.append(" <span class=\"mark\">").append(Html.escape(String.join(", ", here))).append("</span>");
            }
            b.append("</li>\n");
        }
        if (skipped > 0) {
            b.append("<li class=\"gap\">").append(ClaimFacts.count(skipped, "segment")).append(" not shown</li>\n");
        }
        b.append("</ol></details>\n");
    }
}
