package org.scrub837.responses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The reader, the store and the figures know nothing of Camel, the watch folder or the command line:
 * only the service subpackage (the thin Camel layer) imports them.
 */
class ResponsesPackageCamelFreeTest {

    @Test
    void onlyTheServiceSubpackageImportsCamel() throws Exception {
        Path dir = Path.of("src/main/java/org/scrub837/responses");
        List<String> offenders = new ArrayList<>();
        int files = 0;
        try (Stream<Path> s = Files.list(dir)) {
            for (Path f : s.filter(p -> p.toString().endsWith(".java")).toList()) {
                files++;
                for (String line : Files.readAllLines(f)) {
                    if (line.startsWith("import org.apache.camel") || line.startsWith("import org.scrub837.camel")
                            || line.startsWith("import org.scrub837.watch") || line.startsWith("import org.scrub837.cli")) {
                        offenders.add(f.getFileName() + ": " + line);
                    }
                }
            }
        }
        assertTrue(files > 10, "the package's sources were found");
        assertEquals(List.of(), offenders);
    }
}
