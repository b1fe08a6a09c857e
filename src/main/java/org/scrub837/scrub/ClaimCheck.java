package org.scrub837.scrub;

import org.scrub837.model.ClaimResult;

/**
 * A check made after the rules on a judged claim (the store's edits against the claim history): it
 * returns the result as it is, or with findings added. The engine keeps the rules' version and
 * file review around it ({@link ScrubEngine#addClaimCheck}), so no check can drop them.
 * Must be safe to call from several threads at once.
 */
@FunctionalInterface
public interface ClaimCheck {

    ClaimResult check(ClaimResult judged);
}
