package org.scrub837.responses;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Which of our rules would have caught a payer's rejection: a 277CA claim status code (code list 508)
 * names what was wrong, and each rule of rules.yaml names the status its own rejections give
 * ({@code claimStatus}); a rule that is switched on and gives the same status code is the rule that
 * existed for it. The generic 21 (missing or invalid information) names no element, so it is matched
 * only through the list below, never to every rule that uses it. A few payer codes our rules never
 * give name an element a rule checks: those are listed here (diagnosis codes 254/255: IG-CODE's ICD-10-CM
 * check; NPI 562: IG-FORMAT's check digit), and likewise the 999's IK3/IK4 syntax error codes.
 */
public final class RuleHints {

    /** Payer codes our rules do not give themselves, with the rule that checks the element. */
    private static final Map<String, String> NAMED_ELEMENTS = Map.of(
            "254", "IG-CODE", "255", "IG-CODE", "562", "IG-FORMAT", "145", "IG-REQUIRED");

    /** 999 error codes: IK3 (segment) and IK4 (element) codes with the guide rule that checks them. */
    private static final Map<String, String> ACK_ERRORS = Map.of(
            "IK3:3", "IG-REQUIRED", "IK3:2", "IG-REQUIRED", "IK4:1", "IG-REQUIRED", "IK4:7", "IG-CODE",
            "IK4:8", "IG-DATE", "IK4:4", "IG-FORMAT", "IK4:5", "IG-FORMAT", "IK4:6", "IG-FORMAT");

    private final Map<String, List<String>> rulesByStatus;

    RuleHints(Map<String, List<String>> rulesByStatus) {
        this.rulesByStatus = rulesByStatus;
    }

    /** The hints of the rules in {@code configDir/rules.yaml}; none when it cannot be read. */
    public static RuleHints load(Path configDir) throws IOException {
        Path file = configDir.resolve("rules.yaml");
        Map<String, List<String>> byStatus = new LinkedHashMap<>();
        if (Files.exists(file)) {
            JsonNode rules = new ObjectMapper(new YAMLFactory()).readTree(file.toFile()).path("rules");
            for (Iterator<Map.Entry<String, JsonNode>> it = rules.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> rule = it.next();
                String status = rule.getValue().path("claimStatus").asText("");
                if (!rule.getValue().path("enabled").asBoolean(true) || status.indexOf(':') < 0) {
                    continue;
                }
                String code = status.substring(status.indexOf(':') + 1);
                if (!"21".equals(code)) {
                    byStatus.computeIfAbsent(code, k -> new ArrayList<>()).add(rule.getKey());
                }
            }
        }
        return new RuleHints(byStatus);
    }

    /**
     * The rules that would have caught a rejection with these codes (as recorded: 277CA
     * {@code A7:255:41 ...}, 999 {@code IK5 R:5; IK4 2:7}), sorted; empty when none exists.
     */
    public List<String> rulesFor(String kind, String codes) {
        TreeSet<String> found = new TreeSet<>();
        if ("277CA".equals(kind)) {
            for (String status : codes.split(" ")) {
                String[] parts = status.split(":", -1);
                if (parts.length < 2) {
                    continue;
                }
                found.addAll(rulesByStatus.getOrDefault(parts[1], List.of()));
                if (NAMED_ELEMENTS.containsKey(parts[1])) {
                    found.add(NAMED_ELEMENTS.get(parts[1]));
                }
            }
        } else if ("999".equals(kind)) {
            for (String part : codes.split("; ")) {
                String[] words = part.split(" ", 2);
                if (words.length == 2 && (words[0].equals("IK3") || words[0].equals("IK4"))) {
                    String code = words[1].substring(words[1].lastIndexOf(':') + 1);
                    String rule = ACK_ERRORS.get(words[0] + ":" + code);
                    if (rule != null) {
                        found.add(rule);
                    }
                }
            }
        }
        return List.copyOf(found);
    }
}
