package org.scrub837.read.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.scrub837.model.DateRange;

class ValuesTest {

    @ParameterizedTest
    @ValueSource(strings = {"0", "16", "100.00", "-5", ".5", "5.", "0012.3400"})
    void x12NumbersParse(String text) {
        assertEquals(new BigDecimal(text), Values.decimal(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", ".", "-.", "+5", "1e3", "1.2.3", "12a", " 12", "1,000"})
    void nonNumbersAreNull(String text) {
        assertNull(Values.decimal(text));
    }

    @ParameterizedTest
    @CsvSource({"D8, 20251015, 2025-10-15, 2025-10-15", "D8, 20240229, 2024-02-29, 2024-02-29",
        "RD8, 20251001-20251031, 2025-10-01, 2025-10-31"})
    void datesParse(String format, String value, String from, String to) {
        assertEquals(new DateRange(LocalDate.parse(from), LocalDate.parse(to)), Values.dateRange(format, value));
    }

    @ParameterizedTest
    @CsvSource({"D8, 20250229", "D8, 20251301", "D8, 2025101", "D8, 2025-10-1", "D8, 202510151",
        "RD8, 20251031-20251001", "RD8, 20251001", "D6, 251015"})
    void invalidDatesAreNull(String format, String value) {
        assertNull(Values.dateRange(format, value));
    }
}
