package org.scrub837.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.scrub837.model.Claim;
import org.scrub837.model.ClaimType;
import org.scrub837.model.DateRange;
import org.scrub837.model.Diagnosis;
import org.scrub837.model.ServiceLine;

/** An 837P claim's CLM, HI, DTP and SV1 values land in the model as its javadoc says. */
class ProfessionalClaimFieldsTest {

    private static final DateRange OCT_15 = DateRange.of(LocalDate.of(2025, 10, 15));

    @Test
    void claimLevelValues() throws Exception {
        Claim claim = EdiTestFiles.read(EdiTestFiles.sample("837P/q4293-clean.edi")).claims.get(0);

        assertEquals(ClaimType.PROFESSIONAL, claim.claimType());
        assertEquals("PCN-P-001", claim.claimId());
        assertEquals("1150", claim.totalChargeText());
        assertEquals(new BigDecimal("1150"), claim.totalCharge());
        assertEquals("11", claim.facilityCode());
        assertEquals("1", claim.frequencyCode());
        assertNull(claim.typeOfBill());
        assertEquals(List.of(new Diagnosis("ABK", "L97412", 20)), claim.diagnoses());
        assertEquals(Map.of(), claim.dates());
        assertEquals(19, claim.position());
        assertEquals(1L, claim.ordinal());
        assertEquals(List.of(), claim.syntaxIssues());
    }

    @Test
    void serviceLineValues() throws Exception {
        List<ServiceLine> lines = EdiTestFiles.read(EdiTestFiles.sample("837P/q4293-clean.edi")).claims.get(0).lines();

        assertEquals(List.of(
                new ServiceLine(1, 21, 22, null, "HC", "15275", List.of(), "250", new BigDecimal("250"), "UN", "1",
                        BigDecimal.ONE, null, List.of("1"), OCT_15, 23),
                new ServiceLine(2, 24, 25, null, "HC", "Q4293", List.of(), "900", new BigDecimal("900"), "UN", "16",
                        new BigDecimal("16"), null, List.of("1"), OCT_15, 26)), lines);
    }

    @Test
    void modifiersPlaceOfServiceAndPointers() throws Exception {
        String text = EdiTestFiles.sampleText("837P/q4293-clean.edi")
                .replace("SV1*HC:15275*250*UN*1***1", "SV1*HC:15275:RT::KX*250*UN*1*11**1:2:3");

        ServiceLine line = EdiTestFiles.read(text, "modifiers.edi").claims.get(0).lines().get(0);

        assertEquals(List.of("RT", "KX"), line.modifiers());
        assertEquals("11", line.placeOfService());
        assertEquals(List.of("1", "2", "3"), line.diagnosisPointers());
    }

    @Test
    void numbersThatDoNotParseBecomeNullAndKeepTheirText() throws Exception {
        String text = EdiTestFiles.sampleText("837P/q4293-units-fractional.edi")
                .replace("CLM*PCN-P-004*1150", "CLM*PCN-P-004*11X0")
                .replace("SV1*HC:Q4293*900*UN*16.5", "SV1*HC:Q4293*9.0.0*UN*16,5");

        Claim claim = EdiTestFiles.read(text, "numbers.edi").claims.get(0);

        assertEquals("11X0", claim.totalChargeText());
        assertNull(claim.totalCharge());
        ServiceLine q = claim.lines().get(1);
        assertEquals("9.0.0", q.chargeText());
        assertNull(q.charge());
        assertEquals("16,5", q.quantityText());
        assertNull(q.quantity());
    }

    @Test
    void fractionalAndMissingQuantity() throws Exception {
        ServiceLine fractional = EdiTestFiles.read(EdiTestFiles.sample("837P/q4293-units-fractional.edi")).claims
                .get(0).lines().get(1);
        ServiceLine missing = EdiTestFiles.read(EdiTestFiles.sample("837P/q4293-units-missing.edi")).claims
                .get(0).lines().get(1);

        assertEquals(new BigDecimal("16.5"), fractional.quantity());
        assertNull(missing.quantityText());
        assertNull(missing.quantity());
        assertEquals("UN", missing.unitBasis());
    }
}
