package org.scrub837.guide;

import java.util.Map;
import java.util.Set;

/**
 * The code values the two implementation guides fix themselves (005010X222A1 professional,
 * 005010X223A2 institutional), as their segment tables list them. External code sets (states,
 * place of service, ICD-10-CM, HCPCS) are data files instead ({@link GuideCodeSets}).
 */
final class GuideCodes {

    private GuideCodes() {
    }

    /** PWK02 of the claim and line supplemental information (attachment transmission codes). */
    static final Set<String> PWK02 = Set.of("AA", "BM", "EL", "EM", "FT", "FX");

    /** The HI qualifiers of each guide: their ICD-10-CM ones are what the code shape and the order file read. */
    static final Set<String> HI_P = Set.of("ABK", "BK", "ABF", "BF", "BP", "BO", "BG");
    static final Set<String> HI_I = Set.of("ABK", "BK", "ABJ", "BJ", "APR", "PR", "ABN", "BN", "DR", "ABF", "BF",
            "BBR", "BR", "CAH", "BBQ", "BQ", "BI", "BH", "BE", "BG", "TC");
    /** Qualifiers whose code is an ICD-10-CM diagnosis. */
    static final Set<String> ICD10CM_QUALIFIERS = Set.of("ABK", "ABF", "ABJ", "APR", "ABN");

    /** 2300 DTP01 on the 837P, with the DTP02 formats each allows. */
    static final Map<String, Set<String>> CLAIM_DTP_P = Map.ofEntries(
            Map.entry("431", Set.of("D8")), Map.entry("454", Set.of("D8")), Map.entry("304", Set.of("D8")),
            Map.entry("453", Set.of("D8")), Map.entry("439", Set.of("D8")), Map.entry("484", Set.of("D8")),
            Map.entry("455", Set.of("D8")), Map.entry("471", Set.of("D8")), Map.entry("314", Set.of("D8", "RD8")),
            Map.entry("360", Set.of("D8", "RD8")), Map.entry("361", Set.of("D8", "RD8")),
            Map.entry("297", Set.of("D8")), Map.entry("296", Set.of("D8")), Map.entry("435", Set.of("D8")),
            Map.entry("096", Set.of("D8")), Map.entry("090", Set.of("D8")), Map.entry("091", Set.of("D8")),
            Map.entry("444", Set.of("D8")), Map.entry("050", Set.of("D8")));
    /** 2300 DTP01 on the 837I. */
    static final Map<String, Set<String>> CLAIM_DTP_I = Map.of("096", Set.of("TM"), "434", Set.of("RD8"),
            "435", Set.of("D8", "DT"), "050", Set.of("D8"));
    /** 2400 DTP01 on the 837P. */
    static final Map<String, Set<String>> LINE_DTP_P = Map.ofEntries(Map.entry("472", Set.of("D8", "RD8")),
            Map.entry("471", Set.of("D8")), Map.entry("607", Set.of("D8")), Map.entry("463", Set.of("D8")),
            Map.entry("461", Set.of("D8")), Map.entry("304", Set.of("D8")), Map.entry("738", Set.of("D8")),
            Map.entry("739", Set.of("D8")), Map.entry("011", Set.of("D8")), Map.entry("455", Set.of("D8")),
            Map.entry("454", Set.of("D8")));
    /** 2400 DTP01 on the 837I. */
    static final Map<String, Set<String>> LINE_DTP_I = Map.of("472", Set.of("D8", "RD8"));

    static final Set<String> PRODUCT_QUALIFIER_P = Set.of("ER", "HC", "IV", "WK");
    static final Set<String> PRODUCT_QUALIFIER_I = Set.of("ER", "HC", "HP", "IV", "WK");
}
