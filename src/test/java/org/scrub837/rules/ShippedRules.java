package org.scrub837.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import org.scrub837.model.Claim;
import org.scrub837.model.ClaimResult;
import org.scrub837.model.Finding;

/** The rule set as shipped in the project's config/ folder, loaded once for rule tests. */
public final class ShippedRules {

    public static final Path CONFIG_DIR = Path.of("config");

    private static final RuleSet RULES = load();

    private ShippedRules() {
    }

    public static RuleSet ruleSet() {
        return RULES;
    }

    public static ClaimResult evaluate(Claim claim) {
        return RULES.evaluate(claim);
    }

    /** The findings of one rule for a claim, under the claim's payer profile. */
    public static List<Finding> findings(Claim claim, String ruleId) {
        return RULES.evaluate(claim).findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    private static RuleSet load() {
        try {
            return RuleSet.load(CONFIG_DIR);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
