package org.scrub837.write;

import java.util.List;

import org.scrub837.model.ClaimResult;
import org.scrub837.model.FileOutcome;
import org.scrub837.model.FileStatus;
import org.scrub837.model.Finding;
import org.scrub837.testing.TestClaims;
import org.scrub837.testing.TestFile;

/** Files shared by the writer tests. */
final class SampleFiles {

    /** Claims rejected in {@link #mixed()}. */
    static final String[] MIXED_REJECTED = {"C2", "C3", "C7", "C9"};

    private SampleFiles() {
    }

    static TestClaims claim(String id) {
        return TestClaims.professional().claimId(id).diagnosis("L97419")
                .line("15271", "1", "2026-01-05").line("Q4293", "3", "2026-01-05");
    }

    /**
     * Two interchanges, three groups, four transactions; subscribers with their own claims and
     * with patients; some transactions wholly accepted or wholly rejected.
     */
    static TestFile mixed() {
        return TestFile.professional()
                .interchange("000000101").group("11").transaction("0001")
                .provider("1111111112")
                .subscriber("M1").claim(claim("C1")).claim(claim("C2"))
                .subscriber("M2").patient("KIDA").claim(claim("C3")).claim(claim("C4"))
                .transaction("0002").provider("1111111112").subscriber("M3").claim(claim("C5"))
                .provider("2222222228").subscriber("M4").claim(claim("C6"))
                .group("12").transaction("0003").subscriber("M5").claim(claim("C7"))
                .interchange("000000102").group("21").transaction("0004")
                .subscriber("M6").claim(claim("C8")).patient("KIDB").claim(claim("C9"));
    }

    static FileOutcome outcome(List<ClaimResult> results) {
        long rejected = results.stream().filter(ClaimResult::rejected).count();
        long accepted = results.size() - rejected;
        return new FileOutcome("B", "B.837", FileStatus.of(accepted, rejected), "2026.1", results.size(), accepted,
                rejected, List.<Finding>of());
    }
}
