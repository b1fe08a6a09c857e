package org.scrub837.rules.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.scrub837.model.ClaimType;
import org.scrub837.model.Severity;
import org.scrub837.refdata.ReferenceData;
import org.scrub837.rules.CodeCatalog;
import org.scrub837.rules.CodeList;
import org.scrub837.rules.EffectivePeriod;
import org.scrub837.rules.MueTable;
import org.scrub837.rules.PayerProfile;
import org.scrub837.rules.PtpTable;
import org.scrub837.rules.RuleCatalog;
import org.scrub837.rules.RuleSet;
import org.scrub837.rules.RuleSettings;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Reads the rule configuration from a folder: {@code rules.yaml} (version, code lists, rules) and
 * {@code payers/*.yaml} (payer profiles). The only class of the rules package that touches files.
 */
public final class RuleSetLoader {

    public static final String RULES_FILE = "rules.yaml";
    public static final String PAYERS_DIR = "payers";

    private static final Set<String> TOP_KEYS = Set.of("ruleSetVersion", "codeLists", "codeMaps", "mueTables",
            "ptpTables", "rules");
    private static final Set<String> RULE_KEYS = Set.of("enabled", "severity", "authority", "effectiveFrom",
            "effectiveTo", "parameters", "description", "claimStatus");
    /** A 277CA STC01 composite as category:code (code lists 507 and 508), e.g. {@code A7:476}. */
    private static final Pattern CLAIM_STATUS = Pattern.compile("[A-Z0-9]{1,3}:[A-Z0-9]{1,30}");
    private static final Set<String> CODE_ENTRY_KEYS = Set.of("codes", "effectiveFrom", "effectiveTo", "claimTypes",
            "note");
    private static final Set<String> PROFILE_KEYS = Set.of("profile", "description", "match", "rules");
    private static final Set<String> MATCH_KEYS = Set.of("payerIds", "payerNames", "filingIndicators");
    private static final Set<String> OVERRIDE_KEYS = Set.of("enabled", "severity", "authority", "parameters", "note");

    private static final ObjectMapper YAML = new ObjectMapper(
            YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());

    private RuleSetLoader() {
    }

    public static RuleSet load(Path configDir) throws IOException {
        return load(configDir, ReferenceData.open(configDir));
    }

    /**
     * The rules with the reference editions given (those installed under the folder, or with an
     * impact run's candidate standing in for one).
     */
    public static RuleSet load(Path configDir, ReferenceData editions) throws IOException {
        return load(configDir, RuleCatalog.builtIn(configDir, editions), editions);
    }

    public static RuleSet load(Path configDir, RuleCatalog catalog) throws IOException {
        return load(configDir, catalog, ReferenceData.open(configDir));
    }

    private static RuleSet load(Path configDir, RuleCatalog catalog, ReferenceData editions) throws IOException {
        Path rulesFile = configDir.resolve(RULES_FILE);
        ConfigNode root = ConfigNode.root(rulesFile.toString(), readYaml(rulesFile));
        root.allowOnly(TOP_KEYS);
        String version = root.text("ruleSetVersion");
        ReferenceData.TableEditions installed = editions.tables();
        CodeCatalog codes = new CodeCatalog(codeLists(root), codeMaps(root), mueTables(root, configDir),
                ptpTables(root, configDir), installed.mue(), installed.ptp());
        List<RuleSettings> rules = rules(root, catalog);
        List<PayerProfile> profiles = profiles(configDir.resolve(PAYERS_DIR));
        return RuleSet.build(version, codes, rules, profiles, catalog);
    }

    /** The reference data of a configuration folder alone (code lists, maps, MUE and PTP tables). */
    public static CodeCatalog codes(Path configDir) throws IOException {
        Path rulesFile = configDir.resolve(RULES_FILE);
        ConfigNode root = ConfigNode.root(rulesFile.toString(), readYaml(rulesFile));
        root.allowOnly(TOP_KEYS);
        ReferenceData.TableEditions installed = ReferenceData.open(configDir).tables();
        return new CodeCatalog(codeLists(root), codeMaps(root), mueTables(root, configDir),
                ptpTables(root, configDir), installed.mue(), installed.ptp());
    }

    private static JsonNode readYaml(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "rule configuration file not found");
        }
        try (InputStream in = Files.newInputStream(file)) {
            JsonNode node = YAML.readTree(in);
            if (node == null || node.isMissingNode()) {
                throw new IOException(file + ": the file is empty");
            }
            return node;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new IOException(file + ": not valid YAML" + where + ": " + e.getOriginalMessage(), e);
        }
    }

    private static Map<String, CodeList> codeLists(ConfigNode root) {
        Map<String, CodeList> lists = new LinkedHashMap<>();
        ConfigNode section = root.optionalMapping("codeLists");
        for (String name : section.keys()) {
            List<CodeList.Entry> entries = new ArrayList<>();
            for (ConfigNode entry : section.mappings(name)) {
                entry.allowOnly(CODE_ENTRY_KEYS);
                Set<ClaimType> types = EnumSet.noneOf(ClaimType.class);
                List<String> typeLabels = entry.optionalTexts("claimTypes");
                for (int i = 0; i < typeLabels.size(); i++) {
                    types.add(claimType(entry, "claimTypes[" + i + "]", typeLabels.get(i)));
                }
                entries.add(new CodeList.Entry(Set.copyOf(entry.texts("codes")), period(entry), types));
            }
            lists.put(name, new CodeList(name, entries));
        }
        return lists;
    }

    private static Map<String, Map<String, String>> codeMaps(ConfigNode root) {
        Map<String, Map<String, String>> maps = new LinkedHashMap<>();
        ConfigNode section = root.optionalMapping("codeMaps");
        for (String name : section.keys()) {
            ConfigNode map = section.mapping(name);
            Map<String, String> values = new LinkedHashMap<>();
            for (String key : map.keys()) {
                values.put(key, map.text(key));
            }
            maps.put(name, values);
        }
        return maps;
    }

    /**
     * The MUE tables configured under {@code mueTables} (name: path relative to the configuration
     * folder); a null path means none is loaded under that name.
     */
    private static Map<String, MueTable> mueTables(ConfigNode root, Path configDir) throws IOException {
        Map<String, MueTable> tables = new LinkedHashMap<>();
        ConfigNode section = root.optionalMapping("mueTables");
        for (String name : section.keys()) {
            String path = section.optionalText(name);
            if (path == null) {
                continue;
            }
            Path file = configDir.resolve(path);
            if (!Files.isRegularFile(file)) {
                throw new NoSuchFileException(file.toString(), null, "MUE table configured at "
                        + section.where(name) + " not found");
            }
            // read as CMS publishes it (CmsTables: Jackson CSV, Latin-1, notice and header located)
            tables.put(name, CmsTables.readMue(name, file));
        }
        return tables;
    }

    /**
     * The NCCI PTP tables configured under {@code ptpTables} (name: a path, or a list of paths for
     * an edition CMS splits into parts, relative to the configuration folder); null or an empty list
     * means none is loaded under that name.
     */
    private static Map<String, PtpTable> ptpTables(ConfigNode root, Path configDir) throws IOException {
        Map<String, PtpTable> tables = new LinkedHashMap<>();
        ConfigNode section = root.optionalMapping("ptpTables");
        for (String name : section.keys()) {
            List<String> paths = section.isList(name) ? section.optionalTexts(name)
                    : section.optionalText(name) == null ? List.of() : List.of(section.optionalText(name));
            if (paths.isEmpty()) {
                continue;
            }
            PtpTable.Builder builder = new PtpTable.Builder(name, String.join(", ", paths));
            for (String path : paths) {
                Path file = configDir.resolve(path);
                if (!Files.isRegularFile(file)) {
                    throw new NoSuchFileException(file.toString(), null, "NCCI PTP table configured at "
                            + section.where(name) + " not found");
                }
                try (InputStream in = Files.newInputStream(file)) {
                    CmsTables.readPtp(file.toString(), in, builder);
                }
            }
            tables.put(name, builder.build());
        }
        return tables;
    }

    private static List<RuleSettings> rules(ConfigNode root, RuleCatalog catalog) {
        ConfigNode section = root.mapping("rules");
        List<RuleSettings> out = new ArrayList<>();
        for (String id : section.keys()) {
            if (catalog.factory(id).isEmpty()) {
                throw section.problem(id, "unknown rule id (known: " + catalog.ids() + ")");
            }
            ConfigNode rule = section.mapping(id);
            rule.allowOnly(RULE_KEYS);
            out.add(new RuleSettings(id, rule.flag("enabled"), severity(rule, "severity"), rule.text("authority"),
                    period(rule), rule.plainValues("parameters"), rule.where(), claimStatus(rule)));
        }
        for (String id : catalog.ids()) {
            if (!section.has(id)) {
                throw section.problem(id, "missing: every rule of this build must be configured "
                        + "(set enabled: false to turn it off)");
            }
        }
        return out;
    }

    private static List<PayerProfile> profiles(Path dir) throws IOException {
        List<PayerProfile> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "*.yaml")) {
            stream.forEach(files::add);
        }
        files.sort(null);
        for (Path file : files) {
            out.add(profile(file));
        }
        return out;
    }

    private static PayerProfile profile(Path file) throws IOException {
        ConfigNode root = ConfigNode.root(file.toString(), readYaml(file));
        root.allowOnly(PROFILE_KEYS);
        String name = root.text("profile");
        String expected = file.getFileName().toString().replaceFirst("\\.yaml$", "");
        if (!name.equals(expected)) {
            throw root.problem("profile", "'" + name + "' does not match the file name (expected " + expected + ")");
        }
        ConfigNode match = root.optionalMapping("match");
        match.allowOnly(MATCH_KEYS);
        Map<String, PayerProfile.Override> overrides = new LinkedHashMap<>();
        ConfigNode rules = root.optionalMapping("rules");
        for (String id : rules.keys()) {
            ConfigNode o = rules.mapping(id);
            o.allowOnly(OVERRIDE_KEYS);
            overrides.put(id, new PayerProfile.Override(o.optionalFlag("enabled"),
                    o.has("severity") ? severity(o, "severity") : null, o.optionalText("authority"),
                    o.has("parameters") ? o.plainValues("parameters") : null, o.where()));
        }
        return new PayerProfile(name, Set.copyOf(match.optionalTexts("payerIds")), match.optionalTexts("payerNames"),
                Set.copyOf(match.optionalTexts("filingIndicators")), overrides);
    }

    private static Severity severity(ConfigNode node, String key) {
        String text = node.text(key);
        return switch (text) {
            case "reject" -> Severity.REJECT;
            case "warn" -> Severity.WARN;
            default -> throw node.problem(key, "'" + text + "' is not a severity (expected reject or warn)");
        };
    }

    /**
     * The rule's 277CA claim status: required for every rule (also a rule turned off or that only
     * warns, so that a payer profile can make it reject), so no rejected claim goes out with a guess.
     */
    private static String claimStatus(ConfigNode rule) {
        if (!rule.has("claimStatus")) {
            throw rule.problem("claimStatus", "missing: every rule needs its 277CA claim status "
                    + "(STC01 category:code, e.g. A7:21; see docs/rules.md)");
        }
        String text = rule.text("claimStatus");
        if (!CLAIM_STATUS.matcher(text).matches()) {
            throw rule.problem("claimStatus", "'" + text + "' is not a 277CA claim status (expected category:code, "
                    + "e.g. A7:476)");
        }
        return text;
    }

    private static EffectivePeriod period(ConfigNode node) {
        try {
            return new EffectivePeriod(node.date("effectiveFrom"), node.date("effectiveTo"));
        } catch (IllegalArgumentException e) {
            if (e.getMessage().startsWith(node.file())) {
                throw e;
            }
            throw node.problem("effectiveTo", e.getMessage());
        }
    }

    private static ClaimType claimType(ConfigNode node, String key, String label) {
        for (ClaimType t : ClaimType.values()) {
            if (t.label().equals(label)) {
                return t;
            }
        }
        throw node.problem(key, "'" + label + "' is not a claim type (expected 837P or 837I)");
    }
}
