package org.scrub837.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrub837.model.ClaimType;
import org.scrub837.scrub.parallel.ByteRange;
import org.scrub837.scrub.parallel.FileLayout.TransactionPart;
import org.scrub837.scrub.parallel.FileLayout;
import org.scrub837.scrub.parallel.TransactionSplitter;

class TransactionSplitterGeneratedTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({
        "PROFESSIONAL, 7, 3",
        "INSTITUTIONAL, 5, 2",
        "PROFESSIONAL, 1, 1",
    })
    void findsEveryGroupAndTransactionInOrder(ClaimType type, int transactions, int groups) throws Exception {
        Generator837.Summary summary = Generator837.generate(
                GeneratorOptions.ofClaims(type, 9, 600).withTransactions(transactions, groups), dir.resolve("t.edi"));
        byte[] file = Files.readAllBytes(summary.file());

        FileLayout layout = TransactionSplitter.split(summary.file());

        assertEquals(1, layout.interchanges().size());
        assertEquals(groups, layout.interchanges().get(0).groups().size());
        List<TransactionPart> parts = layout.transactions();
        assertEquals(transactions, parts.size());
        List<String> controls = new ArrayList<>();
        long segments = 0;
        for (TransactionPart part : parts) {
            String text = text(file, part.range());
            assertTrue(text.startsWith("ST*837*" + part.controlNumber() + "*"), text.substring(0, 20));
            assertTrue(text.endsWith("SE*" + part.segmentCount() + "*" + part.controlNumber() + "~"));
            controls.add(part.controlNumber());
            segments += part.segmentCount();
        }
        assertEquals(String.format("%04d", 1), controls.get(0));
        assertEquals(String.format("%04d", transactions), controls.get(controls.size() - 1));
        // ISA, IEA and a GS/GE pair per group are the only segments outside transactions.
        assertEquals(EdiStructureCheck.of(summary.file()).segments, segments + 2 + 2L * groups);
    }

    @ParameterizedTest
    @CsvSource({"PROFESSIONAL", "INSTITUTIONAL"})
    void eachTransactionReadsAsAValidInterchangeOfItsOwn(ClaimType type) throws Exception {
        Generator837.Summary summary = Generator837.generate(
                GeneratorOptions.ofClaims(type, 21, 400).withTransactions(4, 2), dir.resolve("t.edi"));
        FileLayout layout = TransactionSplitter.split(summary.file());

        long claims = 0;
        for (TransactionPart part : layout.transactions()) {
            Path alone = dir.resolve("part-" + part.group() + "-" + part.index() + ".edi");
            try (InputStream in = TransactionSplitter.openAsInterchange(summary.file(), layout, part)) {
                Files.copy(in, alone);
            }
            EdiStructureCheck check = EdiStructureCheck.of(alone);
            assertEquals(List.of(), check.problems);
            assertEquals(1, check.transactions);
            claims += check.claims;
        }
        assertEquals(400, claims);
    }

    private static String text(byte[] file, ByteRange range) {
        return new String(file, (int) range.start(), (int) range.length(), StandardCharsets.ISO_8859_1);
    }
}
