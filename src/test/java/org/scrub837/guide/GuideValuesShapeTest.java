package org.scrub837.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
}
