package org.scrub837.store;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.scrub837.model.ClaimResult;
import org.scrub837.model.Finding;
import org.scrub837.rules.RuleSet;
import org.scrub837.scrub.ClaimCheck;
import org.scrub837.settings.SettingsCatalogue;

/**
 * The MUE date-of-service edits (MAI 2 and 3) across files (issue #20 item 4): after the rules, the
 * units the claim's MUE-DOS-POLICY-CLAIMS / MUE-DOS-CLINICAL-CLAIMS rules sum are added to those the
 * claim history holds for the same beneficiary, billing provider, code and date from accepted claims
 * of other interchanges; above the MUE value the rule's finding is added. The claims of the claim's own
 * file are the file-scoped rules' (the two sums are judged apart). Runs when {@value #SETTING} is true.
 */
public final class MueHistoryCheck implements ClaimCheck {

    public static final String SETTING = SettingsCatalogue.MUE_ACROSS_FILES.key();

    private final RuleSet ruleSet;
    private final ClaimHistory history;
    private final PatientKeys keys;

    public MueHistoryCheck(RuleSet ruleSet, ClaimHistory history, PatientKeys keys) {
        this.ruleSet = ruleSet;
        this.history = history;
        this.keys = keys;
    }

    @Override
    public ClaimResult check(ClaimResult result) {
        List<RuleSet.MueDateUnits> units = ruleSet.mueDateOfServiceUnits(result);
        if (units.isEmpty()) {
            return result;
        }
        ClaimFacts facts = ClaimFacts.of(result, keys, units);
        Map<String, BigDecimal> elsewhere;
        try {
            elsewhere = history.unitsElsewhere(facts);
        } catch (SQLException e) {
            // the SQL state only: a driver message may quote a value of the claim
            throw new IllegalStateException("claim history unavailable for the MUE edits across files (SQL state "
                    + e.getSQLState() + ")", e);
        }
        List<Finding> added = new ArrayList<>();
        for (RuleSet.MueDateUnits u : units) {
            BigDecimal before = elsewhere.get(ClaimFacts.unitsKey(facts.patientKey(), facts.billingProvider(),
                    u.units().code(), u.units().day()));
            Finding f = before == null ? null : u.overTheMue(before, "accepted claims of earlier files");
            if (f != null) {
                added.add(f);
            }
        }
        if (added.isEmpty()) {
            return result;
        }
        List<Finding> findings = new ArrayList<>(result.findings());
        findings.addAll(added);
        return new ClaimResult(result.claim(), List.copyOf(findings), result.payerProfile());
    }
}
