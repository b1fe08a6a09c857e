package org.scrub837.responses.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrub837.store.StoreSettings;
import org.scrub837.store.TestDatabase;

/**
 * Three nodes on one response folder and one store: every response file is read by one node and
 * recorded once; a file dropped twice under two names is recorded once and archived twice; a file
 * that is not a response ends in the failed folder with its reason.
 */
class ResponseFolderManyNodesTest {

    private static final int FILES = 30;
    private static final int COPIES = 5;

    @TempDir
    Path root;

    @Test
    void eachResponseIsRecordedOnce() throws Exception {
        try (TestDatabase tdb = TestDatabase.create(); ResponseFolderNodes nodes = new ResponseFolderNodes()) {
            Path shared = Files.createDirectories(root.resolve("shared"));
            Path responses = Files.createDirectories(shared.resolve("responses"));
            for (int n = 1; n <= 3; n++) {
                nodes.start(root, n, shared, StoreSettings.URL + " = " + tdb.url(), StoreSettings.USER + " = " + tdb.user());
            }
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= FILES; i++) {
                String name = "ack-" + i + ".277ca";
                names.add(name);
                ResponseFolderNodes.drop(responses, name, claimAck("CLAIM-" + i));
            }
            for (int i = 1; i <= COPIES; i++) {
                String name = "ack-" + i + "-again.277ca";
                names.add(name);
                ResponseFolderNodes.drop(responses, name, claimAck("CLAIM-" + i));
            }
            ResponseFolderNodes.drop(responses, "letter.txt", "Dear provider, your claims were received.\n");

            Path archive = shared.resolve("archive/responses");
            ResponseFolderNodes.await(() -> ResponseFolderNodes.names(archive).size() == FILES + COPIES
                    && ResponseFolderNodes.names(shared.resolve("failed")).size() == 2, 120,
                    "every response archived, the letter failed");

            assertEquals(names.stream().sorted().toList(), ResponseFolderNodes.names(archive));
            assertEquals(List.of("letter.txt", "letter.txt.reason.txt"), ResponseFolderNodes.names(shared.resolve("failed")));
            assertTrue(Files.readString(shared.resolve("failed/letter.txt.reason.txt")).startsWith("not "),
                    Files.readString(shared.resolve("failed/letter.txt.reason.txt")));
            assertEquals(List.of(), ResponseFolderNodes.names(responses));
            assertEquals(FILES, tdb.count("SELECT COUNT(*) FROM scrub_response_file"));
            assertEquals(FILES, tdb.count("SELECT COUNT(*) FROM scrub_response"));
            assertEquals(FILES, tdb.count("SELECT COUNT(DISTINCT claim_id) FROM scrub_response"));
            // nothing was forwarded here: every claim acknowledgment is kept, as matching nothing
            assertEquals(FILES, tdb.count("SELECT COUNT(*) FROM scrub_response WHERE matched_claims = 0"));
        }
    }

    private static String claimAck(String claimId) {
        return "ISA*00*          *00*          *ZZ*PAYERFRONT     *ZZ*SUBMITTER01    *261207*1200*^*00501*000000001*0*P*:~\n"
                + "GS*HN*PAYERFRONT*SUBMITTER01*20261207*1200*1*X*005010X214~\n"
                + "ST*277*0001*005010X214~\nBHT*0085*08*A1*20261207*1200*TH~\nHL*1**20*1~\n"
                + "NM1*PR*2*EXAMPLE PAYER*****PI*PAYER01~\nHL*2*1*21*1~\nNM1*41*2*SUBMITTER*****46*S1~\n"
                + "HL*3*2*19*1~\nNM1*85*2*CLINIC*****XX*1234567893~\nHL*4*3*PT~\nNM1*QC*1*PATIENT*ANY~\n"
                + "TRN*2*" + claimId + "~\nSTC*A2:20:PR*20261207*WQ*100~\nSE*14*0001~\nGE*1*1~\nIEA*1*000000001~\n";
    }
}
