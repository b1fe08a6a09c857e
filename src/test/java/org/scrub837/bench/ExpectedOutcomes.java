package org.scrub837.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The rows of a generated expected-outcomes file, tallied for tests. */
final class ExpectedOutcomes {

    long rows;
    long accepted;
    long rejected;
    final Map<PlantedDefect, Long> byDefect = new EnumMap<>(PlantedDefect.class);
    String header;

    static ExpectedOutcomes of(Path file) throws IOException {
        ExpectedOutcomes outcomes = new ExpectedOutcomes();
        List<String> lines = Files.readAllLines(file);
        outcomes.header = lines.get(0);
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            outcomes.rows++;
            if (Generator837.ACCEPTED.equals(cells[1]) && cells[2].isEmpty()) {
                outcomes.accepted++;
            } else if (Generator837.REJECTED.equals(cells[1])) {
                outcomes.rejected++;
                outcomes.byDefect.merge(PlantedDefect.ofRuleId(cells[2]), 1L, Long::sum);
            } else {
                throw new IllegalStateException("unexpected row " + outcomes.rows + ": " + line);
            }
        }
        return outcomes;
    }
}
