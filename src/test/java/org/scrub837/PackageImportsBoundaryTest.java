package org.scrub837;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The package boundaries of docs/architecture.md, checked on the product sources' imports. */
class PackageImportsBoundaryTest {

    private static final Path MAIN = Path.of("src/main/java/org/scrub837");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?org\\.scrub837\\.([a-z.]+)\\.[A-Z]",
            Pattern.MULTILINE);

    /** Every file of {@code from} (and its sub-packages) that imports from a package starting with {@code forbidden}. */
    private static List<String> offenders(String from, String forbidden) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String pkg = MAIN.relativize(f.getParent()).toString().replace('/', '.');
                if (!(pkg + ".").startsWith(from + ".")) {
                    continue;
                }
                Matcher m = IMPORT.matcher(Files.readString(f));
                while (m.find()) {
                    if ((m.group(1) + ".").startsWith(forbidden + ".")) {
                        found.add(MAIN.relativize(f) + " imports " + m.group(1));
                    }
                }
            }
        }
        return found;
    }

    @ParameterizedTest(name = "{0} does not import {1}")
    @CsvSource({
        // no package reaches into another's internal package
        "scrub, read.internal, ''",
        "write, read.internal, ''",
        "rules, read.internal, ''",
        "cli, read.internal, ''",
        "camel, read.internal, ''",
        // the per-transaction scrub calls back into the pipeline, it does not depend on it
        "scrub.parallel, scrub, scrub.parallel",
        // the model and the hand-off depend on nothing of the project
        "model, read, ''",
        "model, scrub, ''",
        "model, write, ''",
        "handoff, scrub, ''",
        "handoff, read, ''",
        // readers, rules and writers know nothing of the pipeline
        "read, scrub, ''",
        "rules, scrub, ''",
        "write, scrub, ''",
        // the guide finds, the rules report and the pipeline runs: the guide knows neither
        "guide, rules, ''",
        "guide, scrub, ''",
    })
    void packageKeepsItsBoundary(String from, String forbidden, String allowed) throws IOException {
        List<String> found = new ArrayList<>(offenders(from, forbidden));
        found.removeIf(line -> !allowed.isEmpty() && line.contains(" imports " + allowed));

        assertEquals(List.of(), found);
    }
}
