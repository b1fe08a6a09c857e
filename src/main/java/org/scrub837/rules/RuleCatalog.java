package org.scrub837.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.scrub837.rules.pack.AddOnBaseRule;
import org.scrub837.rules.pack.ApplicationAreaCodesRule;
import org.scrub837.rules.pack.ClaimBalanceRule;
import org.scrub837.rules.pack.CodeDateRangeRule;
import org.scrub837.rules.pack.Conflict97602Rule;
import org.scrub837.rules.pack.DiagnosisPointerRule;
import org.scrub837.rules.pack.DuplicateClaimRule;
import org.scrub837.rules.pack.EmModifier25Rule;
import org.scrub837.rules.pack.ModifierFormatRule;
import org.scrub837.rules.pack.MueAcrossClaimsRule;
import org.scrub837.rules.pack.MueDateOfServiceRule;
import org.scrub837.rules.pack.MueLineRule;
import org.scrub837.rules.pack.NcciPtpRule;
import org.scrub837.rules.pack.JwJzConflictRule;
import org.scrub837.rules.pack.JwJzSameLineRule;
import org.scrub837.rules.pack.JwWithoutAdministeredRule;
import org.scrub837.rules.pack.Q4293AreaRule;
import org.scrub837.rules.pack.Q4293CoverageCheckRule;
import org.scrub837.rules.pack.Q4293FacilityPosRule;
import org.scrub837.rules.pack.Q4293InpatientBillRule;
import org.scrub837.rules.pack.Q4293JwJzExpectedRule;
import org.scrub837.rules.pack.Q4293NoJwJz2026Rule;
import org.scrub837.rules.pack.Q4293PairingRule;
import org.scrub837.rules.pack.Q4293RevenueCodeRule;
import org.scrub837.rules.pack.Q4293UnitBasisRule;
import org.scrub837.rules.pack.Q4293UnitsRule;
import org.scrub837.rules.pack.Q4293WoundDiagnosisRule;
import org.scrub837.rules.pack.TimelyFilingRule;
import org.scrub837.rules.pack.X12SyntaxRule;

/** The rules this build knows, by id: config/rules.yaml may configure these and no others. */
public final class RuleCatalog {

    private final Map<String, RuleFactory> factories;
    private final List<String> ids;

    private RuleCatalog(Map<String, RuleFactory> factories) {
        this.factories = Map.copyOf(factories);
        this.ids = List.copyOf(factories.keySet());
    }

    /** The built-in rules; the implementation-guide rules run without external code sets. */
    public static RuleCatalog builtIn() {
        return builtIn(new org.scrub837.guide.GuideValidator(org.scrub837.guide.GuideCodeSets.NONE));
    }

    /**
     * The built-in rules, the implementation-guide rules with the code sets under
     * {@code <configDir>/guide} (state and province codes, place of service, and the operator's
     * ICD-10-CM and HCPCS files when present).
     */
    public static RuleCatalog builtIn(java.nio.file.Path configDir) throws java.io.IOException {
        return builtIn(configDir, org.scrub837.refdata.ReferenceData.open(configDir));
    }

    /**
     * As above, with the ICD-10-CM, HCPCS and place-of-service editions given (installed under the
     * folder, or with an impact run's candidate): ICD-10-CM and HCPCS codes are then checked by
     * date of service.
     */
    public static RuleCatalog builtIn(java.nio.file.Path configDir, org.scrub837.refdata.ReferenceData editions)
            throws java.io.IOException {
        org.scrub837.refdata.ReferenceData.CodeSetEditions installed = editions.codeSets();
        return builtIn(new org.scrub837.guide.GuideValidator(
                org.scrub837.guide.GuideCodeSets.load(configDir.resolve("guide"))
                        .withEditions(installed.icd10cm(), installed.hcpcs(), installed.placesOfService())));
    }

    private static RuleCatalog builtIn(org.scrub837.guide.GuideValidator guide) {
        Map<String, RuleFactory> f = new LinkedHashMap<>();
        f.put(X12SyntaxRule.ID, X12SyntaxRule::new);
        f.put(ClaimBalanceRule.ID, ClaimBalanceRule::new);
        f.put(Q4293UnitBasisRule.ID, Q4293UnitBasisRule::new);
        f.put(Q4293UnitsRule.ID, Q4293UnitsRule::new);
        f.put(Q4293PairingRule.ID, Q4293PairingRule::new);
        f.put(AddOnBaseRule.ID, AddOnBaseRule::new);
        f.put(ModifierFormatRule.ID, ModifierFormatRule::new);
        f.put(JwJzSameLineRule.ID, JwJzSameLineRule::new);
        f.put(JwWithoutAdministeredRule.ID, JwWithoutAdministeredRule::new);
        f.put(Q4293JwJzExpectedRule.ID, Q4293JwJzExpectedRule::new);
        f.put(JwJzConflictRule.ID, JwJzConflictRule::new);
        f.put(Q4293NoJwJz2026Rule.ID, Q4293NoJwJz2026Rule::new);
        f.put(Q4293CoverageCheckRule.ID, Q4293CoverageCheckRule::new);
        f.put(Q4293AreaRule.ID, Q4293AreaRule::new);
        f.put(ApplicationAreaCodesRule.ID, ApplicationAreaCodesRule::new);
        f.put(MueLineRule.ID, MueLineRule::new);
        f.put(MueDateOfServiceRule.POLICY_ID, MueDateOfServiceRule::new);
        f.put(MueDateOfServiceRule.CLINICAL_ID, MueDateOfServiceRule::new);
        f.put(MueAcrossClaimsRule.POLICY_ID, MueAcrossClaimsRule::new);
        f.put(MueAcrossClaimsRule.CLINICAL_ID, MueAcrossClaimsRule::new);
        f.put(DiagnosisPointerRule.ID, DiagnosisPointerRule::new);
        f.put(Q4293WoundDiagnosisRule.ID, Q4293WoundDiagnosisRule::new);
        f.put(Conflict97602Rule.ID, Conflict97602Rule::new);
        f.put(EmModifier25Rule.ID, EmModifier25Rule::new);
        f.put(Q4293FacilityPosRule.ID, Q4293FacilityPosRule::new);
        f.put(Q4293InpatientBillRule.ID, Q4293InpatientBillRule::new);
        f.put(Q4293RevenueCodeRule.ID, Q4293RevenueCodeRule::new);
        f.put(CodeDateRangeRule.ID, CodeDateRangeRule::new);
        f.put(NcciPtpRule.ID, NcciPtpRule::new);
        f.put(TimelyFilingRule.ID, TimelyFilingRule::new);
        f.put(DuplicateClaimRule.ID, DuplicateClaimRule::new);
        for (String id : org.scrub837.guide.GuideRuleIds.ALL) {
            f.put(id, context -> new GuideRule(id, guide, context));
        }
        return new RuleCatalog(f);
    }

    public Optional<RuleFactory> factory(String id) {
        return Optional.ofNullable(factories.get(id));
    }

    /** Known rule ids, in catalogue order. */
    public List<String> ids() {
        return ids;
    }
}
