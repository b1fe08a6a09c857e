package org.scrub837.responses;

import java.io.PrintWriter;
import java.util.Locale;

import org.scrub837.responses.Outcomes.EscapeGroup;
import org.scrub837.responses.Outcomes.Escape;
import org.scrub837.responses.Outcomes.Report;
import org.scrub837.responses.Outcomes.Row;
import org.scrub837.responses.Outcomes.Waiting;
import org.scrub837.responses.ResponseStore.Unmatched;

/** The {@code outcomes} command's plain-text report (a terminal or a script reads it). */
public final class OutcomesText {

    private OutcomesText() {
    }

    public static void print(Report r, PrintWriter out) {
        out.println("First-pass acceptance (first submissions; accepted by the payer's front end / forwarded)"
                + (r.since() == null ? "" : " since " + r.since()) + (r.payer() == null ? "" : ", payer " + r.payer()));
        out.println(String.format(Locale.ROOT, "%-16s %-10s %9s %9s %9s %9s %8s", "payer", "day", "forwarded",
                "accepted", "rejected", "waiting", "rate"));
        for (Row row : r.byPayerAndDay()) {
            out.println(line(row.payer(), row.day().toString(), row));
        }
        for (Row row : r.byPayer()) {
            out.println(line(row.payer(), "all", row));
        }
        out.println(line("all", "all", r.total()));
        out.println();
        int escapes = r.escapes().stream().mapToInt(g -> g.escapes().size()).sum();
        out.println("Escapes (claims we passed that the payer rejected): " + escapes + ", rule misses first");
        for (EscapeGroup g : r.escapes()) {
            out.println("  " + g.kind() + " " + g.code() + ": " + g.escapes().size() + " claim(s); "
                    + (g.ruleMiss() ? "rule miss, would have been caught by " + String.join(", ", g.rules())
                            : "no rule of ours for it"));
            for (Escape e : g.escapes()) {
                out.println("    " + e.claimId() + " payer " + e.payer() + " (" + e.codes() + ") from " + e.fileName()
                        + (e.firstSubmission() ? "" : "; a resubmission"));
            }
        }
        out.println();
        out.println("Waiting for the payer's front end " + r.waitingDays() + " day(s) or more: " + r.waiting().size());
        for (Waiting w : r.waiting()) {
            out.println("  " + w.claimId() + " payer " + w.payer() + " forwarded " + w.submittedAt() + " in "
                    + w.fileName() + " (" + w.days() + " days)");
        }
        out.println();
        out.println("Responses that matched nothing we forwarded: " + r.unmatched().size());
        for (Unmatched u : r.unmatched()) {
            out.println("  " + u.fileName() + ": " + u.kind() + " " + u.level() + " " + u.key() + " " + u.verdict()
                    + " (" + u.codes() + ")");
        }
        out.flush();
    }

    private static String line(String payer, String day, Row row) {
        return String.format(Locale.ROOT, "%-16s %-10s %9d %9d %9d %9d %8s", payer, day, row.forwarded(),
                row.accepted(), row.rejected(), row.waiting(), percent(row.firstPassRate()));
    }

    /** 0.75 as 75.0%; "-" for nothing forwarded. */
    public static String percent(double rate) {
        return Double.isNaN(rate) ? "-" : String.format(Locale.ROOT, "%.1f%%", rate * 100);
    }
}
