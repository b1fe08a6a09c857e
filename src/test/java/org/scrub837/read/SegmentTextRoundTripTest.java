package org.scrub837.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scrub837.model.Claim;
import org.scrub837.model.HierarchyLevel;
import org.scrub837.model.Segment;
import org.scrub837.model.Transaction;

/**
 * Every segment the reader hands out (envelopes, header, levels, claims) has the text of the
 * original segment at its position, rebuilt with the file's own delimiters.
 */
class SegmentTextRoundTripTest {

    static Stream<Path> files() {
        return EdiTestFiles.readableFiles();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void segmentTextEqualsOriginal(Path file) throws Exception {
        assumeTrue(Files.isRegularFile(file), "shared corpus absent");
        byte[] bytes = Files.readAllBytes(file);
        List<String> original = EdiTestFiles.segments(bytes);
        List<Integer> stIndexes = new ArrayList<>();
        for (int i = 0; i < original.size(); i++) {
            if (original.get(i).startsWith("ST" + original.get(0).charAt(3))) {
                stIndexes.add(i);
            }
        }

        CollectingHandler read = EdiTestFiles.read(bytes, file.getFileName().toString());

        read.interchanges.forEach(isa -> assertAtFilePosition(original, isa.isa()));
        read.groups.forEach(gs -> assertAtFilePosition(original, gs.gs()));
        Map<Transaction, Integer> stIndex = new IdentityHashMap<>();
        for (int t = 0; t < read.transactions.size(); t++) {
            stIndex.put(read.transactions.get(t), stIndexes.get(t));
            for (Segment s : read.transactions.get(t).headerSegments()) {
                assertInTransaction(original, stIndexes.get(t), s);
            }
        }
        for (Claim claim : read.claims) {
            int st = stIndex.get(claim.transaction());
            for (HierarchyLevel level : new HierarchyLevel[] {claim.billingProvider(), claim.subscriber(),
                    claim.patient()}) {
                if (level != null) {
                    level.segments().forEach(s -> assertInTransaction(original, st, s));
                }
            }
            claim.segments().forEach(s -> assertInTransaction(original, st, s));
        }
    }

    private static void assertAtFilePosition(List<String> original, Segment segment) {
        assertEquals(original.get(segment.position() - 1), segment.text(), "segment " + segment.position());
    }

    private static void assertInTransaction(List<String> original, int stIndex, Segment segment) {
        assertEquals(original.get(stIndex + segment.position() - 1), segment.text(),
                segment.tag() + " at position " + segment.position());
    }
}
