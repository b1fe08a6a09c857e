package org.scrub837.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.scrub837.cli.Scrub837;

import picocli.CommandLine;

/**
 * The settings catalogue and what is generated from it agree: every key of config/*.properties is
 * declared (in the file it is declared for, with the shipped value as its default) and every
 * declared key is in config/; the README's table is the generated one; {@code run --help} lists
 * every key and no other. Each failure names the keys, so that a key added on another branch is
 * registered with one declaration in {@link SettingsCatalogue}.
 */
class SettingsCatalogueTest {

    private static final Pattern KEY = Pattern.compile("scrub\\.[A-Za-z0-9]+(?:\\.[A-Za-z0-9-]+)*");

    private static Set<String> declared() {
        return SettingsCatalogue.ALL.stream().map(Setting::key).collect(Collectors.toCollection(TreeSet::new));
    }

    /** key -> shipped value, with the file's name for each key. */
    private static Map<String, String[]> shipped() throws IOException {
        Map<String, String[]> all = new LinkedHashMap<>();
        for (SettingFile file : SettingFile.values()) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(Path.of("config", file.fileName()), StandardCharsets.UTF_8)) {
                p.load(r);
            }
            for (String key : p.stringPropertyNames()) {
                if (key.startsWith("scrub.")) {
                    all.put(key, new String[] {file.name(), p.getProperty(key).trim().replace("_", "")});
                }
            }
        }
        return all;
    }

    private static String difference(String where, Set<String> found) {
        Set<String> missing = new TreeSet<>(found);
        missing.removeAll(declared());
        Set<String> extra = new TreeSet<>(declared());
        extra.removeAll(found);
        if (missing.isEmpty() && extra.isEmpty()) {
            return "";
        }
        return where + ": in it but not declared in SettingsCatalogue " + missing + "; declared but not in it " + extra;
    }

    @Test
    void configFilesHoldExactlyTheDeclaredKeys() throws IOException {
        assertEquals("", difference("config/*.properties", shipped().keySet()));
    }

    @Test
    void shippedValuesAreTheDeclaredDefaultsInTheDeclaredFile() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, String[]> e : shipped().entrySet()) {
            SettingsCatalogue.byKey(e.getKey()).ifPresent(s -> {
                if (!s.file().name().equals(e.getValue()[0])) {
                    wrong.add(s.key() + " is in " + e.getValue()[0] + ", declared for " + s.file());
                }
                if (!s.defaultValue().replace("_", "").equals(e.getValue()[1])) {
                    wrong.add(s.key() + " ships '" + e.getValue()[1] + "', declared default '" + s.defaultValue() + "'");
                }
            });
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void readmeTableIsTheGeneratedOne() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        String begin = "<!-- settings:begin -->\n";
        int a = readme.indexOf(begin);
        int b = readme.indexOf("<!-- settings:end -->");
        assertTrue(a >= 0 && b > a, "README.md has no settings markers");
        String table = readme.substring(a + begin.length(), b);
        Set<String> keys = new TreeSet<>();
        Matcher m = Pattern.compile("^\\| `(scrub\\.[^`]+)`", Pattern.MULTILINE).matcher(table);
        while (m.find()) {
            keys.add(m.group(1));
        }
        assertEquals("", difference("README.md's table", keys));
        assertEquals(SettingsCatalogue.markdownTable(), table,
                "README.md's table differs from the catalogue: replace it with the output of"
                        + " java -cp target/classes org.scrub837.settings.SettingsCatalogue");
    }

    @Test
    void runHelpListsExactlyTheDeclaredKeys() {
        CommandLine cl = Scrub837.commandLine();
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out));
        assertEquals(0, cl.execute("run", "--help"));
        Set<String> keys = new TreeSet<>();
        Matcher m = Pattern.compile("^  (scrub\\.[A-Za-z0-9.-]+)[ :]", Pattern.MULTILINE).matcher(out.toString());
        while (m.find()) {
            keys.add(m.group(1));
        }
        assertEquals("", difference("run --help", keys));
        Matcher any = KEY.matcher(out.toString());
        Set<String> unknown = new TreeSet<>();
        while (any.find()) {
            if (SettingsCatalogue.byKey(any.group()).isEmpty()) {
                unknown.add(any.group());
            }
        }
        assertEquals(Set.of(), unknown, "run --help names keys that are not declared");
    }
}
