package org.scrub837.rules.pack;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.scrub837.model.Claim;
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
        this.indicator = context.parameters().integer("indicator", 0);
        if (indicator != 2 && indicator != 3) {
            throw context.parameters().problem("indicator", "'" + indicator + "' is not 2 or 3");
        }
        this.maxEntries = context.parameters().integer("maxEntriesRemembered", 1 << 20);
        if (maxEntries < 1) {
            throw context.parameters().problem("maxEntriesRemembered", maxEntries + " is not positive");
        }
    }

    @Override
    public FileCheck newFileCheck() {
        Map<String, BigDecimal> earlier = new HashMap<>();
        return (claim, sink) -> {
            Optional<MueTable> table = tables.tableFor(claim);
            if (table.isEmpty()) {
                return;
            }
            Map<String, BigDecimal> own = new LinkedHashMap<>();
            Map<String, ServiceLine> firstLine = new HashMap<>();
            long who = ClaimFingerprint.beneficiaryAndProvider(claim);
            for (ServiceLine line : claim.lines()) {
                BigDecimal units = tables.units(line);
                Optional<MueTable.Edit> edit = table.get().edit(line.procedureCode());
                if (units == null || edit.isEmpty() || edit.get().indicator() != indicator
                        || !context.inEffect(claim, line)) {
                    continue;
                }
                LocalDate day = LineLabel.day(claim, line);
                String key = Long.toHexString(who) + "|" + line.procedureCode() + "|" + day;
                own.merge(key, units, BigDecimal::add);
                firstLine.putIfAbsent(key, line);
            }
            for (Map.Entry<String, BigDecimal> e : own.entrySet()) {
                ServiceLine line = firstLine.get(e.getKey());
                int max = table.get().edit(line.procedureCode()).orElseThrow().maxUnits();
                BigDecimal before = earlier.getOrDefault(e.getKey(), BigDecimal.ZERO);
                BigDecimal total = before.add(e.getValue());
                if (before.signum() > 0 && e.getValue().compareTo(BigDecimal.valueOf(max)) <= 0
                        && total.compareTo(BigDecimal.valueOf(max)) > 0) {
                    sink.report(line.lineNumber(), line.servicePosition(), line.procedureCode() + " on "
                            + LineLabel.day(LineLabel.day(claim, line)) + ": " + e.getValue().toPlainString()
                            + " units on this claim and " + before.toPlainString() + " on earlier claims of the file "
                            + "for the same beneficiary and billing provider make " + total.toPlainString()
                            + ", above the MUE of " + max + " per date of service (" + MueUnits.indicatorLabel(
                                    indicator) + ", " + table.get().name() + " table). " + (indicator == 2
                                            ? "CMS has identified no case in which more is payable: correct the "
                                                    + "units, or combine the claims."
                                            : "More is payable only in rare cases with supporting documentation."));
                }
                if (earlier.containsKey(e.getKey()) || earlier.size() < maxEntries) {
                    earlier.put(e.getKey(), total);
                }
            }
        };
    }
}
