package org.scrub837.rules.pack;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.scrub837.model.Claim;
import org.scrub837.model.DatedEditions;
import org.scrub837.model.ServiceLine;
import org.scrub837.rules.ClaimRule;
import org.scrub837.rules.FindingSink;
import org.scrub837.rules.MueTable;
import org.scrub837.rules.RuleContext;

/**
 * Medically Unlikely Edits applied per date of service (adjudication indicator 2, policy, or 3,
 * clinical, as configured by the rule's {@code indicator} parameter): the units of a code are
 * summed over the claim's lines of the same date (by from-date) and compared with the MUE value.
 * Values come only from the CMS table the user configured.
 */
public final class MueDateOfServiceRule implements ClaimRule {

    public static final String POLICY_ID = "MUE-DOS-POLICY";
    public static final String CLINICAL_ID = "MUE-DOS-CLINICAL";

    private final RuleContext context;
    private final MueUnits tables;
    private final int indicator;

    public MueDateOfServiceRule(RuleContext context) {
        this.context = context;
        this.tables = MueUnits.from(context.parameters(), context.codes());
        this.indicator = MueUnits.dateOfServiceIndicator(context.parameters());
    }

    /** Units of one code on one date, the first line that billed it and the edition in force that day. */
    private static final class Total {
        BigDecimal units = BigDecimal.ZERO;
        ServiceLine first;
        int lines;
        DatedEditions.Edition<MueTable> edition;
        MueTable.Edit edit;
    }

    @Override
    public void check(Claim claim, FindingSink sink) {
        DatedEditions<MueTable> editions = tables.editionsFor(claim);
        if (editions.isEmpty()) {
            return;
        }
        Map<String, Total> totals = new LinkedHashMap<>();
        for (ServiceLine line : claim.lines()) {
            BigDecimal units = tables.units(line);
            if (units == null || line.procedureCode() == null || !context.inEffect(claim, line)) {
                continue;
            }
            LocalDate day = LineLabel.day(claim, line);
            Optional<DatedEditions.Edition<MueTable>> edition = editions.on(day);
            if (edition.isEmpty()) {
                // MUE-LINE gives the claim its one warning for the MUE table: three would say one thing
                continue;
            }
            Optional<MueTable.Edit> edit = edition.get().table().edit(line.procedureCode());
            if (edit.isEmpty() || edit.get().indicator() != indicator) {
                continue;
            }
            Total t = totals.computeIfAbsent(line.procedureCode() + "@" + day, k -> new Total());
            t.units = t.units.add(units);
            t.lines++;
            if (t.first == null) {
                t.first = line;
                t.edition = edition.get();
                t.edit = edit.get();
            }
        }
        for (Total t : totals.values()) {
            MueTable.Edit edit = t.edit;
            if (t.units.compareTo(BigDecimal.valueOf(edit.maxUnits())) <= 0) {
                continue;
            }
            String fix = indicator == 2
                    ? "CMS has identified no case in which more is payable: correct the units."
                    : "More is payable only in rare cases with supporting documentation: correct the units, or "
                            + "keep them and be ready to support them with documentation.";
            sink.report(t.first.lineNumber(), t.first.servicePosition(), t.first.procedureCode() + " on "
                    + LineLabel.day(LineLabel.day(claim, t.first)) + ": " + t.units.toPlainString() + " units on "
                    + t.lines + (t.lines == 1 ? " line" : " lines") + " exceed the MUE of " + edit.maxUnits()
                    + " per date of service (" + MueUnits.indicatorLabel(indicator) + ", " + MueUnits.source(t.edition)
                    + "). " + fix, null, t.edition.id());
        }
    }
}
