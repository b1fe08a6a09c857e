package org.scrub837.rules;

import java.util.Map;
import java.util.Optional;

/**
 * The code lists and code maps of the configuration, by name. Rules refer to them by name in
 * their parameters, so code values live in config/rules.yaml and never in Java.
 */
public record CodeCatalog(Map<String, CodeList> lists, Map<String, Map<String, String>> maps) {

    public CodeCatalog {
        lists = Map.copyOf(lists);
        maps = Map.copyOf(maps);
    }

    public Optional<CodeList> list(String name) {
        return Optional.ofNullable(lists.get(name));
    }

    public Optional<Map<String, String>> map(String name) {
        return Optional.ofNullable(maps.get(name));
    }
}
