package org.scrub837.rules.pack;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.scrub837.model.Claim;
import org.scrub837.model.ClaimType;
import org.scrub837.model.DatedEditions;
import org.scrub837.model.ServiceLine;
import org.scrub837.rules.ClaimRule;
import org.scrub837.rules.FindingSink;
import org.scrub837.rules.PtpTable;
import org.scrub837.rules.RuleContext;

/**
 * CMS NCCI procedure-to-procedure edits: two codes of one claim on one date of service (by from-date)
 * that an edit in effect that day pairs. The column 2 code is not payable with the column 1 code
 * unless the edit's modifier indicator is 1 and an NCCI-associated modifier ({@code bypassModifiers}:
 * the list of the NCCI Policy Manual, ch. I, "Modifiers and Modifier Indicators": anatomic, global
 * surgery, 27, 59, 91, XE, XS, XP, XU) is on the column 2 line, or, with {@code bypassModifierLine:
 * either}, on either line; indicator 0 allows no bypass, 9 means the edit does not apply. Reported
 * on the column 2 line. Edits come only from the CMS files the user configured: practitioner for
 * 837P, outpatient hospital for 837I of the outpatient bill types ({@link NcciScope}; never
 * inpatient).
 */
public final class NcciPtpRule implements ClaimRule {

    public static final String ID = "NCCI-PTP";

    private final RuleContext context;
    private final DatedEditions<PtpTable> professional;
    private final DatedEditions<PtpTable> institutional;
    private final Set<String> bypass;
    private final boolean column2Only;
    private final NcciScope scope;

    public NcciPtpRule(RuleContext context) {
        this.context = context;
        this.professional = context.codes().ptpEditions(context.parameters().text("professionalTable"));
        this.institutional = context.codes().ptpEditions(context.parameters().text("institutionalTable"));
        this.bypass = Set.copyOf(context.parameters().texts("bypassModifiers"));
        String on = context.parameters().text("bypassModifierLine");
        if (!on.equals("either") && !on.equals("column2")) {
            throw context.parameters().problem("bypassModifierLine", "'" + on + "' is not either or column2");
        }
        this.column2Only = on.equals("column2");
        this.scope = NcciScope.from(context.parameters());
    }


    @Override
    public void check(Claim claim, FindingSink sink) {
        DatedEditions<PtpTable> editions = claim.claimType() == ClaimType.INSTITUTIONAL ? institutional : professional;
        if (editions.isEmpty() || claim.lines().size() < 2 || !scope.applies(claim)) {
            return;
        }
        Map<LocalDate, List<ServiceLine>> byDay = new LinkedHashMap<>();
        for (ServiceLine line : claim.lines()) {
            if (line.procedureCode() != null && context.inEffect(claim, line)) {
                byDay.computeIfAbsent(LineLabel.day(claim, line), k -> new ArrayList<>()).add(line);
            }
        }
        for (Map.Entry<LocalDate, List<ServiceLine>> e : byDay.entrySet()) {
            List<ServiceLine> lines = e.getValue();
            if (lines.size() < 2) {
                continue;
            }
            Optional<DatedEditions.Edition<PtpTable>> edition = editions.on(e.getKey());
            if (edition.isEmpty()) {
                // one plain warning per claim: the pairs of that day were not checked
                ServiceLine first = lines.get(0);
                sink.warn(first.lineNumber(), first.servicePosition(), editions.uncovered("NCCI PTP", e.getKey()));
                return;
            }
            PtpTable table = edition.get().table();
            for (ServiceLine second : lines) {
                for (ServiceLine first : lines) {
                    if (first == second || first.procedureCode().equals(second.procedureCode())) {
                        continue;
                    }
                    Optional<PtpTable.Edit> edit = table.edit(first.procedureCode(), second.procedureCode(),
                            e.getKey());
                    if (edit.isEmpty() || edit.get().modifierIndicator() == 9) {
                        continue;
                    }
                    boolean bypassed = edit.get().modifierIndicator() == 1 && (hasBypass(second)
                            || (!column2Only && hasBypass(first)));
                    if (!bypassed) {
                        report(first, second, edit.get(), e.getKey(), table, edition.get().id(), sink);
                        break; // one finding per column 2 line
                    }
                }
            }
        }
    }

    private boolean hasBypass(ServiceLine line) {
        for (String m : line.modifiers()) {
            if (bypass.contains(m)) {
                return true;
            }
        }
        return false;
    }

    private void report(ServiceLine first, ServiceLine second, PtpTable.Edit edit, LocalDate day, PtpTable table,
            String editionId, FindingSink sink) {
        String fix = edit.modifierIndicator() == 1
                ? "If " + second.procedureCode() + " was a separate, distinct service (another site, session or "
                        + "encounter), add the appropriate NCCI-associated modifier (e.g. an anatomic modifier such as "
                        + "RT/LT or T1-T9, or 59/XE/XS/XP/XU) " + (column2Only ? "to the " + second.procedureCode()
                                + " line " : "") + "and document it; otherwise remove the " + second.procedureCode()
                        + " line."
                : "The edit's modifier indicator is 0: no modifier allows the pair. Remove the "
                        + second.procedureCode() + " line.";
        sink.report(second.lineNumber(), second.servicePosition(), second.procedureCode() + " on "
                + LineLabel.of(second) + " (" + LineLabel.day(day) + ") is the column 2 code of an NCCI "
                + "procedure-to-procedure edit with " + first.procedureCode() + " on " + LineLabel.of(first)
                + " (" + (editionId == null ? table.name() + " table" : "edition " + editionId) + ", in effect from "
                + edit.effective() + "). " + fix, null, editionId);
    }
}
