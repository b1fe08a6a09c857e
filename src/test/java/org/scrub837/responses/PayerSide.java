package org.scrub837.responses;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The payer's side for tests: TA1, 999, 277CA and 835 files, laid out after the guides
 * (005010X231A1, X214, X221A1), answering claims we forwarded. Identifiers are made up.
 */
final class PayerSide {

    /** How the payer answers one transaction of a 999: A accepted, R rejected with IK3/IK4 codes. */
    record TransactionAck(String st02, char code, String ik3Segment, String ik4Code) {
    }

    /** How the payer answers one claim in a 277CA: STC01 as category:status:entity. */
    record ClaimAck(String claimId, BigDecimal charge, String stc01, String payerClaimControl) {
    }

    /** How the payer answers one claim in an 835: CLP02 status, one CAS adjustment. */
    record Remit(String claimId, BigDecimal charge, BigDecimal paid, String clp02, String casGroup, String casReason) {
    }

    private static int controlNumber = 900;

    private PayerSide() {
    }

    private static synchronized String nextControl() {
        return String.format("%09d", ++controlNumber);
    }

    private static String isa(String isa13) {
        return "ISA*00*          *00*          *ZZ*PAYERFRONT     *ZZ*SUBMITTER01    *261207*1200*^*00501*" + isa13
                + "*0*P*:~\n";
    }

    /** A file holding one TA1 for our interchange {@code isa13}. */
    static String ta1(String isa13, char code, String note) {
        String own = nextControl();
        return isa(own) + "TA1*" + isa13 + "*261207*1100*" + code + "*" + note + "~\nIEA*0*" + own + "~\n";
    }

    /** A 999 for our group {@code gs06}; with {@code ta1Isa13}, a TA1 for that interchange before it. */
    static String ack999(String ta1Isa13, String gs06, List<TransactionAck> acks) {
        String own = nextControl();
        StringBuilder b = new StringBuilder(isa(own));
        if (ta1Isa13 != null) {
            b.append("TA1*").append(ta1Isa13).append("*261207*1100*A*000~\n");
        }
        b.append("GS*FA*PAYERFRONT*SUBMITTER01*20261207*1200*").append(Integer.parseInt(own))
                .append("*X*005010X231A1~\n");
        List<String> seg = new ArrayList<>();
        seg.add("ST*999*0001*005010X231A1");
        seg.add("AK1*HC*" + gs06 + "*005010X222A1");
        int accepted = 0;
        for (TransactionAck a : acks) {
            seg.add("AK2*837*" + a.st02() + "*005010X222A1");
            if (a.code() == 'R') {
                seg.add("IK3*" + a.ik3Segment() + "*10**8");
                seg.add("IK4*2*1028*" + a.ik4Code());
                seg.add("IK5*R*5");
            } else {
                accepted++;
                seg.add("IK5*A");
            }
        }
        String ak9 = accepted == acks.size() ? "A" : accepted == 0 ? "R" : "P";
        seg.add("AK9*" + ak9 + "*" + acks.size() + "*" + acks.size() + "*" + accepted);
        transaction(b, seg, "0001");
        b.append("GE*1*").append(Integer.parseInt(own)).append("~\nIEA*1*").append(own).append("~\n");
        return b.toString();
    }

    /** A 277CA (X214) with one patient level per claim. */
    static String claimAck(List<ClaimAck> claims) {
        String own = nextControl();
        StringBuilder b = new StringBuilder(isa(own));
        b.append("GS*HN*PAYERFRONT*SUBMITTER01*20261207*1200*").append(Integer.parseInt(own)).append("*X*005010X214~\n");
        List<String> seg = new ArrayList<>();
        seg.add("ST*277*0001*005010X214");
        seg.add("BHT*0085*08*ACK" + own + "*20261207*1200*TH");
        seg.add("HL*1**20*1");
        seg.add("NM1*PR*2*EXAMPLE PAYER*****PI*PAYER01");
        seg.add("TRN*1*ACK" + own);
        seg.add("DTP*050*D8*20261207");
        seg.add("DTP*009*D8*20261207");
        seg.add("HL*2*1*21*1");
        seg.add("NM1*41*2*SUBMITTER*****46*SUBMITTER01");
        seg.add("TRN*2*BATCH" + own);
        seg.add("STC*A1:19:PR*20261207*WQ*0");
        seg.add("HL*3*2*19*1");
        seg.add("NM1*85*2*BILLING CLINIC*****XX*1234567893");
        seg.add("TRN*1*0");
        seg.add("REF*TJ*123456789");
        int hl = 3;
        for (ClaimAck c : claims) {
            hl++;
            seg.add("HL*" + hl + "*3*PT");
            seg.add("NM1*QC*1*PATIENT*ANY****MI*XX" + hl);
            seg.add("TRN*2*" + c.claimId());
            boolean rejected = !c.stc01().startsWith("A1") && !c.stc01().startsWith("A2");
            seg.add("STC*" + c.stc01() + "*20261207*" + (rejected ? "U" : "WQ") + "*" + c.charge().toPlainString());
            if (c.payerClaimControl() != null) {
                seg.add("REF*1K*" + c.payerClaimControl());
            }
        }
        transaction(b, seg, "0001");
        b.append("GE*1*").append(Integer.parseInt(own)).append("~\nIEA*1*").append(own).append("~\n");
        return b.toString();
    }

    /** An 835 with one CLP per claim. */
    static String remittance(List<Remit> claims) {
        String own = nextControl();
        StringBuilder b = new StringBuilder(isa(own));
        b.append("GS*HP*PAYERFRONT*SUBMITTER01*20261207*1200*").append(Integer.parseInt(own))
                .append("*X*005010X221A1~\n");
        BigDecimal total = claims.stream().map(Remit::paid).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<String> seg = new ArrayList<>();
        seg.add("ST*835*0001");
        seg.add("BPR*I*" + total.toPlainString() + "*C*ACH*CCP*01*999999999*DA*123456*1512345678**01*999988880*DA*98765*20261210");
        seg.add("TRN*1*EFT" + own + "*1512345678");
        seg.add("N1*PR*EXAMPLE PAYER");
        seg.add("N1*PE*BILLING CLINIC*XX*1234567893");
        seg.add("LX*1");
        int n = 0;
        for (Remit r : claims) {
            n++;
            seg.add("CLP*" + r.claimId() + "*" + r.clp02() + "*" + r.charge().toPlainString() + "*"
                    + r.paid().toPlainString() + "**MB*PAYICN" + own + n);
            seg.add("CAS*" + r.casGroup() + "*" + r.casReason() + "*" + r.charge().subtract(r.paid()).toPlainString());
        }
        transaction(b, seg, "0001");
        b.append("GE*1*").append(Integer.parseInt(own)).append("~\nIEA*1*").append(own).append("~\n");
        return b.toString();
    }

    private static void transaction(StringBuilder b, List<String> segments, String st02) {
        for (String s : segments) {
            b.append(s).append("~\n");
        }
        b.append("SE*").append(segments.size() + 1).append("*").append(st02).append("~\n");
    }
}
