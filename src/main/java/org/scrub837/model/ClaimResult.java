package org.scrub837.model;

import java.util.List;

/**
 * A claim with what the rules found: the claim is rejected when at least one finding rejects.
 *
 * @param payerProfile the payer profile the rules were applied under
 */
public record ClaimResult(Claim claim, List<Finding> findings, String payerProfile) {

    public boolean rejected() {
        for (Finding f : findings) {
            if (f.rejects()) {
                return true;
            }
        }
        return false;
    }
}
