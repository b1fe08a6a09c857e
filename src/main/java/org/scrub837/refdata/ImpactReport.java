package org.scrub837.refdata;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scrub837.model.Claim;
import org.scrub837.model.ClaimResult;
import org.scrub837.model.Finding;
import org.scrub837.model.ServiceLine;
import org.scrub837.read.ClaimHandler;
import org.scrub837.read.ClaimReader;
import org.scrub837.read.ClaimReaders;
import org.scrub837.read.InvalidEdiException;
import org.scrub837.rules.RuleSet;
import org.scrub837.rules.config.RuleSetLoader;

/**
 * What installing a new edition would change, before it is installed: every claim of a sample of
 * 837 files (the archive folder by default) is judged by the rules with the installed editions and
 * again with the new file standing in for its edition, and the claims whose verdict or findings
 * differ are listed, with the findings that appear or disappear counted by rule and code. A finding
 * is the same on both sides when its rule, severity, line and segment are (its message may name a
 * different edition). Files that are not 837s are counted and skipped.
 */
public final class ImpactReport {

    private static final Pattern QUOTED = Pattern.compile("'([A-Z0-9]{3,7})'");

    /** One claim whose verdict or findings change. */
    record ChangedClaim(String file, String claimId, boolean rejectedBefore, boolean rejectedAfter,
            List<String> added, List<String> removed) {
    }

    private final Edition candidate;
    private final int files;
    private final int skipped;
    private final int claims;
    private final List<ChangedClaim> changed;
    /** "+ RULE code" or "- RULE code" to its count. */
    private final Map<String, Integer> byRuleAndCode;

    private ImpactReport(Edition candidate, int files, int skipped, int claims, List<ChangedClaim> changed,
            Map<String, Integer> byRuleAndCode) {
        this.candidate = candidate;
        this.files = files;
        this.skipped = skipped;
        this.claims = claims;
        this.changed = List.copyOf(changed);
        this.byRuleAndCode = Map.copyOf(byRuleAndCode);
    }

    /**
     * @param sample  a folder of 837 files; its regular files, the newest first, at most {@code limit}
     */
    public static ImpactReport run(Path configDir, ReferenceKind kind, Path newFile, LocalDate from, LocalDate to,
            Path sample, int limit) throws IOException {
        if (!Files.isDirectory(sample)) {
            throw new IOException(sample + ": no such folder to take the sample from (give --sample DIR)");
        }
        ReferenceData installed = ReferenceData.open(configDir);
        ReferenceData withNew = installed.withCandidate(kind, newFile, from, to);
        Edition candidate = null;
        for (Edition e : withNew.candidateEditions()) {
            candidate = e;
        }
        RuleSet before = RuleSetLoader.load(configDir, installed);
        RuleSet after = RuleSetLoader.load(configDir, withNew);
        ClaimReader reader = ClaimReaders.create();
        List<Path> inputs = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(sample)) {
            for (Path p : dir) {
                if (Files.isRegularFile(p) && !p.getFileName().toString().startsWith(".")) {
                    inputs.add(p);
                }
            }
        }
        inputs.sort(Comparator.comparing((Path p) -> {
            try {
                return Files.getLastModifiedTime(p).toMillis();
            } catch (IOException e) {
                return 0L;
            }
        }).reversed().thenComparing(Path::toString));
        if (inputs.size() > limit) {
            inputs = inputs.subList(0, limit);
        }
        List<ChangedClaim> changed = new ArrayList<>();
        Map<String, Integer> groups = new TreeMap<>();
        int[] claimCount = {0};
        int skipped = 0;
        for (Path input : inputs) {
            String name = input.getFileName().toString();
            ClaimHandler handler = claim -> {
                claimCount[0]++;
                ClaimResult a = before.evaluate(claim);
                ClaimResult b = after.evaluate(claim);
                List<String> added = difference(b, a, claim, groups, "+ ");
                List<String> removed = difference(a, b, claim, groups, "- ");
                if (a.rejected() != b.rejected() || !added.isEmpty() || !removed.isEmpty()) {
                    changed.add(new ChangedClaim(name, claim.claimId(), a.rejected(), b.rejected(), added, removed));
                }
            };
            try (InputStream in = Files.newInputStream(input)) {
                reader.read(in, name, handler);
            } catch (InvalidEdiException e) {
                skipped++;
            }
        }
        return new ImpactReport(candidate, inputs.size(), skipped, claimCount[0], changed, groups);
    }

    /** The findings of {@code of} that {@code other} lacks, counted under "+ RULE code" / "- RULE code". */
    private static List<String> difference(ClaimResult of, ClaimResult other, Claim claim, Map<String, Integer> groups,
            String sign) {
        List<String> keys = new ArrayList<>();
        for (Finding f : other.findings()) {
            keys.add(key(f));
        }
        List<String> out = new ArrayList<>();
        for (Finding f : of.findings()) {
            if (!keys.remove(key(f))) {
                String code = code(f, claim);
                out.add(f.ruleId() + " " + code + " (" + f.severity().label() + (f.edition() == null ? ""
                        : ", " + f.edition()) + ")");
                groups.merge(sign + f.ruleId() + " " + code, 1, Integer::sum);
            }
        }
        return out;
    }

    private static String key(Finding f) {
        return f.ruleId() + "|" + f.severity() + "|" + f.line() + "|" + f.segmentPosition();
    }

    /** The code a finding concerns: its line's procedure code, else the first code its message quotes. */
    private static String code(Finding f, Claim claim) {
        if (f.line() != null) {
            for (ServiceLine line : claim.lines()) {
                if (f.line().equals(line.lineNumber()) && line.procedureCode() != null) {
                    return line.procedureCode();
                }
            }
        }
        Matcher m = QUOTED.matcher(f.message());
        return m.find() ? m.group(1) : "(claim)";
    }

    public int changedClaims() {
        return changed.size();
    }

    /** Findings that appear (+) or disappear (-), by rule and code. */
    public Map<String, Integer> byRuleAndCode() {
        return byRuleAndCode;
    }

    public void print(PrintWriter out) {
        out.println("Impact of " + candidate.id() + " (" + candidate.kind().id() + ", dates of service "
                + candidate.period() + ", " + candidate.rows() + " rows, sha256 " + candidate.sha256() + "; not installed)");
        out.println("Sample: " + files + " file(s), " + claims + " claim(s)" + (skipped == 0 ? ""
                : ", " + skipped + " file(s) skipped (not 837)") + "; " + changed.size() + " claim(s) change.");
        if (changed.isEmpty()) {
            return;
        }
        out.println();
        out.println("Findings by rule and code (+ appear with the new edition, - disappear):");
        for (Map.Entry<String, Integer> g : new TreeMap<>(byRuleAndCode).entrySet()) {
            out.println("  " + g.getKey() + ": " + g.getValue());
        }
        out.println();
        out.println("Claims:");
        for (ChangedClaim c : changed) {
            out.println("  " + c.file() + " claim " + c.claimId() + ": " + verdict(c.rejectedBefore()) + " -> "
                    + verdict(c.rejectedAfter()));
            for (String a : c.added()) {
                out.println("    + " + a);
            }
            for (String r : c.removed()) {
                out.println("    - " + r);
            }
        }
    }

    private static String verdict(boolean rejected) {
        return rejected ? "rejected" : "accepted";
    }
}
