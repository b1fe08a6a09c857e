package org.scrub837.responses;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.scrub837.responses.ResponseStore.ClaimResponse;
import org.scrub837.responses.ResponseStore.Submission;
import org.scrub837.responses.ResponseStore.Unmatched;

/**
 * The figures of {@code scrub837 outcomes}, its HTML page and its metrics, from the store: first-pass
 * acceptance by payer and day, escapes grouped by the payer's code with the rule that would have
 * caught them, claims still waiting, and responses that matched nothing (docs/outcomes.md).
 *
 * <p>A forwarded claim's front-end status: <b>rejected</b> when a TA1 rejected its interchange, a 999
 * its group or transaction, or a 277CA the claim; else <b>accepted</b> when a 277CA accepted it or an
 * 835 answered for it (adjudication is past the front end); else <b>waiting</b>.
 */
public final class Outcomes {

    public enum FrontEnd { ACCEPTED, REJECTED, WAITING }

    /** First submissions of one payer on one day (UTC), or of one payer (day null), or of all (both null). */
    public record Row(String payer, LocalDate day, int forwarded, int accepted, int rejected, int waiting) {
        /** accepted / forwarded, or NaN when nothing was forwarded. */
        public double firstPassRate() {
            return forwarded == 0 ? Double.NaN : (double) accepted / forwarded;
        }
    }

    /** One forwarded claim the payer rejected. */
    public record Escape(String claimId, String payer, String kind, String codes, String fileName, boolean firstSubmission) {
    }

    /** Escapes with the same payer code, and the rules that would have caught them (empty: none). */
    public record EscapeGroup(String kind, String code, List<String> rules, List<Escape> escapes) {
        public boolean ruleMiss() {
            return !rules.isEmpty();
        }
    }

    /** A forwarded claim with no front-end answer yet. */
    public record Waiting(String claimId, String payer, Instant submittedAt, String fileName, long days) {
    }

    public record Report(Instant since, String payer, int waitingDays, List<Row> byPayerAndDay, List<Row> byPayer,
            Row total, List<EscapeGroup> escapes, List<Waiting> waiting, List<Unmatched> unmatched) {
    }

    private Outcomes() {
    }

    /**
     * @param since        forwarded at or after this instant (null: all)
     * @param payer        one payer id (null: all)
     * @param waitingDays  a claim without a front-end answer this many days after it was forwarded is listed
     */
    public static Report compute(ResponseStore store, RuleHints hints, Instant since, String payer, int waitingDays,
            Instant now) throws SQLException {
        List<Submission> submissions = store.submissions(since, payer);
        Map<Long, List<ClaimResponse>> responses = new HashMap<>();
        for (ClaimResponse r : store.claimResponses(since)) {
            responses.computeIfAbsent(r.submissionId(), k -> new ArrayList<>()).add(r);
        }
        TreeMap<String, int[]> byPayerDay = new TreeMap<>();
        TreeMap<String, int[]> byPayer = new TreeMap<>();
        int[] total = new int[4];
        Map<String, EscapeGroupBuilder> groups = new TreeMap<>();
        List<Waiting> waiting = new ArrayList<>();
        for (Submission s : submissions) {
            List<ClaimResponse> rs = responses.getOrDefault(s.id(), List.of());
            FrontEnd status = frontEnd(rs);
            if (s.first()) {
                LocalDate day = LocalDate.ofInstant(s.submittedAt(), ZoneOffset.UTC);
                count(byPayerDay.computeIfAbsent(s.payerId() + "\t" + day, k -> new int[4]), status);
                count(byPayer.computeIfAbsent(s.payerId(), k -> new int[4]), status);
                count(total, status);
            }
            if (status == FrontEnd.REJECTED) {
                // one escape per claim, under the most specific rejection (a claim's 277CA before its
                // transaction's 999, before its group's, before its interchange's TA1)
                ClaimResponse r = rs.stream().filter(x -> "rejected".equals(x.verdict()))
                        .min(Comparator.comparingInt(Outcomes::specificity)).orElseThrow();
                String code = groupCode(r.kind(), r.codes());
                groups.computeIfAbsent(r.kind() + "\t" + code,
                        k -> new EscapeGroupBuilder(r.kind(), code, hints.rulesFor(r.kind(), r.codes())))
                        .escapes.add(new Escape(s.claimId(), s.payerId(), r.kind(), r.codes(), r.fileName(), s.first()));
            } else if (status == FrontEnd.WAITING) {
                long days = Duration.between(s.submittedAt(), now).toDays();
                if (days >= waitingDays) {
                    waiting.add(new Waiting(s.claimId(), s.payerId(), s.submittedAt(), s.fileName(), days));
                }
            }
        }
        List<Row> payerDayRows = new ArrayList<>();
        byPayerDay.forEach((k, v) -> {
            String[] parts = k.split("\t");
            payerDayRows.add(row(parts[0], LocalDate.parse(parts[1]), v));
        });
        List<Row> payerRows = new ArrayList<>();
        byPayer.forEach((k, v) -> payerRows.add(row(k, null, v)));
        List<EscapeGroup> escapeGroups = new ArrayList<>();
        for (EscapeGroupBuilder b : groups.values()) {
            escapeGroups.add(new EscapeGroup(b.kind, b.code, b.rules, List.copyOf(b.escapes)));
        }
        // rule misses first (a rule of ours existed for what the payer rejected), then the largest groups
        escapeGroups.sort(Comparator.comparing((EscapeGroup g) -> !g.ruleMiss())
                .thenComparing(g -> -g.escapes().size()).thenComparing(EscapeGroup::kind)
                .thenComparing(EscapeGroup::code));
        return new Report(since, payer, waitingDays, payerDayRows, payerRows, row(null, null, total), escapeGroups,
                waiting, store.unmatched(since));
    }

    private static int specificity(ClaimResponse r) {
        return switch (r.level()) {
            case "claim" -> 0;
            case "transaction" -> 1;
            case "group" -> 2;
            default -> 3;
        };
    }

    /** The claim's front-end status from every answer about it. */
    public static FrontEnd frontEnd(List<ClaimResponse> responses) {
        boolean accepted = false;
        for (ClaimResponse r : responses) {
            if (!"835".equals(r.kind()) && "rejected".equals(r.verdict())) {
                return FrontEnd.REJECTED;
            }
            if ("835".equals(r.kind()) || ("277CA".equals(r.kind()) && "accepted".equals(r.verdict()))) {
                accepted = true;
            }
        }
        return accepted ? FrontEnd.ACCEPTED : FrontEnd.WAITING;
    }

    /**
     * What escapes are grouped by: the 277CA's rejecting category:status ({@code A7:255}), the 999's
     * IK5 or AK9 code, the TA1's note code.
     */
    static String groupCode(String kind, String codes) {
        if ("277CA".equals(kind)) {
            for (String status : codes.split(" ")) {
                String[] p = status.split(":", -1);
                if (p.length >= 2 && p[0].matches("A[34678]")) {
                    return p[0] + ":" + p[1];
                }
            }
            return codes;
        }
        int cut = codes.indexOf(';');
        return cut < 0 ? codes : codes.substring(0, cut);
    }

    private static void count(int[] c, FrontEnd status) {
        c[0]++;
        c[1 + status.ordinal()]++;
    }

    private static Row row(String payer, LocalDate day, int[] c) {
        return new Row(payer, day, c[0], c[1], c[2], c[3]);
    }

    private static final class EscapeGroupBuilder {
        final String kind;
        final String code;
        final List<String> rules;
        final List<Escape> escapes = new ArrayList<>();

        EscapeGroupBuilder(String kind, String code, List<String> rules) {
            this.kind = kind;
            this.code = code;
            this.rules = rules;
        }
    }
}
