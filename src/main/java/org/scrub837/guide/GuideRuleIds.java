package org.scrub837.guide;

import java.util.List;

/** The stable ids of the implementation-guide rules. */
public final class GuideRuleIds {

    /** A loop, segment or element the guide requires (or situationally requires) is missing. */
    public static final String REQUIRED = "IG-REQUIRED";
    /** A value outside the code list the guide (or an external code set it names) fixes. */
    public static final String CODE = "IG-CODE";
    /** A value of the wrong shape: ZIP, NPI check digit, ICD-10-CM, revenue code, taxonomy, amounts. */
    public static final String FORMAT = "IG-FORMAT";
    /** The HL hierarchy: ids, parents, levels, child codes. */
    public static final String HL = "IG-HL";
    /** Dates: formats, order, dates of service after the transaction's creation or outside the statement period. */
    public static final String DATE = "IG-DATE";

    public static final List<String> ALL = List.of(REQUIRED, CODE, FORMAT, HL, DATE);

    private GuideRuleIds() {
    }
}
