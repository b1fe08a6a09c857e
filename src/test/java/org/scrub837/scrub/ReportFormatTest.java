package org.scrub837.scrub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;

class ReportFormatTest {

    @Test
    void jsonIsAlwaysIncluded() {
        assertEquals(EnumSet.of(ReportFormat.JSON, ReportFormat.ACK999), ReportFormat.parseList("999"));
    }

    @Test
    void listIsReadWithSpacesAndAliases() {
        assertEquals(EnumSet.allOf(ReportFormat.class), ReportFormat.parseList(" json, text ,html,999 , 277 "));
    }

    @Test
    void unknownFormatNamesTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReportFormat.parseList("pdf"));
        assertEquals("unknown report format 'pdf'; known: json, txt, html, 999, 277ca", e.getMessage());
    }
}
