package org.scrub837.scrub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrub837.refdata.ClaimFiles;
import org.scrub837.refdata.PublisherFixtures;
import org.scrub837.refdata.ReferenceData;
import org.scrub837.refdata.ReferenceKind;
import org.scrub837.testing.TestConfig;

/**
 * The per-transaction scrub carries each finding's edition id through its spool: a file of two
 * transactions judged with installed editions gives the same outputs in pieces as whole, the
 * edition ids included.
 */
class ParallelScrubEditionIdTest {

    @TempDir
    Path dir;

    @Test
    void editionIdsSurviveThePieceSpool() throws Exception {
        Path config = dir.resolve("config");
        TestConfig.copyTree(Path.of("config"), config);
        Path ptp = PublisherFixtures.write(dir.resolve("cms"), "ccipra-v321r0-f1.txt",
                PublisherFixtures.ptp("15271 11042 20200101 * 0"));
        ReferenceData.open(config).install(ReferenceKind.NCCI_PTP_PRACTITIONER, ptp.toString(),
                LocalDate.of(2026, 4, 1), null, null, null, Map.of());
        String one = ClaimFiles.professional(
                new ClaimFiles.TestClaim("PAIR-1", "L97412", "15271 1 20260415", "11042 1 20260415"));
        // a second transaction (ST02 0002) in the same group, so the file is scrubbed in pieces
        String st = one.substring(one.indexOf("ST*837*0001"), one.indexOf("GE*"));
        String second = st.replace("ST*837*0001", "ST*837*0002").replace("*0001~", "*0002~").replace("PAIR-1", "PAIR-2");
        Path input = dir.resolve("two.837");
        Files.writeString(input, one.replace("GE*1*901~", second + "GE*2*901~"), StandardCharsets.ISO_8859_1);
        ScrubEngine engine = ScrubEngine.load(config);
        Path sequentialOut = Files.createDirectories(dir.resolve("sequential"));
        Path parallelOut = Files.createDirectories(dir.resolve("parallel"));
        AtomicInteger peak = new AtomicInteger();

        new FileScrubber(engine.reader(), engine.evaluator()).scrub(input, "f",
                ParallelScrubFixture.allOutputs(sequentialOut));
        new FileScrubber(engine.reader(), engine.evaluator(), ScrubPolicy.of(2, 0, Long.MAX_VALUE), null,
                n -> peak.accumulateAndGet(n, Math::max)).scrub(input, "f", ParallelScrubFixture.allOutputs(parallelOut));

        assertTrue(peak.get() > 0, "the file was scrubbed in pieces");
        String report = Files.readString(sequentialOut.resolve("f.report.json"));
        assertEquals(2, report.split("\"edition\" : \"ncci-ptp-practitioner-2026q2\"", -1).length - 1, report);
        ParallelScrubFixture.assertSameFiles(sequentialOut, parallelOut);
    }
}
