package org.scrub837.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.scrub837.model.Claim;
import org.scrub837.model.ClaimResult;
import org.scrub837.model.Finding;

/** The rule set as shipped in the project's config/ folder, loaded once for rule tests. */
public final class ShippedRules {

    public static final Path CONFIG_DIR = Path.of("config");

    private static final RuleSet RULES = load();

    private ShippedRules() {
    }

    public static RuleSet ruleSet() {
        return RULES;
    }

    public static ClaimResult evaluate(Claim claim) {
        return RULES.evaluate(claim);
    }

    /** The findings of one rule for a claim, under the claim's payer profile. */
    public static List<Finding> findings(Claim claim, String ruleId) {
        return RULES.evaluate(claim).findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    /**
     * Copies the shipped configuration (rules.yaml and payers/) into a folder, so that a test can
     * change one setting and load the result.
     */
    public static Path copyTo(Path target) throws IOException {
        Files.createDirectories(target.resolve("payers"));
        Files.copy(CONFIG_DIR.resolve("rules.yaml"), target.resolve("rules.yaml"), StandardCopyOption.REPLACE_EXISTING);
        try (DirectoryStream<Path> payers = Files.newDirectoryStream(CONFIG_DIR.resolve("payers"), "*.yaml")) {
            for (Path p : payers) {
                Files.copy(p, target.resolve("payers").resolve(p.getFileName().toString()),
                        StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return target;
    }

    /** Replaces text in a copied configuration file, failing when the text is not there. */
    public static void edit(Path file, String find, String replace) throws IOException {
        String original = Files.readString(file);
        if (!original.contains(find)) {
            throw new IllegalStateException("test fixture: text not found in " + file + ": " + find);
        }
        Files.writeString(file, original.replace(find, replace));
    }

    private static RuleSet load() {
        try {
            return RuleSet.load(CONFIG_DIR);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
