package org.scrub837.rules;

/** Builds a rule from its configuration; throws IllegalArgumentException on bad parameters. */
@FunctionalInterface
public interface RuleFactory {

    ClaimRule create(RuleContext context);
}
