package org.scrub837.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The rule tables people read cannot drift from the rule catalogue: the README's rule table and
 * docs/rules.md list exactly the rules of the build, the README with each rule's base severity from
 * config/rules.yaml, docs/rules.md with an authority and dates; and config/rules.yaml gives every
 * rule an authority and both effective-date keys.
 */
class RuleTableDocumentedTest {

    private static final Pattern BACKTICKED = Pattern.compile("`([A-Z0-9-]+)`");

    private static String section(Path file, String heading) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int start = text.indexOf("\n" + heading + "\n");
        assertTrue(start >= 0, file + " has a section " + heading);
        int end = text.indexOf("\n## ", start + heading.length() + 2);
        return end < 0 ? text.substring(start) : text.substring(start, end);
    }

    private static JsonNode rulesYaml() throws IOException {
        return new ObjectMapper(new YAMLFactory()).readTree(Path.of("config/rules.yaml").toFile()).get("rules");
    }

    private static List<String> cells(String row) {
        String inner = row.substring(1, row.lastIndexOf('|'));
        return List.of(inner.split("\\|", -1)).stream().map(String::trim).toList();
    }

    @Test
    void readmeTableListsEveryRuleWithItsSeverity() throws IOException {
        JsonNode yaml = rulesYaml();
        Map<String, String> documented = new LinkedHashMap<>();
        for (String row : section(Path.of("README.md"), "## Rules").split("\n")) {
            if (!row.startsWith("| `")) {
                continue;
            }
            List<String> cells = cells(row);
            List<String> ids = BACKTICKED.matcher(cells.get(0)).results().map(m -> m.group(1)).toList();
            String[] severities = cells.get(1).split("\\s*/\\s*");
            for (int i = 0; i < ids.size(); i++) {
                String severity = severities.length == ids.size() ? severities[i] : severities[0];
                assertFalse(documented.containsKey(ids.get(i)), "README lists " + ids.get(i) + " twice");
                documented.put(ids.get(i), severity);
            }
        }

        assertEquals(new TreeSet<>(RuleCatalog.builtIn().ids()), new TreeSet<>(documented.keySet()),
                "README rule table against the rule catalogue");
        documented.forEach((id, severity) -> assertEquals(yaml.get(id).get("severity").asText(), severity,
                "README severity of " + id + " against config/rules.yaml"));
    }

    @Test
    void rulesCatalogueDocumentsEveryRuleWithAuthorityAndDates() throws IOException {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String row : section(Path.of("docs/rules.md"), "## Rules").split("\n")) {
            Matcher m = Pattern.compile("^\\| ([A-Z0-9-]+) \\|").matcher(row);
            if (m.find() && !m.group(1).equals("id")) {
                rows.put(m.group(1), cells(row));
            }
        }

        assertEquals(new TreeSet<>(RuleCatalog.builtIn().ids()), new TreeSet<>(rows.keySet()),
                "docs/rules.md rule table against the rule catalogue");
        rows.forEach((id, cells) -> {
            assertEquals(6, cells.size(), id + ": id, reads, severity, authority, dates, parameters");
            assertFalse(cells.get(3).isEmpty(), id + " authority");
            assertFalse(cells.get(4).isEmpty(), id + " dates");
        });
    }

    @Test
    void configurationGivesEveryRuleAuthorityAndDates() throws IOException {
        JsonNode yaml = rulesYaml();
        for (String id : RuleCatalog.builtIn().ids()) {
            JsonNode rule = yaml.get(id);
            assertFalse(rule.get("authority").asText().isBlank(), id + " authority");
            assertTrue(rule.has("effectiveFrom") && rule.has("effectiveTo"), id + " effectiveFrom/effectiveTo");
        }
    }
}
