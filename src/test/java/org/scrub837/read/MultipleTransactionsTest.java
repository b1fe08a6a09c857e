package org.scrub837.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.scrub837.model.Claim;
import org.scrub837.model.ClaimType;
import org.scrub837.model.Transaction;

/**
 * Several ST in one file: StAEDI 1.26.0's getTransactionType() fails at the second ST (#590); the
 * reader reads ST01/ST02/ST03 itself, so every transaction and claim gets its own values.
 */
class MultipleTransactionsTest {

    @Test
    void threeTransactionsInOneGroup() throws Exception {
        CollectingHandler read = EdiTestFiles.read(EdiTestFiles.sample("837P/multi-st.edi"));

        assertEquals(List.of("0001", "0002", "0003"),
                read.transactions.stream().map(Transaction::controlNumber).toList());
        assertEquals(List.of(1, 2, 3), read.transactions.stream().map(Transaction::ordinal).toList());
        assertEquals(List.of("PCN-P-S1", "PCN-P-S2", "PCN-P-S3"), read.claims.stream().map(Claim::claimId).toList());
        for (Claim claim : read.claims) {
            assertEquals("837", claim.transaction().transactionSetId());
            assertEquals(ClaimType.PROFESSIONAL, claim.claimType());
        }
        assertEquals(List.of(1L, 2L, 3L), read.claims.stream().map(Claim::ordinal).toList());
        assertEquals("3", read.groupEnds.get(0).declaredCount());
        assertEquals(3, read.groupEnds.get(0).actualCount());
    }

    @Test
    void professionalThenInstitutionalGroupInOneInterchange() throws Exception {
        String text = oneInterchange(EdiTestFiles.sampleText("837P/q4293-clean.edi"),
                EdiTestFiles.sampleText("837I/inst-q4293-clean.edi"));

        CollectingHandler read = EdiTestFiles.read(text, "mixed.edi");

        assertEquals(List.of("005010X222A1", "005010X223A2"),
                read.transactions.stream().map(Transaction::implementationConvention).toList());
        assertEquals(List.of(ClaimType.PROFESSIONAL, ClaimType.INSTITUTIONAL),
                read.claims.stream().map(Claim::claimType).toList());
        assertEquals(List.of("PCN-P-001", "PCN-I-001"), read.claims.stream().map(Claim::claimId).toList());
        assertEquals(List.of(), read.interchangeEnds.get(0).issues());
    }

    /** The ISA of the first file, the groups of both, and an IEA counting two groups. */
    private static String oneInterchange(String first, String second) {
        List<String> out = new ArrayList<>();
        String[] a = first.split("\n");
        String[] b = second.split("\n");
        for (int i = 0; i < a.length - 1; i++) {
            out.add(a[i]);
        }
        for (int i = 1; i < b.length - 1; i++) {
            out.add(b[i]);
        }
        out.add(a[a.length - 1].replace("IEA*1*", "IEA*2*"));
        return String.join("\n", out) + "\n";
    }
}
