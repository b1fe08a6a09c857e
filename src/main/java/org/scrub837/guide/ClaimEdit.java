package org.scrub837.guide;

import org.scrub837.model.ClaimType;

/**
 * A named check of one claim beside the generic walker: a situational note of the guide ("required
 * when ...") that the data cannot say, or an edit payers' front ends apply beyond the guide. Each
 * is a small class of its own with a fixture; it reads the segments the reader already holds
 * through {@link ClaimEditInput} and reports in the guide's five rules.
 */
interface ClaimEdit {

    /** Whether the edit applies to claims of this guide. */
    boolean appliesTo(ClaimType type);

    void check(ClaimEditInput in, GuideReport report);
}
