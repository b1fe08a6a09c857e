package org.scrub837.rules;

import org.scrub837.model.Severity;

/** A rule built from its settings, with what the engine stamps into each of its findings. */
record ActiveRule(ClaimRule rule, String id, Severity severity, String authority, String claimStatus) {
}
