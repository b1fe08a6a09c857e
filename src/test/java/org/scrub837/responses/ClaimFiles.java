package org.scrub837.responses;

import java.util.ArrayList;
import java.util.List;

/**
 * 837P files for the response tests, built from the clean Q4293 sample claim (edi-samples/837P/
 * q4293-clean.edi): each claim has its own subscriber, CLM01 and payer; a claim marked to be
 * rejected bills zero units of Q4293, which the scrub rejects (Q4293-UNITS).
 */
final class ClaimFiles {

    /** One claim: its CLM01, payer id (2010BB NM109), and whether our scrub must reject it. */
    record Spec(String claimId, String payerId, boolean rejectedByUs) {
    }

    private ClaimFiles() {
    }

    /** An 837P interchange {@code isa13} with one group {@code gs06} and one transaction per list. */
    static String professional(String isa13, String gs06, List<List<Spec>> transactions) {
        StringBuilder b = new StringBuilder();
        b.append("ISA*00*          *00*          *ZZ*SUBMITTER01    *ZZ*RECEIVER01     *251020*1200*^*00501*")
                .append(isa13).append("*0*T*:~\n");
        b.append("GS*HC*SUBMITTER01*RECEIVER01*20251020*1200*").append(gs06).append("*X*005010X222A1~\n");
        int st = 0;
        for (List<Spec> claims : transactions) {
            st++;
            String st02 = String.format("%04d", st);
            List<String> seg = new ArrayList<>();
            seg.add("ST*837*" + st02 + "*005010X222A1");
            seg.add("BHT*0019*00*BATCH" + isa13 + st + "*20251020*1200*CH");
            seg.add("NM1*41*2*EXAMPLE BILLING SERVICE*****46*SUB12345");
            seg.add("PER*IC*BILLING DESK*TE*5555550100");
            seg.add("NM1*40*2*EXAMPLE CLEARINGHOUSE*****46*RCV12345");
            seg.add("HL*1**20*1");
            seg.add("PRV*BI*PXC*207N00000X");
            seg.add("NM1*85*2*EXAMPLE WOUND CLINIC*****XX*1234567893");
            seg.add("N3*100 MAIN STREET");
            seg.add("N4*PHILADELPHIA*PA*191030001");
            seg.add("REF*EI*123456789");
            int hl = 1;
            int n = 0;
            for (Spec c : claims) {
                hl++;
                n++;
                seg.add("HL*" + hl + "*1*22*0");
                seg.add("SBR*P*18*******MB");
                seg.add("NM1*IL*1*DOE*JANE****MI*1EG4TE5MK" + String.format("%02d", n));
                seg.add("N3*200 ELM STREET");
                seg.add("N4*SPRINGFIELD*IL*62702");
                seg.add("DMG*D8*19500101*F");
                seg.add("NM1*PR*2*EXAMPLE PAYER*****PI*" + c.payerId());
                seg.add("CLM*" + c.claimId() + "*1150***11:B:1*Y*A*Y*Y");
                seg.add("HI*ABK:L97412");
                seg.add("LX*1");
                seg.add("SV1*HC:15275*250*UN*1***1");
                seg.add("DTP*472*D8*20251015");
                seg.add("LX*2");
                seg.add("SV1*HC:Q4293*900*UN*" + (c.rejectedByUs() ? "0" : "16") + "***1");
                seg.add("DTP*472*D8*20251015");
            }
            for (String s : seg) {
                b.append(s).append("~\n");
            }
            b.append("SE*").append(seg.size() + 1).append("*").append(st02).append("~\n");
        }
        b.append("GE*").append(transactions.size()).append("*").append(gs06).append("~\n");
        b.append("IEA*1*").append(isa13).append("~\n");
        return b.toString();
    }
}
