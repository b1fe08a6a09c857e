package org.scrub837.rules;

import org.scrub837.model.Claim;

/**
 * One edit. A rule looks at one claim and reports what is wrong; it knows nothing of files,
 * severities or where findings go. Rules are immutable and safe to share between threads.
 */
public interface ClaimRule {

    /** Stable id, used in reports and configuration. */
    String id();

    void check(Claim claim, FindingSink sink);
}
