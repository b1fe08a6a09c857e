package org.scrub837.rules.pack;

import java.math.BigDecimal;
import java.util.Optional;

import org.scrub837.model.Claim;
import org.scrub837.model.DatedEditions;
import org.scrub837.model.ServiceLine;
import org.scrub837.rules.ClaimRule;
import org.scrub837.rules.FindingSink;
import org.scrub837.rules.MueTable;
import org.scrub837.rules.RuleContext;

/**
 * Medically Unlikely Edits with adjudication indicator 1: a line edit, so each line's units are
 * compared with the MUE value on their own (the same code on separate lines with the right
 * modifiers can exceed it). Values come only from the CMS table the user configured.
 */
public final class MueLineRule implements ClaimRule {

    public static final String ID = "MUE-LINE";

    private final RuleContext context;
    private final MueUnits tables;

    public MueLineRule(RuleContext context) {
        this.context = context;
        this.tables = MueUnits.from(context.parameters(), context.codes());
    }

    @Override
    public void check(Claim claim, FindingSink sink) {
        DatedEditions<MueTable> editions = tables.editionsFor(claim);
        if (editions.isEmpty()) {
            return;
        }
        boolean warned = false;
        for (ServiceLine line : claim.lines()) {
            BigDecimal units = tables.units(line);
            if (units == null || line.procedureCode() == null || !context.inEffect(claim, line)) {
                continue;
            }
            java.time.LocalDate day = LineLabel.day(claim, line);
            Optional<DatedEditions.Edition<MueTable>> edition = editions.on(day);
            if (edition.isEmpty()) {
                if (!warned && day != null) { // one plain warning per claim
                    sink.warn(line.lineNumber(), line.servicePosition(), editions.uncovered("MUE", day));
                    warned = true;
                }
                continue;
            }
            Optional<MueTable.Edit> edit = edition.get().table().edit(line.procedureCode());
            if (edit.isEmpty() || edit.get().indicator() != 1
                    || units.compareTo(BigDecimal.valueOf(edit.get().maxUnits())) <= 0) {
                continue;
            }
            sink.report(line.lineNumber(), line.servicePosition(), line.procedureCode() + " on " + LineLabel.of(line)
                    + ": " + units.toPlainString() + " units exceed the MUE of " + edit.get().maxUnits() + " ("
                    + MueUnits.indicatorLabel(1) + ", " + MueUnits.source(edition.get()) + "). Correct the units, or, "
                    + "where the extra units are medically necessary, report them on a separate line with the "
                    + "appropriate modifier (e.g. 76, 77, 91, RT, LT).", null, edition.get().id());
        }
    }
}
