package org.scrub837.responses;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.scrub837.responses.ClaimFiles.Spec;
import org.scrub837.store.Database;

/**
 * A store holding four claims forwarded to payer 00952 (R1..R4) and the payer's answers: R1 accepted
 * (277CA), R2 rejected on a diagnosis code (277CA A7:255), R3 and R4 unanswered.
 */
public final class ResponseStoreFixture {

    private ResponseStoreFixture() {
    }

    public static void forwardAndAnswer(Database db, Path scratch) throws Exception {
        ResponseStore store = new ResponseStore(db, Clock.fixed(Instant.parse("2026-11-02T08:00:00Z"), ZoneOffset.UTC));
        String claims = ClaimFiles.professional("000000301", "3011", List.of(List.of(new Spec("R1", "00952", false),
                new Spec("R2", "00952", false), new Spec("R3", "00952", false), new Spec("R4", "00952", false))));
        store.recordSubmission("r.clean.837",
                SubmissionReader.read(new ByteArrayInputStream(claims.getBytes(StandardCharsets.US_ASCII))));
        BigDecimal charge = new BigDecimal("1150");
        String ack = PayerSide.claimAck(List.of(new PayerSide.ClaimAck("R1", charge, "A2:20:PR", "ICN-R1"),
                new PayerSide.ClaimAck("R2", charge, "A7:255:41", null)));
        store.recordResponse("fixture-277ca", "r.277ca",
                ResponseReader.read(new ByteArrayInputStream(ack.getBytes(StandardCharsets.US_ASCII))));
    }
}
