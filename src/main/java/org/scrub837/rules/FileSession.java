package org.scrub837.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.scrub837.model.ClaimResult;
import org.scrub837.model.Finding;

/**
 * The file-scoped rules of one file: each claim's result from {@link RuleSet#evaluate} is reviewed
 * here in file order, and what the file-scoped rules of the claim's payer profile find is added to
 * it. Deterministic whatever the threads that evaluated the claims, as long as results come in file
 * order (the sequential scrub and the parallel scrub's replay both feed it so). Not thread-safe: one
 * session per file, used by the thread that passes the file's results on.
 */
public final class FileSession {

    private final Map<String, List<ActiveRule>> fileRulesByProfile;
    private final Map<String, FileScopedRule.FileCheck> checks = new HashMap<>();

    FileSession(Map<String, List<ActiveRule>> fileRulesByProfile) {
        this.fileRulesByProfile = fileRulesByProfile;
    }

    /** The result with the findings of the file-scoped rules added (the same object when none fires). */
    public ClaimResult review(ClaimResult result) {
        List<ActiveRule> rules = fileRulesByProfile.get(result.payerProfile());
        if (rules == null || rules.isEmpty()) {
            return result;
        }
        List<Finding> added = null;
        for (ActiveRule r : rules) {
            FileScopedRule.FileCheck check = checks.computeIfAbsent(result.payerProfile() + "\u0000" + r.id(),
                    k -> ((FileScopedRule) r.rule()).newFileCheck());
            List<Finding> found = new ArrayList<>(0);
            try {
                check.check(result.claim(), (line, position, message) -> found.add(new Finding(r.id(), r.severity(),
                        line, position, message, r.authority(), r.claimStatus())));
            } catch (RuntimeException e) {
                // Name the rule and the claim's place in the file, never its contents.
                throw new IllegalStateException("rule " + r.id() + " failed on claim " + result.claim().ordinal()
                        + " of the file", e);
            }
            if (!found.isEmpty()) {
                if (added == null) {
                    added = new ArrayList<>(result.findings());
                }
                added.addAll(found);
            }
        }
        return added == null ? result : new ClaimResult(result.claim(), List.copyOf(added), result.payerProfile());
    }
}
