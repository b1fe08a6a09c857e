package org.scrub837.rules.pack;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.scrub837.model.Claim;
import org.scrub837.model.DatedEditions;
import org.scrub837.model.ServiceLine;
import org.scrub837.rules.FileScopedRule;
import org.scrub837.rules.MueTable;
import org.scrub837.rules.RuleContext;

/**
 * Medically Unlikely Edits per date of service (MAI 2 policy or 3 clinical, by the {@code indicator}
 * parameter) across the claims of one file: a date-of-service MUE counts the units of all lines
 * <b>and claims</b> for the same beneficiary, provider and date. The claim's own units are judged by
 * MUE-DOS-POLICY / MUE-DOS-CLINICAL; this rule reports on a later claim whose units, added to those
 * of the earlier claims of the file for the same beneficiary, billing provider, code and date, exceed
 * the MUE value while its own do not. Remembers a hash of beneficiary and provider with the code and
 * date (never claim data), at most {@code maxEntriesRemembered} per file; past the cap new entries
 * are not remembered.
 */
public final class MueAcrossClaimsRule implements FileScopedRule {

    public static final String POLICY_ID = "MUE-DOS-POLICY-CLAIMS";
    public static final String CLINICAL_ID = "MUE-DOS-CLINICAL-CLAIMS";

    private final RuleContext context;
    private final MueUnits tables;
    private final int indicator;
    private final int maxEntries;

    public MueAcrossClaimsRule(RuleContext context) {
        this.context = context;
        this.tables = MueUnits.from(context.parameters(), context.codes());
        this.indicator = MueUnits.dateOfServiceIndicator(context.parameters());
        this.maxEntries = context.parameters().integer("maxEntriesRemembered", 1 << 20);
        if (maxEntries < 1) {
            throw context.parameters().problem("maxEntriesRemembered", maxEntries + " is not positive");
        }
    }

    /** The units of one code on one date of a claim, with its MUE value and the first line billing it. */
    public record DateUnits(String code, LocalDate day, BigDecimal units, int maxUnits, int indicator,
            ServiceLine firstLine, String source, String edition) {
    }

    /**
     * What this rule sums for a claim: per code and date of service (from-date), the units of the
     * lines whose code has this rule's indicator in the claim's MUE table (empty without a table or
     * out of scope). Also used to sum across files with the claim history (package store).
     */
    public List<DateUnits> dateUnits(Claim claim) {
        DatedEditions<MueTable> editions = tables.editionsFor(claim);
        if (editions.isEmpty()) {
            return List.of();
        }
        Map<String, DateUnits> sums = new LinkedHashMap<>();
        for (ServiceLine line : claim.lines()) {
            BigDecimal units = tables.units(line);
            if (units == null || line.procedureCode() == null || !context.inEffect(claim, line)) {
                continue;
            }
            LocalDate day = LineLabel.day(claim, line);
            // no edition on that date: MUE-LINE gives the claim its one warning
            Optional<DatedEditions.Edition<MueTable>> edition = editions.on(day);
            if (edition.isEmpty()) {
                continue;
            }
            Optional<MueTable.Edit> edit = edition.get().table().edit(line.procedureCode());
            if (edit.isEmpty() || edit.get().indicator() != indicator) {
                continue;
            }
            sums.merge(line.procedureCode() + "|" + day, new DateUnits(line.procedureCode(), day, units,
                    edit.get().maxUnits(), indicator, line, MueUnits.source(edition.get()), edition.get().id()),
                    (a, b) -> new DateUnits(a.code(), a.day(), a.units().add(b.units()), a.maxUnits(), a.indicator(),
                            a.firstLine(), a.source(), a.edition()));
        }
        return List.copyOf(sums.values());
    }

    /**
     * The message for units over the MUE with earlier claims, or null when within it (or when the
     * claim's own units already exceed it: MUE-DOS-POLICY / MUE-DOS-CLINICAL report that).
     */
    public static String overTheMue(DateUnits own, BigDecimal before, String where) {
        BigDecimal total = before.add(own.units());
        BigDecimal max = BigDecimal.valueOf(own.maxUnits());
        if (before.signum() <= 0 || own.units().compareTo(max) > 0 || total.compareTo(max) <= 0) {
            return null;
        }
        return own.code() + " on " + LineLabel.day(own.day()) + ": " + own.units().toPlainString()
                + " units on this claim and " + before.toPlainString() + " on " + where + " for the same "
                + "beneficiary and billing provider make " + total.toPlainString() + ", above the MUE of "
                + own.maxUnits() + " per date of service (" + MueUnits.indicatorLabel(own.indicator()) + ", "
                + own.source() + "). " + (own.indicator() == 2
                        ? "CMS has identified no case in which more is payable: correct the units, or combine "
                                + "the claims."
                        : "More is payable only in rare cases with supporting documentation.");
    }

    @Override
    public FileCheck newFileCheck() {
        Map<String, BigDecimal> earlier = new HashMap<>();
        return (claim, sink) -> {
            List<DateUnits> own = dateUnits(claim);
            if (own.isEmpty()) {
                return;
            }
            String who = Long.toHexString(ClaimFingerprint.beneficiaryAndProvider(claim));
            for (DateUnits d : own) {
                String key = who + "|" + d.code() + "|" + d.day();
                BigDecimal before = earlier.getOrDefault(key, BigDecimal.ZERO);
                String message = overTheMue(d, before, "earlier claims of the file");
                if (message != null) {
                    sink.report(d.firstLine().lineNumber(), d.firstLine().servicePosition(), message, null,
                            d.edition());
                }
                if (earlier.containsKey(key) || earlier.size() < maxEntries) {
                    earlier.put(key, before.add(d.units()));
                }
            }
        };
    }
}
