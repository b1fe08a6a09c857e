package org.scrub837.write;

import java.util.function.Predicate;

import org.scrub837.model.ClaimResult;

/** Which claims a split 837 output takes. */
public enum SplitSide implements Predicate<ClaimResult> {
    /** Claims without a rejecting finding: the file to submit. */
    CLEAN,
    /** Claims with at least one rejecting finding: the file to fix. */
    REJECTED;

    @Override
    public boolean test(ClaimResult result) {
        return result.rejected() == (this == REJECTED);
    }
}
