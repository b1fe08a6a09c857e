package org.scrub837.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrub837.model.Delimiters;
import org.scrub837.model.Segment;

/** The shape checks: NPI check digit (Luhn over 80840 + nine digits), ICD-10-CM, taxonomy, dates. */
class GuideValuesShapeTest {

    @ParameterizedTest(name = "NPI {0}: {1}")
    @CsvSource({
        "1234567893, true",
        "1234567890, false",
        "1245319599, true",
        "1003000126, true",
        "1003000127, false",
        "123456789, false",
        "12345678931, false",
        "12345A7893, false",
    })
    void npiCheckDigit(String npi, boolean valid) {
        assertEquals(valid, GuideValues.npi(npi));
    }

    @ParameterizedTest(name = "ICD-10-CM {0}: {1}")
    @CsvSource({
        "L97412, true",
        "E11621, true",
        "Z00, true",
        "S72001A, true",
        "L97.412, false",
        "l97412, false",
        "97412, false",
        "LL7412, false",
        "L9, false",
        "S72001AA, false",
    })
    void icd10cmShape(String code, boolean valid) {
        assertEquals(valid, GuideValues.icd10cmShape(code));
    }

    @ParameterizedTest(name = "taxonomy {0}: {1}")
    @CsvSource({
        "207N00000X, true",
        "282N00000X, true",
        "363LP0200N, false",
        "207N00000, false",
        "207n00000X, false",
    })
    void taxonomy(String code, boolean valid) {
        assertEquals(valid, GuideValues.taxonomy(code));
    }

    @ParameterizedTest(name = "date {0}: {1}")
    @CsvSource({
        "20251015, 20251015",
        "20240229, 20240229",
        "20250229, -1",
        "20251301, -1",
        "2025101, -1",
        "2025-10-1, -1",
    })
    void calendarDate(String text, int expected) {
        assertEquals(expected, GuideValues.date(text));
    }

    @ParameterizedTest(name = "HL id {0} above {1}: {2}")
    @CsvSource({
        "2, 1, true",
        "1, 2, false",
        "3, 3, false",
        "10, 9, true",
        "009, 10, false",
        "010, 9, true",
        "0, 0, false",
        "123456789012, 123456789011, true",
    })
    void hierarchyIdAbove(String id, String parent, boolean expected) {
        assertEquals(expected, GuideValues.numericallyAbove(id, parent));
        assertEquals(Long.parseLong(id) > Long.parseLong(parent), GuideValues.numericallyAbove(id, parent));
    }

    @ParameterizedTest(name = "code list {0} holds {1}: {2}")
    @CsvSource({
        "'D8,RD8', RD8, true",
        "'D8,RD8', D8, true",
        "'D8,RD8', D, false",
        "'D8,RD8', RD88, false",
        "'D8,RD8', '', false",
        "'1,2,12', 12, true",
        "'1,2,12', 21, false",
        "'SHORT,A-LONGER-CODE', A-LONGER-CODE, true",
        "'SHORT,A-LONGER-CODE', A-LONGER-COD, false",
        "'SHORT,A-LONGER-CODE', SHORT, true",
    })
    void codeListLookupInPlace(String codes, String value, boolean expected) {
        GuideCodeList list = GuideCodeList.of(codes.split(","));
        Segment segment = new Segment("DTP", "DTP*" + value, 7);
        SegmentView view = new SegmentView().of(segment, Delimiters.DEFAULT);
        boolean selected = view.select(1, 0);
        assertEquals(expected, selected && list.contains(view));
        assertEquals(expected, selected && java.util.Arrays.asList(list.codes()).contains(view.selected()));
    }
}
