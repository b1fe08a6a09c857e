package org.scrub837.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * A 2400 service line: SV1 (837P) or SV2 (837I) with its line date.
 *
 * @param lineNumber          LX01, or null when missing or not a number
 * @param lxPosition          segment position of LX within the transaction
 * @param servicePosition     segment position of SV1/SV2, or of LX when neither is present
 * @param revenueCode         SV201 (837I), else null
 * @param procedureQualifier  HC, HP, ER, IV, WK ... (SV101-1 / SV202-1), or null
 * @param procedureCode       SV101-2 / SV202-2, or null
 * @param modifiers           SV101-3..6 / SV202-3..6 as sent, empty slots left out
 * @param chargeText          SV102 / SV203 as sent, or null
 * @param charge              the charge as a number, or null when missing or not a number
 * @param unitBasis           SV103 / SV204 (UN, MJ, DA), or null
 * @param quantityText        SV104 / SV205 as sent, or null
 * @param quantity            the quantity as a number, or null when missing or not a number
 * @param placeOfService      SV105 (837P), else null
 * @param diagnosisPointers   SV107-1..4 as sent (837P), else empty
 * @param serviceDate         the line's DTP*472, or null when the line has none
 * @param serviceDatePosition segment position of DTP*472, or 0
 */
public record ServiceLine(Integer lineNumber, int lxPosition, int servicePosition, String revenueCode,
        String procedureQualifier, String procedureCode, List<String> modifiers, String chargeText,
        BigDecimal charge, String unitBasis, String quantityText, BigDecimal quantity, String placeOfService,
        List<String> diagnosisPointers, DateRange serviceDate, int serviceDatePosition) {

    public boolean hasModifier(String modifier) {
        return modifiers.contains(modifier);
    }
}
