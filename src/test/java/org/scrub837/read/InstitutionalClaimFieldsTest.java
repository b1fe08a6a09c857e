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
import org.scrub837.model.ServiceLine;

/** An 837I claim's CLM, DTP*434 and SV2 values land in the model as its javadoc says. */
class InstitutionalClaimFieldsTest {

    private static final DateRange OCT_15 = DateRange.of(LocalDate.of(2025, 10, 15));

    @Test
    void claimAndLineValues() throws Exception {
        Claim claim = EdiTestFiles.read(EdiTestFiles.sample("837I/inst-q4293-clean.edi")).claims.get(0);

        assertEquals(ClaimType.INSTITUTIONAL, claim.claimType());
        assertEquals("005010X223A2", claim.transaction().implementationConvention());
        assertEquals("13", claim.facilityCode());
        assertEquals("131", claim.typeOfBill());
        assertEquals(Map.of("434", OCT_15), claim.dates());
        assertEquals(new ServiceLine(2, 27, 28, "0278", "HC", "Q4293", List.of(), "900", new BigDecimal("900"), "UN",
                "16", new BigDecimal("16"), null, List.of(), OCT_15, 29), claim.lines().get(1));
    }

    @Test
    void lineWithoutDateTakesTheStatementDates() throws Exception {
        Claim claim = EdiTestFiles.read(EdiTestFiles.sample("837I/inst-q4293-clean-statement-dates.edi")).claims.get(0);

        ServiceLine line = claim.lines().get(1);
        assertNull(line.serviceDate());
        assertEquals(0, line.serviceDatePosition());
        assertEquals(OCT_15, claim.dateOfService(line));
    }

    @Test
    void statementDateRange() throws Exception {
        String text = EdiTestFiles.sampleText("837I/inst-q4293-clean.edi")
                .replace("DTP*434*RD8*20251015-20251015", "DTP*434*RD8*20251001-20251031");

        Claim claim = EdiTestFiles.read(text, "range.edi").claims.get(0);

        assertEquals(new DateRange(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 31)), claim.dates().get("434"));
    }
}
