package org.scrub837.refdata;

import java.util.ArrayList;
import java.util.List;

/**
 * 837P files for the reference-data tests: one billing provider and a claim per subscriber, each
 * claim with its diagnosis and lines "code units yyyymmdd" (made-up patients and providers).
 */
public final class ClaimFiles {

    private ClaimFiles() {
    }

    /** One claim: CLM01, its principal diagnosis and lines "code units yyyymmdd". */
    public record TestClaim(String id, String diagnosis, String... lines) {
    }

    public static String professional(TestClaim... claims) {
        List<String> body = new ArrayList<>(List.of(
                "ST*837*0001*005010X222A1",
                "BHT*0019*00*REFDATA*20260420*1200*CH",
                "NM1*41*2*EXAMPLE BILLING SERVICE*****46*SUB12345",
                "PER*IC*BILLING DESK*TE*5555550100",
                "NM1*40*2*EXAMPLE CLEARINGHOUSE*****46*RCV12345",
                "HL*1**20*1",
                "PRV*BI*PXC*207N00000X",
                "NM1*85*2*FIRST CLINIC*****XX*1234567893",
                "N3*100 MAIN STREET",
                "N4*SPRINGFIELD*IL*627010001",
                "REF*EI*123456789"));
        int hl = 2;
        for (TestClaim c : claims) {
            body.addAll(List.of("HL*" + hl++ + "*1*22*0", "SBR*P*18*******MB", "NM1*IL*1*DOE*PAT****MI*1EG4TE5MK72",
                    "N3*200 ELM STREET", "N4*SPRINGFIELD*IL*62702", "DMG*D8*19500101*F",
                    "NM1*PR*2*MEDICARE PART B*****PI*00952"));
            int total = 0;
            List<String> lines = new ArrayList<>();
            int lx = 1;
            for (String line : c.lines()) {
                String[] p = line.split(" ");
                int charge = 100 * Integer.parseInt(p[1]);
                total += charge;
                lines.addAll(List.of("LX*" + lx++, "SV1*HC:" + p[0] + "*" + charge + "*UN*" + p[1] + "***1",
                        "DTP*472*D8*" + p[2]));
            }
            body.add("CLM*" + c.id() + "*" + total + "***11:B:1*Y*A*Y*Y");
            body.add("HI*ABK:" + c.diagnosis());
            body.addAll(lines);
        }
        body.add("SE*" + (body.size() + 1) + "*0001");
        StringBuilder b = new StringBuilder(
                "ISA*00*          *00*          *ZZ*SUBMITTER01    *ZZ*RECEIVER01     *260420*1200*^*00501*000000901*0*T*:~\n"
                        + "GS*HC*SUBMITTER01*RECEIVER01*20260420*1200*901*X*005010X222A1~\n");
        for (String s : body) {
            b.append(s).append("~\n");
        }
        return b.append("GE*1*901~\nIEA*1*000000901~\n").toString();
    }
}
