package org.scrub837.guide;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.scrub837.guide.GuideMap.ElementSpec;
import org.scrub837.guide.GuideMap.SegmentSpec;
import org.scrub837.model.ClaimType;

/**
 * A guide-clean 837P or 837I file built segment by segment, each segment with the guide loop it
 * belongs to and the claim it belongs to (0: the header, shared by every claim), and the
 * single-defect mutants of it that {@link GuideMutationTest} runs.
 */
record GuideBase(ClaimType type, List<Placed> segments, List<String> claimIds) {

    /** One segment of the base: its loop, its text (without terminator) and its claim (0: header). */
    record Placed(String loop, String text, int claim) {
    }

    /** One mutant: what was changed, the file, and the claims it must reject. */
    record Mutant(String description, String text, List<String> claims) {
    }

    static GuideBase of(ClaimType type, boolean patientLevel, int claims) {
        boolean p = type == ClaimType.PROFESSIONAL;
        List<Placed> s = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        s.add(new Placed("HEADER", "ST*837*0001*" + (p ? "005010X222A1" : "005010X223A2"), 0));
        s.add(new Placed("HEADER", "BHT*0019*00*MUTBASE*20251020*1200*CH", 0));
        s.add(new Placed("1000A", "NM1*41*2*EXAMPLE BILLING SERVICE*****46*SUB12345", 0));
        s.add(new Placed("1000A", "PER*IC*BILLING DESK*TE*5555550100", 0));
        s.add(new Placed("1000B", "NM1*40*2*EXAMPLE CLEARINGHOUSE*****46*RCV12345", 0));
        int hl = 0;
        for (int c = 1; c <= claims; c++) {
            String id = (p ? "MUT-P-" : "MUT-I-") + c;
            ids.add(id);
            int billing = ++hl;
            s.add(new Placed("2000A", "HL*" + billing + "**20*1", c));
            s.add(new Placed("2000A", "PRV*BI*PXC*" + (p ? "207N00000X" : "282N00000X"), c));
            s.add(new Placed("2010AA", "NM1*85*2*CLINIC NUMBER " + c + "*****XX*1234567893", c));
            s.add(new Placed("2010AA", "N3*100 MAIN STREET", c));
            s.add(new Placed("2010AA", "N4*SPRINGFIELD*IL*627010001", c));
            s.add(new Placed("2010AA", "REF*EI*123456789", c));
            int subscriber = ++hl;
            s.add(new Placed("2000B", "HL*" + subscriber + "*" + billing + "*22*" + (patientLevel ? "1" : "0"), c));
            s.add(new Placed("2000B", "SBR*P*" + (patientLevel ? "" : "18") + "*******" + (p ? "MB" : "MA"), c));
            s.add(new Placed("2010BA", "NM1*IL*1*SUBSCRIBER*PAT****MI*1EG4TE5MK72", c));
            s.add(new Placed("2010BA", "N3*200 ELM STREET", c));
            s.add(new Placed("2010BA", "N4*SPRINGFIELD*IL*62702", c));
            s.add(new Placed("2010BA", "DMG*D8*19500101*F", c));
            s.add(new Placed("2010BB", "NM1*PR*2*MEDICARE*****PI*00952", c));
            if (patientLevel) {
                s.add(new Placed("2000C", "HL*" + (++hl) + "*" + subscriber + "*23*0", c));
                s.add(new Placed("2000C", "PAT*19", c));
                s.add(new Placed("2010CA", "NM1*QC*1*PATIENT*CHILD", c));
                s.add(new Placed("2010CA", "N3*200 ELM STREET", c));
                s.add(new Placed("2010CA", "N4*SPRINGFIELD*IL*62702", c));
                s.add(new Placed("2010CA", "DMG*D8*20100101*M", c));
            }
            if (p) {
                s.add(new Placed("2300", "CLM*" + id + "*180***11:B:1*Y*A*Y*Y", c));
                s.add(new Placed("2300", "HI*ABK:L97412*ABF:E119", c));
                s.add(new Placed("2310B", "NM1*82*1*RENDERING*DOCTOR****XX*1987654328", c));
                s.add(new Placed("2310B", "PRV*PE*PXC*207N00000X", c));
                s.add(new Placed("2400", "LX*1", c));
                s.add(new Placed("2400", "SV1*HC:15271*100*UN*1***1:2", c));
                s.add(new Placed("2400", "DTP*472*D8*20251015", c));
                s.add(new Placed("2400", "LX*2", c));
                s.add(new Placed("2400", "SV1*HC:15272*80*UN*1***1", c));
                s.add(new Placed("2400", "DTP*472*D8*20251015", c));
            } else {
                s.add(new Placed("2300", "CLM*" + id + "*180***13:A:1**A*Y*Y", c));
                s.add(new Placed("2300", "DTP*434*RD8*20251014-20251015", c));
                s.add(new Placed("2300", "CL1*1**01", c));
                s.add(new Placed("2300", "HI*ABK:L97412", c));
                s.add(new Placed("2310A", "NM1*71*1*ATTENDING*DOCTOR****XX*1987654328", c));
                s.add(new Placed("2400", "LX*1", c));
                s.add(new Placed("2400", "SV2*0360*HC:15275*100*UN*1", c));
                s.add(new Placed("2400", "DTP*472*D8*20251015", c));
                s.add(new Placed("2400", "LX*2", c));
                s.add(new Placed("2400", "SV2*0360*HC:15276*80*UN*1", c));
                s.add(new Placed("2400", "DTP*472*D8*20251015", c));
            }
        }
        return new GuideBase(type, List.copyOf(s), List.copyOf(ids));
    }

    String text() {
        return text(segments);
    }

    private String text(List<Placed> list) {
        StringBuilder b = new StringBuilder();
        b.append("ISA*00*          *00*          *ZZ*SUBMITTER01    *ZZ*RECEIVER01     *251020*1200*^*00501*"
                + "000000901*0*T*:~\n");
        b.append("GS*HC*SUBMITTER01*RECEIVER01*20251020*1200*901*X*")
                .append(type == ClaimType.PROFESSIONAL ? "005010X222A1" : "005010X223A2").append("~\n");
        for (Placed p : list) {
            b.append(p.text()).append("~\n");
        }
        b.append("SE*").append(list.size() + 1).append("*0001~\nGE*1*901~\nIEA*1*000000901~\n");
        return b.toString();
    }

    /** Changes a valid claim may carry and stay accepted, each applied to claim 2. */
    Map<String, String> controls() {
        Map<String, String> controls = new LinkedHashMap<>();
        controls.put("another subscriber name", replaced(2, "NM1*IL*1*SUBSCRIBER*PAT", t -> t.replace("SUBSCRIBER*PAT",
                "OTHERNAME*ANNE")));
        controls.put("amount moved between lines consistently", replaced(2, "SV", t -> t.replace("*100*", "*110*")
                .replace("*80*", "*70*")));
        controls.put("another valid NPI", replaced(2, "NM1*85", t -> t.replace("1234567893", "1245319599")));
        controls.put("another valid date", replaced(2, "DTP*472", t -> t.replace("20251015", "20251014")));
        return controls;
    }

    String replaced(int claim, String prefix, UnaryOperator<String> change) {
        List<Placed> list = new ArrayList<>();
        for (Placed p : segments) {
            list.add(p.claim() == claim && p.text().startsWith(prefix) ? new Placed(p.loop(), change.apply(p.text()),
                    p.claim()) : p);
        }
        return text(list);
    }

    /**
     * One mutant per named check beside the walker ({@link GuideValidator#EDITS} and
     * {@link GuideValidator#SEGMENT_EDITS}, by class name), in claim 2: what breaks the situational
     * note, the front-end edit or the check beyond the guide and nothing else. Null for an edit that does
     * not apply to this base's guide; an edit without an entry here fails the test.
     */
    String editMutant(String namedCheck, boolean patientLevel) {
        return switch (namedCheck) {
            case "AttendingProviderRequired" -> type == ClaimType.INSTITUTIONAL
                    ? replaced(2, "NM1*71", t -> t.replace("NM1*71*", "NM1*ZZ*")) : null;
            case "BillingAddressNotPostOfficeBox" -> replacedIn(2, "2010AA", "N3*", t -> "N3*PO BOX 123");
            case "Icd9QualifierAfterIcd10Date" -> replaced(2, "HI*ABK", t -> t.replace("HI*ABK:L97412", "HI*BK:7071"));
            case "MedicareBeneficiaryIdentifierShape" -> replaced(2, "NM1*IL", t -> t.replace("1EG4TE5MK72",
                    "123456789A"));
            case "BirthDateBeforeService" -> replacedIn(2, patientLevel ? "2010CA" : "2010BA", "DMG*",
                    t -> t.replaceAll("D8\\*[0-9]{8}", "D8*20251016"));
            case "ReplacementClaimNeedsPayerClaimNumber" -> replaced(2, "CLM*", t -> t.replace(":1*", ":7*"));
            case "NpiCheckDigit" -> replaced(2, "NM1*85", t -> t.replace("1234567893", "1234567890"));
            case "BillingProviderZipNineDigits" -> replacedIn(2, "2010AA", "N4*", t -> "N4*SPRINGFIELD*IL*62701");
            case "TaxonomyCodeShape" -> replaced(2, "PRV*BI*PXC*", t -> t.replace("00000X", "00000Z"));
            case "Icd10cmCodeShape" -> replaced(2, "HI*ABK", t -> t.replace("ABK:L97412", "ABK:L97.412"));
            // BHT04 is 20251020
            case "ServiceDatesNotAfterCreation" -> replaced(2, "DTP*472", t -> t.replace("20251015", "20251021"));
            // the statement period is 20251014-20251015, well before BHT04
            case "LineDateInsideStatementPeriod" -> type == ClaimType.INSTITUTIONAL
                    ? replaced(2, "DTP*472", t -> t.replace("20251015", "20251013")) : null;
            case "TypeOfBillShape" -> type == ClaimType.INSTITUTIONAL
                    ? replaced(2, "CLM*", t -> t.replace("*13:A:1*", "*1:A:1*")) : null;
            case "NegativeChargeAmount" -> replaced(2, "CLM*", t -> t.replace("*180*", "*-180*"));
            case "PlaceOfServiceCode" -> type == ClaimType.PROFESSIONAL
                    ? replaced(2, "CLM*", t -> t.replace("*11:B:1*", "*88:B:1*")) : null;
            case "RevenueCodeShape" -> type == ClaimType.INSTITUTIONAL
                    ? replaced(2, "SV2*0360*HC:15275", t -> t.replace("SV2*0360*", "SV2*360*")) : null;
            case "StateOrProvinceCode" -> replacedIn(2, "2010BA", "N4*", t -> "N4*SPRINGFIELD*NA*62702");
            case "ZipCodeShape" -> replacedIn(2, "2010BA", "N4*", t -> "N4*SPRINGFIELD*IL*6270");
            // an attachment sent by mail without PWK05 AC and its control number, where each guide has PWK
            case "AttachmentControlNumberRequired" -> replaced(2, type == ClaimType.PROFESSIONAL ? "CLM*" : "CL1*",
                    t -> t + "~\nPWK*OZ*BM");
            case "InpatientBillNeedsCl1" -> type == ClaimType.INSTITUTIONAL
                    ? changed(2, Map.of("CLM*", t -> t.replace("*13:A:1*", "*11:A:1*"), "CL1*", t -> null)) : null;
            // the statement period 20251014-20251015 spans two days on an outpatient (13x) bill
            case "OutpatientLineDateRequired" -> type == ClaimType.INSTITUTIONAL
                    ? changed(2, Map.of("DTP*472", t -> null)) : null;
            case "ProcedureCodeCase" -> replaced(2, procedure(), t -> t.replace(procedure(), procedure() + ":rt"));
            case "ProcedureCodeShape" -> replaced(2, procedure(), t -> t.replace(procedure(),
                    procedure().substring(0, procedure().length() - 1)));
            // the operator's HCPCS file (GuideOperatorConfig) lists A6011, not A6010
            case "HcpcsCodeKnown" -> replaced(2, procedure(), t -> t.replace(procedure(),
                    procedure().substring(0, procedure().indexOf("HC:") + 3) + "A6010"));
            // L9741 is a category header of the operator's order file (GuideOperatorConfig)
            case "Icd10cmCodeKnown" -> replaced(2, "HI*ABK", t -> t.replace("ABK:L97412", "ABK:L9741"));
            // the base's birth dates are January 1st: month 13 instead
            case "BirthDateFormat" -> replacedIn(2, patientLevel ? "2010CA" : "2010BA", "DMG*",
                    t -> t.replace("0101*", "1301*"));
            default -> throw new IllegalStateException("no mutant for " + namedCheck);
        };
    }

    /**
     * The start of the second line's SV1 or SV2 up to its procedure code, the add-on code (a change to
     * the first line's base code would also break the add-on code rule): SV1*HC:15272 or SV2*0360*HC:15276.
     */
    private String procedure() {
        return type == ClaimType.PROFESSIONAL ? "SV1*HC:15272" : "SV2*0360*HC:15276";
    }

    /**
     * The base with each segment of claim {@code claim} that starts with a key of {@code changes}
     * changed by its value (a change returning null deletes the segment).
     */
    private String changed(int claim, Map<String, UnaryOperator<String>> changes) {
        List<Placed> list = new ArrayList<>();
        for (Placed p : segments) {
            UnaryOperator<String> change = null;
            for (Map.Entry<String, UnaryOperator<String>> e : changes.entrySet()) {
                if (p.claim() == claim && p.text().startsWith(e.getKey())) {
                    change = e.getValue();
                }
            }
            String text = change == null ? p.text() : change.apply(p.text());
            if (text != null) {
                list.add(new Placed(p.loop(), text, p.claim()));
            }
        }
        return text(list);
    }

    private String replacedIn(int claim, String loop, String prefix, UnaryOperator<String> change) {
        List<Placed> list = new ArrayList<>();
        for (Placed p : segments) {
            list.add(p.claim() == claim && p.loop().equals(loop) && p.text().startsWith(prefix)
                    ? new Placed(p.loop(), change.apply(p.text()), p.claim()) : p);
        }
        return text(list);
    }

    /** The mutants: one per element rule of each segment of the base, and per segment usage. */
    static List<Mutant> mutants(GuideBase base, GuideMap map) {
        List<Mutant> result = new ArrayList<>();
        int claims = base.claimIds.size();
        int offset = 0;
        for (int i = 0; i < base.segments.size(); i++) {
            Placed placed = base.segments.get(i);
            String tag = placed.text().substring(0, placed.text().indexOf('*'));
            offset = i > 0 && base.segments.get(i - 1).claim() == placed.claim() ? offset + 1 : 0;
            // each segment of the claim template once, in a claim that turns with its place in the template
            if (placed.claim() != 0 && placed.claim() != 1 + offset % claims) {
                continue;
            }
            if (tag.equals("ST") || tag.equals("HL")) {
                continue; // the envelope and the hierarchy: GuideFixtureOutcomeTest's hl* files and the HL checks
            }
            SegmentSpec spec = GuideMutationTest.spec(map, placed.loop(), placed.text());
            String[] e = placed.text().split("\\*", -1);
            for (ElementSpec element : spec.elements()) {
                if (element.components() == null) {
                    for (String[] change : changes(element, e.length > element.seq() ? e[element.seq()] : "")) {
                        String[] copy = e.clone();
                        copy = set(copy, element.seq(), change[1]);
                        result.add(base.mutant(i, String.join("*", copy), placed.loop() + " " + tag
                                + String.format("%02d", element.seq()) + " " + change[0]));
                    }
                } else {
                    String composite = e.length > element.seq() ? e[element.seq()] : "";
                    if (composite.isEmpty()) {
                        if (element.usage() == 'N') {
                            String[] copy = set(e.clone(), element.seq(), element.components().length == 0 ? "X"
                                    : sample(element.components()[0]));
                            result.add(base.mutant(i, String.join("*", copy), placed.loop() + " " + tag
                                    + String.format("%02d", element.seq()) + " not used, sent"));
                            }
                        continue;
                    }
                    String[] parts = composite.split(":", -1);
                    for (ElementSpec c : element.components()) {
                        String current = parts.length >= c.seq() ? parts[c.seq() - 1] : "";
                        for (String[] change : changes(c, current)) {
                            String[] cp = set(parts.clone(), c.seq() - 1, change[1]);
                            String[] copy = set(e.clone(), element.seq(), trim(String.join(":", cp), ':'));
                            result.add(base.mutant(i, String.join("*", copy), placed.loop() + " " + tag
                                    + String.format("%02d", element.seq()) + "-" + c.seq() + " " + change[0]));
                            }
                    }
                }
            }
            if (spec.usage() == 'R' && !List.of("HL", "CLM", "LX").contains(tag)) {
                result.add(base.mutant(i, null, placed.loop() + " " + tag + " required, deleted"));
            }
            if (spec.maxUse() == 1 && !List.of("HL", "CLM", "LX", "BHT").contains(tag)) {
                result.add(base.mutant(i, placed.text() + "~\n" + placed.text(), placed.loop() + " " + tag
                        + " allowed once, sent twice"));
            }
        }
        return result;
    }

    private static String keyOf(String text) {
        String[] e = text.split("\\*", -1);
        return e.length > 1 ? e[1].split(":")[0] : "";
    }

    /** The rule-breaking values for an element (description, new value); none where the value is structural. */
    private static List<String[]> changes(ElementSpec e, String current) {
        List<String[]> out = new ArrayList<>();
        if (e.usage() == 'N') {
            if (current.isEmpty()) {
                out.add(new String[] {"not used, sent", sample(e)});
            }
            return out;
        }
        if (current.isEmpty()) {
            return out;
        }
        if (e.usage() == 'R') {
            out.add(new String[] {"required, emptied", ""});
        }
        if (e.codes() != null) {
            String bad = notACode(e);
            if (bad != null) {
                out.add(new String[] {"code outside the list", bad});
            }
            return out;
        }
        if ("DT".equals(e.type())) {
            out.add(new String[] {"not a date", current.substring(0, 4) + "1345"});
        } else if (e.type().startsWith("N") || "R".equals(e.type())) {
            out.add(new String[] {"not a number", "X"});
        } else if (e.max() < 80 && e.pattern() == null) {
            out.add(new String[] {"too long", "X".repeat(e.max() + 1)});
        }
        if (e.pattern() != null) {
            out.add(new String[] {"not the pattern", "X".repeat(Math.max(e.min(), 2))});
        }
        return out;
    }

    private static String notACode(ElementSpec e) {
        int length = Math.max(e.min(), Math.min(e.max(), 2));
        for (char ch : new char[] {'Z', 'Q', '9', 'X'}) {
            String candidate = String.valueOf(ch).repeat(length);
            if (!java.util.Arrays.asList(e.codes()).contains(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static String sample(ElementSpec e) {
        if (e.codes() != null && e.codes().length > 0) {
            return e.codes()[0];
        }
        if ("DT".equals(e.type())) {
            return "20250101";
        }
        if ("TM".equals(e.type())) {
            return "1200";
        }
        if (e.type() != null && (e.type().startsWith("N") || "R".equals(e.type()))) {
            return "1";
        }
        return "X".repeat(Math.max(1, e.min()));
    }

    private static String[] set(String[] array, int index, String value) {
        String[] a = array.length > index ? array : java.util.Arrays.copyOf(array, index + 1);
        for (int k = 0; k < a.length; k++) {
            if (a[k] == null) {
                a[k] = "";
            }
        }
        a[index] = value;
        return a;
    }

    private static String trim(String s, char separator) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == separator) {
            end--;
        }
        return s.substring(0, end);
    }

    /** The base with segment {@code i} replaced by {@code replacement} (null: deleted; may hold two segments). */
    private Mutant mutant(int i, String replacement, String description) {
        List<Placed> list = new ArrayList<>(segments);
        Placed p = list.get(i);
        if (replacement == null) {
            list.remove(i);
        } else {
            String[] texts = replacement.split("~\n");
            list.set(i, new Placed(p.loop(), trim(texts[0], '*'), p.claim()));
            for (int k = 1; k < texts.length; k++) {
                list.add(i + k, new Placed(p.loop(), trim(texts[k], '*'), p.claim()));
            }
        }
        List<String> claims = p.claim() == 0 ? claimIds : List.of(claimIds.get(p.claim() - 1));
        return new Mutant(description + " (claim " + (p.claim() == 0 ? "all" : p.claim()) + ")", text(list), claims);
    }
}
