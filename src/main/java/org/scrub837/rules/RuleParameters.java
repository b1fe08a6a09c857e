package org.scrub837.rules;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@code parameters} of one rule as configured: scalars (kept as text), lists of scalars and
 * maps of scalars. Every getter that finds a value missing or malformed throws an
 * {@link IllegalArgumentException} naming the file and the key, so a bad configuration stops the
 * load with an exact message. Keys nobody read are reported too ({@link #unread()}), which catches
 * misspelt parameter names.
 */
public final class RuleParameters {

    private final String source;
    private final Map<String, Object> values;
    private final CodeCatalog codes;
    private final Set<String> read = new HashSet<>();

    /**
     * @param source  where the parameters come from, e.g. {@code config/rules.yaml: rules.X.parameters}
     * @param values  String, List of String or Map of String to String values by key
     */
    public RuleParameters(String source, Map<String, Object> values, CodeCatalog codes) {
        this.source = source;
        this.values = new LinkedHashMap<>(values);
        this.codes = codes;
    }

    public String source() {
        return source;
    }

    public boolean has(String key) {
        read.add(key);
        return values.containsKey(key) && values.get(key) != null;
    }

    public String text(String key) {
        Object v = required(key);
        if (!(v instanceof String s)) {
            throw problem(key, "expected a single value, found " + kind(v));
        }
        return s;
    }

    public String text(String key, String fallback) {
        return has(key) ? text(key) : fallback;
    }

    public List<String> texts(String key) {
        Object v = required(key);
        if (v instanceof String s) {
            return List.of(s);
        }
        if (!(v instanceof List<?> list)) {
            throw problem(key, "expected a list of values, found " + kind(v));
        }
        return list.stream().map(String::valueOf).toList();
    }

    public List<String> texts(String key, List<String> fallback) {
        return has(key) ? texts(key) : fallback;
    }

    public Map<String, String> textMap(String key) {
        Object v = required(key);
        if (!(v instanceof Map<?, ?> map)) {
            throw problem(key, "expected a map of key: value, found " + kind(v));
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!(e.getValue() instanceof String)) {
                throw problem(key + "." + e.getKey(), "expected a single value, found " + kind(e.getValue()));
            }
            out.put(String.valueOf(e.getKey()), (String) e.getValue());
        }
        return out;
    }

    public Map<String, String> textMap(String key, Map<String, String> fallback) {
        return has(key) ? textMap(key) : fallback;
    }

    public BigDecimal decimal(String key) {
        String t = text(key);
        try {
            return new BigDecimal(t.trim());
        } catch (NumberFormatException e) {
            throw problem(key, "'" + t + "' is not a number");
        }
    }

    public int integer(String key, int fallback) {
        if (!has(key)) {
            return fallback;
        }
        String t = text(key);
        try {
            return Integer.parseInt(t.trim());
        } catch (NumberFormatException e) {
            throw problem(key, "'" + t + "' is not a whole number");
        }
    }

    public boolean flag(String key, boolean fallback) {
        if (!has(key)) {
            return fallback;
        }
        String t = text(key).trim();
        if (t.equals("true") || t.equals("false")) {
            return Boolean.parseBoolean(t);
        }
        throw problem(key, "'" + t + "' is not true or false");
    }

    /**
     * The code list named by this parameter's value; a list of names gives the union of those
     * lists.
     */
    public CodeList codeList(String key) {
        List<String> names = texts(key);
        List<CodeList.Entry> entries = new java.util.ArrayList<>();
        for (String name : names) {
            CodeList list = codes.list(name).orElseThrow(() -> problem(key, "no code list '" + name
                    + "' under codeLists (known: " + new TreeSet<>(codes.lists().keySet()) + ")"));
            entries.addAll(list.entries());
        }
        return new CodeList(String.join("+", names), entries);
    }

    /** The code map named by this parameter's value. */
    public Map<String, String> codeMap(String key) {
        String name = text(key);
        return codes.map(name).orElseThrow(() -> problem(key,
                "no code map '" + name + "' under codeMaps (known: " + new TreeSet<>(codes.maps().keySet()) + ")"));
    }

    /** Keys that were configured but never read by the rule. */
    public Set<String> unread() {
        Set<String> out = new TreeSet<>(values.keySet());
        out.removeAll(read);
        return out;
    }

    /** An exception naming the file and key, for rule factories that check values themselves. */
    public IllegalArgumentException problem(String key, String what) {
        return new IllegalArgumentException(source + "." + key + ": " + what);
    }

    private Object required(String key) {
        read.add(key);
        Object v = values.get(key);
        if (v == null) {
            throw problem(key, "missing (required by this rule)");
        }
        return v;
    }

    private static String kind(Object v) {
        if (v instanceof List<?>) {
            return "a list";
        }
        if (v instanceof Map<?, ?>) {
            return "a map";
        }
        return "a single value";
    }
}
