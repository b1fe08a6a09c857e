package org.scrub837.rules;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.scrub837.model.Claim;
import org.scrub837.model.ClaimResult;
import org.scrub837.model.Finding;
import org.scrub837.model.Payer;
import org.scrub837.rules.config.RuleSetLoader;

/**
 * The configured rules, ready to judge claims. Immutable once built (but for a thread-safe memory of
 * each payer's profile), so one instance serves every thread; {@link #evaluate(Claim)} keeps its
 * state on the stack.
 */
public final class RuleSet {

    /** Payers whose profile is remembered; a file's payers are few, a day's stay well below this. */
    static final int PROFILE_CACHE_SIZE = 1024;

    private final String version;
    private final Map<String, List<ActiveRule>> rulesByProfile;
    /** Rules that judge a claim against the earlier claims of its file, by profile. */
    private final Map<String, List<ActiveRule>> fileRulesByProfile;
    private final List<PayerProfile> profiles;
    private final Map<Payer, String> profileByPayer = new ConcurrentHashMap<>();
    private volatile LastPayer last;

    private RuleSet(String version, Map<String, List<ActiveRule>> rulesByProfile,
            Map<String, List<ActiveRule>> fileRulesByProfile, List<PayerProfile> profiles) {
        this.version = version;
        this.rulesByProfile = rulesByProfile;
        this.fileRulesByProfile = fileRulesByProfile;
        this.profiles = profiles;
    }

    /**
     * Loads {@code rules.yaml} and the payer profiles under {@code payers/} from a configuration
     * folder (the project's {@code config/}).
     *
     * @throws IOException              a file is missing or is not YAML
     * @throws IllegalArgumentException a file is YAML but wrong (unknown rule id, bad severity ...);
     *                                  the message names the file and the key
     */
    public static RuleSet load(Path configDir) throws IOException {
        return RuleSetLoader.load(configDir);
    }

    /**
     * Builds a rule set from parsed configuration.
     *
     * @param rules     every rule's base settings, in the order they run
     * @param profiles  the payer profiles; one named {@value PayerProfile#DEFAULT} is added when absent
     */
    public static RuleSet build(String version, CodeCatalog codes, List<RuleSettings> rules,
            List<PayerProfile> profiles, RuleCatalog catalog) {
        Objects.requireNonNull(version, "version");
        List<PayerProfile> all = new ArrayList<>(profiles);
        if (all.stream().noneMatch(p -> p.name().equals(PayerProfile.DEFAULT))) {
            all.add(new PayerProfile(PayerProfile.DEFAULT, Set.of(), List.of(), Set.of(), Map.of()));
        }
        Map<String, List<ActiveRule>> byProfile = new LinkedHashMap<>();
        Map<String, List<ActiveRule>> fileByProfile = new LinkedHashMap<>();
        for (PayerProfile profile : all) {
            for (String overridden : profile.overrides().keySet()) {
                if (rules.stream().noneMatch(r -> r.id().equals(overridden))) {
                    throw new IllegalArgumentException(profile.overrides().get(overridden).source()
                            + ": unknown rule id (known: " + rules.stream().map(RuleSettings::id).toList() + ")");
                }
            }
            List<ActiveRule> active = new ArrayList<>();
            List<ActiveRule> fileScoped = new ArrayList<>();
            for (RuleSettings base : rules) {
                RuleSettings s = profile.apply(base);
                if (!s.enabled()) {
                    continue;
                }
                RuleFactory factory = catalog.factory(s.id()).orElseThrow(() -> new IllegalArgumentException(
                        s.source() + ": unknown rule id (known: " + catalog.ids() + ")"));
                RuleParameters params = new RuleParameters(s.source() + ".parameters", s.parameters(), codes);
                ClaimRule rule = factory.create(new RuleContext(s.id(), s.period(), params, codes));
                if (!params.unread().isEmpty()) {
                    throw params.problem(params.unread().iterator().next(),
                            "unknown parameter for rule " + s.id());
                }
                ActiveRule built = new ActiveRule(rule, s.id(), s.severity(), s.authority(), s.claimStatus());
                (rule instanceof FileScopedRule ? fileScoped : active).add(built);
            }
            byProfile.put(profile.name(), List.copyOf(active));
            fileByProfile.put(profile.name(), List.copyOf(fileScoped));
        }
        return new RuleSet(version, Map.copyOf(byProfile), Map.copyOf(fileByProfile), List.copyOf(all));
    }

    /** The configured {@code ruleSetVersion}, stamped into every report. */
    public String version() {
        return version;
    }

    /** The names of the payer profiles, default included. */
    public List<String> profileNames() {
        return profiles.stream().map(PayerProfile::name).toList();
    }

    /**
     * The ids of the rules that run under a profile, in order: those judging each claim alone, then
     * those judging it within its file ({@link #newFileSession()}).
     */
    public List<String> ruleIds(String profile) {
        List<ActiveRule> rules = rulesByProfile.get(profile);
        if (rules == null) {
            throw new IllegalArgumentException("no payer profile '" + profile + "' (known: " + profileNames() + ")");
        }
        List<String> ids = new ArrayList<>(rules.stream().map(ActiveRule::id).toList());
        fileRulesByProfile.get(profile).forEach(r -> ids.add(r.id()));
        return List.copyOf(ids);
    }

    /**
     * A session for one file's file-scoped rules (duplicate claims ...): pass every result of
     * {@link #evaluate} through {@link FileSession#review} in file order.
     */
    public FileSession newFileSession() {
        return new FileSession(fileRulesByProfile);
    }

    /**
     * One code and date of a claim as a file-scoped MUE date-of-service rule of the claim's profile
     * (MUE-DOS-POLICY-CLAIMS, MUE-DOS-CLINICAL-CLAIMS) sums it, with what a finding of that rule
     * carries: for checks across files with the claim history (package store).
     */
    public record MueDateUnits(org.scrub837.rules.pack.MueAcrossClaimsRule.DateUnits units, String ruleId,
            org.scrub837.model.Severity severity, String authority, String claimStatus) {

        /** The finding when the units of other claims ({@code before}) take this claim over the MUE, else null. */
        public Finding overTheMue(java.math.BigDecimal before, String where) {
            String message = org.scrub837.rules.pack.MueAcrossClaimsRule.overTheMue(units, before, where);
            return message == null ? null : new Finding(ruleId, severity, units.firstLine().lineNumber(),
                    units.firstLine().servicePosition(), message, authority, claimStatus);
        }
    }

    /** What the across-claims MUE rules of the result's profile sum for its claim (empty when none runs). */
    public List<MueDateUnits> mueDateOfServiceUnits(ClaimResult result) {
        List<ActiveRule> rules = fileRulesByProfile.get(result.payerProfile());
        if (rules == null) {
            return List.of();
        }
        List<MueDateUnits> out = new ArrayList<>();
        for (ActiveRule r : rules) {
            if (r.rule() instanceof org.scrub837.rules.pack.MueAcrossClaimsRule mue) {
                for (org.scrub837.rules.pack.MueAcrossClaimsRule.DateUnits d : mue.dateUnits(result.claim())) {
                    out.add(new MueDateUnits(d, r.id(), r.severity(), r.authority(), r.claimStatus()));
                }
            }
        }
        return out;
    }

    /**
     * The payer profile a claim is judged under: the most specific match, else default. The answer
     * depends on the payer only, and the claims of one subscriber share it, so it is remembered per
     * payer (a bounded map, emptied when full; shared by every thread evaluating with this set).
     */
    public String profileFor(Claim claim) {
        Payer payer = claim.payer();
        if (payer == null) {
            return matchProfile(null);
        }
        LastPayer seen = last;
        if (seen != null && seen.payer() == payer) {
            // the claims of one subscriber share the reader's Payer instance
            return seen.profile();
        }
        String profile = profileByPayer.get(payer);
        if (profile == null) {
            profile = matchProfile(payer);
            if (profileByPayer.size() >= PROFILE_CACHE_SIZE) {
                profileByPayer.clear();
            }
            profileByPayer.put(payer, profile);
        }
        last = new LastPayer(payer, profile);
        return profile;
    }

    /** The payer seen last (by any thread) and its profile, replaced as a whole. */
    private record LastPayer(Payer payer, String profile) {
    }

    /** Matches the payer against every profile, without the per-payer memory. */
    String matchProfile(Payer payer) {
        PayerProfile best = null;
        int bestStrength = 0;
        for (PayerProfile p : profiles) {
            int strength = p.matchStrength(payer);
            if (strength > bestStrength) {
                best = p;
                bestStrength = strength;
            }
        }
        return best == null ? PayerProfile.DEFAULT : best.name();
    }

    /** Runs every rule of the claim's payer profile; the claim is rejected when a finding rejects. */
    public ClaimResult evaluate(Claim claim) {
        String profile = profileFor(claim);
        Collector findings = new Collector();
        for (ActiveRule r : rulesByProfile.get(profile)) {
            findings.rule = r;
            try {
                r.rule().check(claim, findings);
            } catch (RuntimeException e) {
                // Name the rule and the claim's place in the file, never its contents.
                throw new IllegalStateException("rule " + r.id() + " failed on claim " + claim.ordinal()
                        + " of the file", e);
            }
        }
        return new ClaimResult(claim, findings.found == null ? List.of() : List.copyOf(findings.found), profile);
    }

    /**
     * Judges a transaction that delivered no claim, with the rules of the default profile that
     * judge transactions ({@link TransactionRule}): a transaction without claims is never accepted.
     */
    public List<Finding> evaluateEmptyTransaction(org.scrub837.model.Transaction transaction, int segmentCount) {
        Collector findings = new Collector();
        for (ActiveRule r : rulesByProfile.get(PayerProfile.DEFAULT)) {
            if (r.rule() instanceof TransactionRule t) {
                findings.rule = r;
                t.checkEmptyTransaction(transaction, segmentCount, findings);
            }
        }
        return findings.found == null ? List.of() : List.copyOf(findings.found);
    }

    /**
     * A finding of a rule as the claim's payer profile configures it (severity, authority), for
     * checks that run outside {@link #evaluate} (in file order); null when the rule does not run
     * under that profile.
     */
    public Finding stamp(String profile, String ruleId, Integer line, int segmentPosition, String message,
            org.scrub837.model.SyntaxIssue ack) {
        List<ActiveRule> rules = rulesByProfile.get(profile);
        if (rules == null) {
            return null;
        }
        for (ActiveRule r : rules) {
            if (r.id().equals(ruleId)) {
                return new Finding(r.id(), r.severity(), line, segmentPosition, message, r.authority(), r.claimStatus(), ack);
            }
        }
        return null;
    }

    /**
     * Collects one claim's findings, stamping each with the rule that runs: one object per claim
     * instead of a sink per rule, and no list when nothing is found (most claims).
     */
    private static final class Collector implements FindingSink {
        private ActiveRule rule;
        private List<Finding> found;

        @Override
        public void report(Integer line, int segmentPosition, String message) {
            report(line, segmentPosition, message, null);
        }

        @Override
        public void report(Integer line, int segmentPosition, String message, org.scrub837.model.SyntaxIssue ack) {
            if (found == null) {
                found = new ArrayList<>();
            }
            found.add(new Finding(rule.id(), rule.severity(), line, segmentPosition, message, rule.authority(),
                    rule.claimStatus(), ack));
        }

        @Override
        public void report(Integer line, int segmentPosition, String message, org.scrub837.model.SyntaxIssue ack,
                String edition) {
            if (found == null) {
                found = new ArrayList<>();
            }
            found.add(new Finding(rule.id(), rule.severity(), line, segmentPosition, message, rule.authority(),
                    rule.claimStatus(), ack, edition));
        }

        @Override
        public void warn(Integer line, int segmentPosition, String message) {
            if (found == null) {
                found = new ArrayList<>();
            }
            // a warning rejects nothing, so it gives the claim no 277CA status
            found.add(new Finding(rule.id(), org.scrub837.model.Severity.WARN, line, segmentPosition, message,
                    rule.authority(), null, null, null));
        }
    }
}
