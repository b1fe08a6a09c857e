package org.scrub837.scrub;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.scrub837.model.Claim;
import org.scrub837.model.EnvelopeEnd;
import org.scrub837.model.Transaction;
import org.scrub837.read.ClaimHandler;
import org.scrub837.testing.TestClaims;

/** Events handed to the second thread reach the target in the order the reader sent them, all of them. */
class HandOffOrderTest {

    @Test
    void everyEventArrivesInOrder() {
        Claim claim = TestClaims.professional().build();
        List<String> received = new ArrayList<>();
        ClaimHandler target = new ClaimHandler() {
            @Override
            public void claim(Claim c) {
                received.add("claim " + c.claimId());
            }

            @Override
            public void endTransaction(Transaction transaction, EnvelopeEnd end) {
                received.add("end " + end.actualCount());
            }
        };
        HandOffClaimHandler handOff = new HandOffClaimHandler(target, "test-hand-off");
        List<String> sent = new ArrayList<>();
        int events = HandOffClaimHandler.BATCH * HandOffClaimHandler.QUEUED_BATCHES * 5 + 7;
        for (int i = 0; i < events; i++) {
            if (i % 100 == 99) {
                handOff.endTransaction(claim.transaction(), new EnvelopeEnd(true, "", i, "", List.of()));
                sent.add("end " + i);
            } else {
                Claim numbered = new Claim(claim.transaction(), claim.billingProvider(), claim.subscriber(),
                        claim.patient(), claim.payer(), "C" + i, claim.totalChargeText(), claim.totalCharge(),
                        claim.facilityCode(), claim.frequencyCode(), claim.diagnoses(), claim.dates(), claim.lines(),
                        claim.segments(), claim.syntaxIssues(), i);
                handOff.claim(numbered);
                sent.add("claim C" + i);
            }
        }
        handOff.finish();
        assertEquals(sent, received);
    }
}
