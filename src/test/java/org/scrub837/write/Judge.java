package org.scrub837.write;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.scrub837.model.Claim;
import org.scrub837.model.ClaimResult;
import org.scrub837.model.Finding;
import org.scrub837.model.Severity;

/** A stand-in for the rule engine in writer tests: rejects and warns claims chosen by CLM01. */
final class Judge implements Function<Claim, ClaimResult> {

    static final String REJECT_RULE = "Q4293-UNITS";
    /** The 277CA claim status rules.yaml gives {@link #REJECT_RULE}. */
    static final String REJECT_STATUS = "A7:476";
    static final String WARN_RULE = "Q4293-JW";
    static final String PROFILE = "medicare-b";

    private final Set<String> rejected;
    private final Set<String> warned;

    private Judge(Set<String> rejected, Set<String> warned) {
        this.rejected = rejected;
        this.warned = warned;
    }

    static Judge rejecting(String... claimIds) {
        return new Judge(Set.of(claimIds), Set.of());
    }

    Judge warning(String... claimIds) {
        return new Judge(rejected, Set.of(claimIds));
    }

    @Override
    public ClaimResult apply(Claim claim) {
        List<Finding> findings = new ArrayList<>();
        if (rejected.contains(claim.claimId())) {
            findings.add(new Finding(REJECT_RULE, Severity.REJECT, 1, claim.lines().get(0).servicePosition(),
                    "Units 3 do not match the 16 sq cm applied; bill 16 units", "NGS skin substitute billing",
                    REJECT_STATUS));
        }
        if (warned.contains(claim.claimId())) {
            findings.add(new Finding(WARN_RULE, Severity.WARN, null, claim.position(),
                    "JW modifier is not expected on a skin substitute from 2026", "CMS-1832-F"));
        }
        return new ClaimResult(claim, findings, PROFILE);
    }
}
