package org.scrub837.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrub837.model.FileOutcome;
import org.scrub837.model.FileStatus;

/**
 * The cross-file duplicate-claim edit: a claim accepted in one submission and sent again in another
 * within the window is reported; not the same submission scrubbed again, not a replacement, not
 * outside the window, and not at all when the window is not configured.
 */
class DuplicateClaimHistoryTest {

    private static final Path CLEAN = Path.of("edi-samples/837P/q4293-clean.edi");
    /** The sample's ISA13/IEA02 and another interchange control number for the second submission. */
    private static final String[] NEW_INTERCHANGE = {"*000000101*", "*000000202*", "*000000101~", "*000000202~"};

    @TempDir
    Path root;

    @Test
    void sameClaimInAnotherSubmissionIsRejectedWithItsOwnRule() throws Exception {
        try (TestDatabase tdb = TestDatabase.create()) {
            StoreScrubs scrubs = new StoreScrubs(root, tdb.store("30"), true);
            assertEquals(FileStatus.ACCEPTED, scrubs.scrub(CLEAN).status());
            assertEquals(FileStatus.ACCEPTED, scrubs.scrub(CLEAN).status(), "the same submission again");
            Path again = StoreScrubs.copy(CLEAN, root, "again.edi", NEW_INTERCHANGE);
            FileOutcome second = scrubs.scrub(again);
            assertEquals(FileStatus.REJECTED, second.status());
            String report = scrubs.report(again);
            assertTrue(report.contains("\"rule\" : \"" + DuplicateClaimCheck.RULE_ID + "\""), report);
            assertTrue(report.contains("q4293-clean"), "names the earlier file");
        }
    }

    @Test
    void replacementClaimIsNotADuplicate() throws Exception {
        try (TestDatabase tdb = TestDatabase.create()) {
            StoreScrubs scrubs = new StoreScrubs(root, tdb.store("30"), true);
            scrubs.scrub(CLEAN);
            // a replacement (CLM05-3 = 7) names the claim it replaces in REF*F8, as the guide requires
            Path replacement = StoreScrubs.copy(CLEAN, root, "replacement.edi", "*000000101*", "*000000303*", "*000000101~", "*000000303~",
                    "11:B:1", "11:B:7", "HI*ABK:L97412", "REF*F8*PAYERCLAIM0001~\nHI*ABK:L97412", "SE*27*0001", "SE*28*0001");
            assertEquals(FileStatus.ACCEPTED, scrubs.scrub(replacement).status());
        }
    }

    @Test
    void earlierClaimOutsideTheWindowIsNotADuplicate() throws Exception {
        try (TestDatabase tdb = TestDatabase.create()) {
            StoreScrubs scrubs = new StoreScrubs(root, tdb.store("30"), true);
            scrubs.scrub(CLEAN);
            tdb.update("UPDATE scrub_claim_history SET recorded_at = now() - interval '31 days'");
            Path again = StoreScrubs.copy(CLEAN, root, "again.edi", NEW_INTERCHANGE);
            assertEquals(FileStatus.ACCEPTED, scrubs.scrub(again).status());
        }
    }

    @Test
    void withoutAWindowTheEditIsOff() throws Exception {
        try (TestDatabase tdb = TestDatabase.create()) {
            StoreScrubs scrubs = new StoreScrubs(root, tdb.store(null), true);
            scrubs.scrub(CLEAN);
            Path again = StoreScrubs.copy(CLEAN, root, "again.edi", NEW_INTERCHANGE);
            FileOutcome second = scrubs.scrub(again);
            assertEquals(FileStatus.ACCEPTED, second.status());
            assertFalse(scrubs.report(again).contains(DuplicateClaimCheck.RULE_ID));
        }
    }
}
