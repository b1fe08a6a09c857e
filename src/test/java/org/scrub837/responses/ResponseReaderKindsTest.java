package org.scrub837.responses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.scrub837.responses.ResponseItem.Level;
import org.scrub837.responses.ResponseItem.Verdict;

/** Each kind of response is read with its keys, verdicts and codes; anything else is refused with a reason. */
class ResponseReaderKindsTest {

    private static final Path RESOURCES = Path.of("src/test/resources/responses");

    private static ResponseFile read(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return ResponseReader.read(in);
        }
    }

    private static ResponseFile read(String text) throws Exception {
        return ResponseReader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void ta1AloneAnswersItsInterchange() throws Exception {
        ResponseFile f = read(PayerSide.ta1("000000042", 'R', "022"));

        assertEquals(Set.of(ResponseKind.TA1), f.kinds());
        assertEquals(List.of(new ResponseItem(ResponseKind.TA1, Level.INTERCHANGE, "000000042", null, null, null, null,
                null, Verdict.REJECTED, "TA1 R:022", null)), f.items());
    }

    @Test
    void ack999AfterATa1NamesTheTa1sInterchange() throws Exception {
        ResponseFile f = read(RESOURCES.resolve("generated/999-with-ta1.999"));

        assertEquals(Set.of(ResponseKind.TA1, ResponseKind.ACK_999), f.kinds());
        assertEquals("TA1,999", f.kindLabels());
        assertEquals(List.of(
                new ResponseItem(ResponseKind.TA1, Level.INTERCHANGE, "000000123", null, null, null, null, null,
                        Verdict.ACCEPTED, "TA1 A:000", null),
                new ResponseItem(ResponseKind.ACK_999, Level.TRANSACTION, "000000123", "17", "0001", null, null, null,
                        Verdict.ACCEPTED, "IK5 A", null),
                new ResponseItem(ResponseKind.ACK_999, Level.TRANSACTION, "000000123", "17", "0002", null, null, null,
                        Verdict.REJECTED, "IK5 R:5; IK3 CLM:8; IK4 5:7", null),
                new ResponseItem(ResponseKind.ACK_999, Level.GROUP, "000000123", "17", null, null, null, null,
                        Verdict.ACCEPTED, "AK9 P", null)), f.items());
    }

    @Test
    void claimAcknowledgmentGivesEachClaimItsStatus() throws Exception {
        ResponseFile f = read(RESOURCES.resolve("generated/claim-ack.277ca"));

        assertEquals(Set.of(ResponseKind.CLAIM_ACK_277CA), f.kinds());
        assertEquals(List.of(
                new ResponseItem(ResponseKind.CLAIM_ACK_277CA, Level.CLAIM, null, null, null, "GEN-CLAIM-1",
                        new BigDecimal("100"), "PAYERICN0001", Verdict.ACCEPTED, "A2:20:PR", null),
                new ResponseItem(ResponseKind.CLAIM_ACK_277CA, Level.CLAIM, null, null, null, "GEN-CLAIM-2",
                        new BigDecimal("200"), null, Verdict.REJECTED, "A7:255:41", null)), f.items());
    }

    /** LinuxForHealth x12's managed-care 835 (Apache 2.0, see src/test/resources/responses/SOURCES.md). */
    @Test
    void publicRemittanceGivesEachClaimItsPayment() throws Exception {
        ResponseFile f = read(RESOURCES.resolve("public/linuxforhealth-managed-care.835"));

        assertEquals(Set.of(ResponseKind.REMITTANCE_835), f.kinds());
        assertEquals(List.of(
                new ResponseItem(ResponseKind.REMITTANCE_835, Level.CLAIM, null, null, null, "5554555444",
                        new BigDecimal("800.00"), "94060555410000", Verdict.PAID, "CLP02 1 CAS CO:A2 CAS PR:1",
                        new BigDecimal("450.00")),
                new ResponseItem(ResponseKind.REMITTANCE_835, Level.CLAIM, null, null, null, "8765432112",
                        new BigDecimal("1200.00"), "94077799230000", Verdict.PAID,
                        "CLP02 1 CAS CO:A2 CAS PR:1 CAS CO:45", new BigDecimal("495.00"))), f.items());
    }

    @Test
    void generatedRemittanceTellsPaidFromDenied() throws Exception {
        ResponseFile f = read(PayerSide.remittance(List.of(
                new PayerSide.Remit("C-1", new BigDecimal("150.00"), new BigDecimal("120.00"), "1", "CO", "45"),
                new PayerSide.Remit("C-2", new BigDecimal("90.00"), BigDecimal.ZERO, "4", "CO", "50"))));

        assertEquals(List.of(Verdict.PAID, Verdict.DENIED), f.items().stream().map(ResponseItem::verdict).toList());
        assertEquals("CLP02 4 CAS CO:50", f.items().get(1).codes());
    }

    /** A 277 claim status response (X212, LinuxForHealth x12) is not an acknowledgment of what we sent. */
    @Test
    void claimStatusResponseIsRefused() {
        InvalidResponseException e = assertThrows(InvalidResponseException.class,
                () -> read(RESOURCES.resolve("public/linuxforhealth-claim-level-status-x212.277")));
        assertEquals("a 277 that is not a claim acknowledgment (version 005010X212, expected 005010X214)",
                e.getMessage());
    }

    @Test
    void claimFileIsRefused() {
        InvalidResponseException e = assertThrows(InvalidResponseException.class,
                () -> read(Path.of("edi-samples/837P/q4293-clean.edi")));
        assertEquals("transaction set 837 is not a response (TA1, 999, 277CA or 835 expected)", e.getMessage());
    }

    @Test
    void textThatIsNotX12IsRefused() throws IOException {
        InvalidResponseException e = assertThrows(InvalidResponseException.class,
                () -> read("Dear provider, your claims were received.\n"));
        assertTrue(e.getMessage().startsWith("not readable as X12") || e.getMessage().startsWith("not an X12"),
                e.getMessage());
    }
}
