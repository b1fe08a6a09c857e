package org.scrub837.rules;

import org.scrub837.model.Claim;

/**
 * One edit. A rule looks at one claim and reports what is wrong; it knows nothing of files,
 * severities or where findings go (its id, under which it is configured, is the key of its
 * {@link RuleCatalog} line; the engine stamps it into each finding). Rules are immutable and safe to share between threads.
 */
public interface ClaimRule {

    void check(Claim claim, FindingSink sink);
}
