package org.scrub837.responses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrub837.responses.ClaimFiles.Spec;
import org.scrub837.responses.Outcomes.Report;
import org.scrub837.responses.Outcomes.Row;
import org.scrub837.responses.PayerSide.ClaimAck;
import org.scrub837.responses.PayerSide.Remit;
import org.scrub837.responses.PayerSide.TransactionAck;
import org.scrub837.scrub.ScrubEngine;
import org.scrub837.store.TestDatabase;
import org.scrub837.testing.TestConfig;
import org.scrub837.watch.InboxFileHandler;

/**
 * The payer's side generated from the clean 837 the service wrote: a TA1, a 999 after a TA1 (one
 * transaction accepted, one rejected), a 277CA (accepted, rejected on a diagnosis code, and one
 * claim we never sent), an 835 (paid, denied), then a corrected resubmission. Matching and every
 * figure are checked exactly.
 */
class ResponseMatchingGeneratedTest {

    private static final Instant FORWARDED = Instant.parse("2026-12-01T10:00:00Z");
    private static final Instant RESUBMITTED = Instant.parse("2026-12-03T10:00:00Z");
    private static final Instant NOW = Instant.parse("2026-12-10T10:00:00Z");
    private static final BigDecimal CHARGE = new BigDecimal("1150");

    @TempDir
    Path root;

    @Test
    void responsesMatchWhatWasForwardedAndFiguresAreExact() throws Exception {
        try (TestDatabase tdb = TestDatabase.create()) {
            ResponseStore store = new ResponseStore(tdb.open(), Clock.fixed(FORWARDED, ZoneOffset.UTC));
            Path config = TestConfig.watchFolder(root, 1);
            ScrubEngine engine = ScrubEngine.load(config);
            engine.wrapCleanOutput(clean -> new SubmissionRecorder(clean, store, null));
            InboxFileHandler handler = new InboxFileHandler(engine);
            Path input = root.resolve("inbox/claims.837");
            Files.writeString(input, ClaimFiles.professional("000000201", "2011", List.of(
                    List.of(new Spec("A1", "00952", false), new Spec("A2", "00952", false),
                            new Spec("A3", "00952", false), new Spec("A4", "00952", true),
                            new Spec("W1", "00952", false)),
                    List.of(new Spec("B1", "99999", false), new Spec("B2", "99999", false)))),
                    StandardCharsets.US_ASCII);

            handler.handle(input);

            // what was forwarded: the clean 837's claims (A4 was rejected by us, so never forwarded)
            assertEquals(List.of("A1 00952 000000201/2011/0001", "A2 00952 000000201/2011/0001",
                    "A3 00952 000000201/2011/0001", "W1 00952 000000201/2011/0001", "B1 99999 000000201/2011/0002",
                    "B2 99999 000000201/2011/0002"),
                    store.submissions(null, null).stream().map(s -> s.claimId() + " " + s.payerId() + " "
                            + s.interchangeControl() + "/" + s.groupControl() + "/" + s.transactionControl()).toList());
            assertTrue(Files.exists(root.resolve("outbox/claims.clean.837")));

            ResponseStore.Recorded ta1 = record(store, "ic.ta1", PayerSide.ta1("000000201", 'A', "000"));
            assertEquals(6, ta1.claimsMatched());
            ResponseStore.Recorded ack = record(store, "group.999", PayerSide.ack999("000000201", "2011", List.of(
                    new TransactionAck("0001", 'A', null, null), new TransactionAck("0002", 'R', "NM1", "I12"))));
            // TA1: 6; 999 transaction 0001: 4, 0002: 2; group: 6
            assertEquals(18, ack.claimsMatched());
            assertEquals(List.of("99999", "99999"), ack.escapedPayers());
            ResponseStore.Recorded claims = record(store, "claims.277ca", PayerSide.claimAck(List.of(
                    new ClaimAck("A1", CHARGE, "A2:20:PR", "ICN-A1"), new ClaimAck("A2", CHARGE, "A7:255:41", null),
                    new ClaimAck("NOT-OURS", CHARGE, "A2:20:PR", null))));
            assertEquals(new ResponseStore.Recorded(false, 3, 1, 2, List.of("00952")), claims);
            record(store, "pay.835", PayerSide.remittance(List.of(
                    new Remit("A1", CHARGE, new BigDecimal("900.00"), "1", "CO", "45"),
                    new Remit("A3", CHARGE, BigDecimal.ZERO, "4", "CO", "50"))));

            // the same file again (another node, or dropped twice): recorded once
            assertTrue(record(store, "claims-again.277ca", Files.readString(root.resolve("claims.277ca"))).alreadyRecorded());

            RuleHints hints = RuleHints.load(config);
            Report report = Outcomes.compute(store, hints, null, null, 7, NOW);
            LocalDate day = LocalDate.of(2026, 12, 1);
            assertEquals(List.of(new Row("00952", day, 4, 2, 1, 1), new Row("99999", day, 2, 0, 2, 0)),
                    report.byPayerAndDay());
            assertEquals(new Row(null, null, 6, 2, 3, 1), report.total());
            assertEquals("33.3%", OutcomesText.percent(report.total().firstPassRate()));
            // rule misses first: the diagnosis code the payer rejected is IG-CODE's element
            assertEquals(List.of("277CA A7:255 [IG-CODE] [A2]", "999 IK5 R:5 [] [B1, B2]"),
                    report.escapes().stream().map(g -> g.kind() + " " + g.code() + " " + g.rules() + " "
                            + g.escapes().stream().map(Outcomes.Escape::claimId).toList()).toList());
            assertEquals(List.of("W1"), report.waiting().stream().map(Outcomes.Waiting::claimId).toList());
            assertEquals(List.of("claims.277ca 277CA CLM01 NOT-OURS"), report.unmatched().stream()
                    .map(u -> u.fileName() + " " + u.kind() + " " + u.key()).toList());
            assertEquals(List.of(new Row("00952", null, 4, 2, 1, 1)),
                    Outcomes.compute(store, hints, null, "00952", 7, NOW).byPayer());

            // A2 corrected and sent again, then accepted: a second submission, so first-pass stays as it was
            ResponseStore later = new ResponseStore(tdb.open(), Clock.fixed(RESUBMITTED, ZoneOffset.UTC));
            later.recordSubmission("claims.1.clean.837", SubmissionReader.read(new java.io.ByteArrayInputStream(
                    ClaimFiles.professional("000000202", "2012", List.of(List.of(new Spec("A2", "00952", false))))
                            .getBytes(StandardCharsets.US_ASCII))));
            record(later, "again.277ca", PayerSide.claimAck(List.of(new ClaimAck("A2", CHARGE, "A2:20:PR", "ICN-A2"))));
            Report after = Outcomes.compute(store, hints, null, null, 7, NOW);
            assertEquals(new Row(null, null, 6, 2, 3, 1), after.total());
            List<ResponseStore.Submission> a2 = store.submissionsOf("A2");
            assertEquals(2, a2.size());
            assertTrue(a2.get(0).first());
            assertFalse(a2.get(1).first());
            List<ResponseStore.ClaimResponse> a2Answers = store.claimResponsesOf("A2");
            assertEquals(Outcomes.FrontEnd.REJECTED, Outcomes.frontEnd(a2Answers.stream()
                    .filter(r -> r.submissionId() == a2.get(0).id()).toList()));
            assertEquals(Outcomes.FrontEnd.ACCEPTED, Outcomes.frontEnd(a2Answers.stream()
                    .filter(r -> r.submissionId() == a2.get(1).id()).toList()));
            // forwarded since the resubmission: only it counts, and as a resubmission it is no first submission
            assertEquals(new Row(null, null, 0, 0, 0, 0),
                    Outcomes.compute(store, hints, RESUBMITTED, null, 7, NOW).total());
        }
    }

    /** A 999 that rejects a group and its transaction: each claim is one escape, under the transaction's codes. */
    @Test
    void groupAndTransactionRejectedIsOneEscapePerClaim() throws Exception {
        try (TestDatabase tdb = TestDatabase.create()) {
            ResponseStore store = new ResponseStore(tdb.open(), Clock.fixed(FORWARDED, ZoneOffset.UTC));
            store.recordSubmission("g.clean.837", SubmissionReader.read(new java.io.ByteArrayInputStream(
                    ClaimFiles.professional("000000501", "5011", List.of(List.of(new Spec("G1", "00952", false),
                            new Spec("G2", "00952", false)))).getBytes(StandardCharsets.US_ASCII))));

            ResponseStore.Recorded r = record(store, "g.999", PayerSide.ack999(null, "5011",
                    List.of(new TransactionAck("0001", 'R', "CLM", "7"))));

            assertEquals(List.of("00952", "00952"), r.escapedPayers());
            Report report = Outcomes.compute(store, RuleHints.load(Path.of("config")), null, null, 7, NOW);
            assertEquals(new Row(null, null, 2, 0, 2, 0), report.total());
            assertEquals(List.of("999 IK5 R:5 [IG-CODE] [G1, G2]"), report.escapes().stream()
                    .map(g -> g.kind() + " " + g.code() + " " + g.rules() + " "
                            + g.escapes().stream().map(Outcomes.Escape::claimId).toList()).toList());
        }
    }

    private ResponseStore.Recorded record(ResponseStore store, String name, String content) throws Exception {
        Path file = root.resolve(name);
        if (!Files.exists(file)) {
            Files.writeString(file, content, StandardCharsets.US_ASCII);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readAllBytes();
            ResponseFile response = ResponseReader.read(new java.io.ByteArrayInputStream(bytes));
            String hash = java.util.HexFormat.of().formatHex(
                    java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
            return store.recordResponse(hash, name, response);
        }
    }
}
