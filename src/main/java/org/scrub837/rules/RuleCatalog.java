package org.scrub837.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.scrub837.rules.pack.AddOnBaseRule;
import org.scrub837.rules.pack.ClaimBalanceRule;
import org.scrub837.rules.pack.ModifierFormatRule;
import org.scrub837.rules.pack.JwJzSameLineRule;
import org.scrub837.rules.pack.JwWithoutAdministeredRule;
import org.scrub837.rules.pack.Q4293CoverageCheckRule;
import org.scrub837.rules.pack.Q4293JwJzExpectedRule;
import org.scrub837.rules.pack.Q4293NoJwJz2026Rule;
import org.scrub837.rules.pack.Q4293PairingRule;
import org.scrub837.rules.pack.Q4293UnitBasisRule;
import org.scrub837.rules.pack.Q4293UnitsRule;
import org.scrub837.rules.pack.X12SyntaxRule;

/** The rules this build knows, by id: config/rules.yaml may configure these and no others. */
public final class RuleCatalog {

    private final Map<String, RuleFactory> factories;
    private final List<String> ids;

    private RuleCatalog(Map<String, RuleFactory> factories) {
        this.factories = Map.copyOf(factories);
        this.ids = List.copyOf(factories.keySet());
    }

    public static RuleCatalog builtIn() {
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
        f.put(Q4293NoJwJz2026Rule.ID, Q4293NoJwJz2026Rule::new);
        f.put(Q4293CoverageCheckRule.ID, Q4293CoverageCheckRule::new);
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
