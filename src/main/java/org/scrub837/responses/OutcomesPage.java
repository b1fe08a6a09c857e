package org.scrub837.responses;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;

import org.scrub837.responses.Outcomes.EscapeGroup;
import org.scrub837.responses.Outcomes.Escape;
import org.scrub837.responses.Outcomes.Report;
import org.scrub837.responses.Outcomes.Row;
import org.scrub837.responses.Outcomes.Waiting;
import org.scrub837.responses.ResponseStore.Unmatched;
import org.scrub837.write.AtomicFile;

/**
 * The outcomes as one self-contained HTML page (no script, no external resource; a content security
 * policy that allows none), written under a temporary name and renamed into place.
 */
public final class OutcomesPage {

    private OutcomesPage() {
    }

    public static void write(Report r, Instant generatedAt, Path target) throws IOException {
        try (AtomicFile file = AtomicFile.create(target)) {
            Writer w = new OutputStreamWriter(file.stream(), StandardCharsets.UTF_8);
            w.write(html(r, generatedAt));
            w.flush();
            file.commit();
        }
    }

    static String html(Report r, Instant generatedAt) {
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">")
                .append("<title>scrub837 outcomes</title><style>body{font-family:sans-serif;margin:1.5em}")
                .append("table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:.2em .6em;text-align:right}")
                .append("td.t,th.t{text-align:left}.miss{background:#fde2e1}</style></head><body>\n");
        b.append("<h1>Payer outcomes</h1><p>Generated ").append(esc(generatedAt.toString()))
                .append(r.since() == null ? "" : "; forwarded since " + esc(r.since().toString())).append("</p>\n");
        b.append("<h2>First-pass acceptance</h2><p>First submissions accepted by the payer's front end, of those forwarded.</p>")
                .append("<table><tr><th class=t>payer</th><th class=t>day</th><th>forwarded</th><th>accepted</th>")
                .append("<th>rejected</th><th>waiting</th><th>rate</th></tr>\n");
        for (Row row : r.byPayerAndDay()) {
            row(b, row.payer(), row.day().toString(), row);
        }
        for (Row row : r.byPayer()) {
            row(b, row.payer(), "all", row);
        }
        row(b, "all", "all", r.total());
        b.append("</table>\n<h2>Escapes</h2><p>Claims we passed that the payer rejected; rule misses (a rule of ours")
                .append(" existed for what was rejected) first.</p>\n");
        for (EscapeGroup g : r.escapes()) {
            b.append("<h3").append(g.ruleMiss() ? " class=miss" : "").append(">").append(esc(g.kind() + " " + g.code()))
                    .append(": ").append(g.escapes().size()).append(" claim(s); ")
                    .append(g.ruleMiss() ? "rule miss: " + esc(String.join(", ", g.rules())) : "no rule of ours for it")
                    .append("</h3><table><tr><th class=t>claim</th><th class=t>payer</th><th class=t>codes</th>")
                    .append("<th class=t>response file</th></tr>\n");
            for (Escape e : g.escapes()) {
                b.append("<tr><td class=t>").append(esc(e.claimId())).append("</td><td class=t>").append(esc(e.payer()))
                        .append("</td><td class=t>").append(esc(e.codes())).append("</td><td class=t>")
                        .append(esc(e.fileName())).append("</td></tr>\n");
            }
            b.append("</table>\n");
        }
        b.append("<h2>Waiting ").append(r.waitingDays()).append(" day(s) or more: ").append(r.waiting().size())
                .append("</h2><table><tr><th class=t>claim</th><th class=t>payer</th><th class=t>forwarded</th><th>days</th></tr>\n");
        for (Waiting w : r.waiting()) {
            b.append("<tr><td class=t>").append(esc(w.claimId())).append("</td><td class=t>").append(esc(w.payer()))
                    .append("</td><td class=t>").append(esc(w.submittedAt().toString())).append("</td><td>")
                    .append(w.days()).append("</td></tr>\n");
        }
        b.append("</table>\n<h2>Responses that matched nothing: ").append(r.unmatched().size())
                .append("</h2><table><tr><th class=t>file</th><th class=t>kind</th><th class=t>key</th><th class=t>verdict</th></tr>\n");
        for (Unmatched u : r.unmatched()) {
            b.append("<tr><td class=t>").append(esc(u.fileName())).append("</td><td class=t>").append(esc(u.kind()))
                    .append("</td><td class=t>").append(esc(u.key())).append("</td><td class=t>")
                    .append(esc(u.verdict() + " " + u.codes())).append("</td></tr>\n");
        }
        b.append("</table>\n</body></html>\n");
        return b.toString();
    }

    private static void row(StringBuilder b, String payer, String day, Row row) {
        b.append("<tr><td class=t>").append(esc(payer)).append("</td><td class=t>").append(esc(day)).append("</td><td>")
                .append(row.forwarded()).append("</td><td>").append(row.accepted()).append("</td><td>")
                .append(row.rejected()).append("</td><td>").append(row.waiting()).append("</td><td>")
                .append(OutcomesText.percent(row.firstPassRate())).append("</td></tr>\n");
    }

    private static String esc(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
