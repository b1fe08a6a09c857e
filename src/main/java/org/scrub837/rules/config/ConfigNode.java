package org.scrub837.rules.config;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * A YAML mapping with the file it came from and its key path, so that every complaint names both:
 * {@code config/rules.yaml: rules.Q4293-UNITS.severity: 'rejct' is not a severity ...}.
 */
final class ConfigNode {

    private final String file;
    private final String path;
    private final JsonNode node;

    private ConfigNode(String file, String path, JsonNode node) {
        this.file = file;
        this.path = path;
        this.node = node;
    }

    static ConfigNode root(String file, JsonNode node) {
        ConfigNode root = new ConfigNode(file, "", node);
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException(file + ": expected a YAML mapping at the top level");
        }
        return root;
    }

    String file() {
        return file;
    }

    /** "file: a.b.c" for messages about the key itself. */
    String where(String key) {
        return file + ": " + qualified(key);
    }

    String where() {
        return path.isEmpty() ? file : file + ": " + path;
    }

    IllegalArgumentException problem(String key, String what) {
        return new IllegalArgumentException(where(key) + ": " + what);
    }

    /** Whether the value under a key is a list. */
    boolean isList(String key) {
        JsonNode v = node.get(key);
        return v != null && v.isArray();
    }

    boolean has(String key) {
        JsonNode v = node.get(key);
        return v != null && !v.isNull();
    }

    /** Fails on any key outside the allowed set: a misspelt key must not be silently ignored. */
    void allowOnly(Set<String> allowed) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw problem(name, "unknown key (allowed here: " + new TreeSet<>(allowed) + ")");
            }
        }
    }

    ConfigNode mapping(String key) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            throw problem(key, "missing");
        }
        if (!v.isObject()) {
            throw problem(key, "expected a mapping of key: value");
        }
        return new ConfigNode(file, qualified(key), v);
    }

    /** The mapping under a key, or an empty one when the key is absent. */
    ConfigNode optionalMapping(String key) {
        if (!has(key)) {
            return new ConfigNode(file, qualified(key), JsonNodeFactory.instance.objectNode());
        }
        return mapping(key);
    }

    List<String> keys() {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }

    String text(String key) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            throw problem(key, "missing");
        }
        if (!v.isValueNode()) {
            throw problem(key, "expected a single value");
        }
        String t = v.asText().trim();
        if (t.isEmpty()) {
            throw problem(key, "empty");
        }
        return t;
    }

    String optionalText(String key) {
        return has(key) ? text(key) : null;
    }

    boolean flag(String key) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            throw problem(key, "missing");
        }
        if (!v.isBoolean()) {
            throw problem(key, "'" + v.asText() + "' is not true or false");
        }
        return v.booleanValue();
    }

    Boolean optionalFlag(String key) {
        return has(key) ? flag(key) : null;
    }

    /** A date of service bound written as yyyy-mm-dd; null (open) when absent or null. */
    LocalDate date(String key) {
        if (!has(key)) {
            return null;
        }
        String t = text(key);
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            throw problem(key, "'" + t + "' is not a date (expected yyyy-mm-dd)");
        }
    }

    List<String> texts(String key) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            throw problem(key, "missing");
        }
        if (!v.isArray()) {
            throw problem(key, "expected a list");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            JsonNode item = v.get(i);
            if (!item.isValueNode() || item.isNull() || item.asText().isBlank()) {
                throw problem(key + "[" + i + "]", "expected a single non-empty value");
            }
            out.add(item.asText().trim());
        }
        return out;
    }

    List<String> optionalTexts(String key) {
        return has(key) ? texts(key) : List.of();
    }

    /** A list of mappings, each with its own path ({@code key[i]}). */
    List<ConfigNode> mappings(String key) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            throw problem(key, "missing");
        }
        if (!v.isArray()) {
            throw problem(key, "expected a list");
        }
        List<ConfigNode> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            if (!v.get(i).isObject()) {
                throw problem(key + "[" + i + "]", "expected a mapping of key: value");
            }
            out.add(new ConfigNode(file, qualified(key) + "[" + i + "]", v.get(i)));
        }
        return out;
    }

    /**
     * Plain Java values under a key, for rule parameters: scalars as text, lists of scalars as
     * lists of text, mappings of scalars as maps of text.
     */
    Map<String, Object> plainValues(String key) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (!has(key)) {
            return out;
        }
        ConfigNode m = mapping(key);
        for (String name : m.keys()) {
            out.put(name, m.plain(name, m.node.get(name)));
        }
        return out;
    }

    private Object plain(String key, JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isValueNode()) {
            return v.asText();
        }
        if (v.isArray()) {
            List<String> list = new ArrayList<>();
            for (int i = 0; i < v.size(); i++) {
                if (!v.get(i).isValueNode() || v.get(i).isNull()) {
                    throw problem(key + "[" + i + "]", "expected a single value");
                }
                list.add(v.get(i).asText());
            }
            return list;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = v.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> e = fields.next();
            if (!e.getValue().isValueNode() || e.getValue().isNull()) {
                throw problem(key + "." + e.getKey(), "expected a single value");
            }
            map.put(e.getKey(), e.getValue().asText());
        }
        return map;
    }

    private String qualified(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
