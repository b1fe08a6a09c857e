package org.scrub837.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.scrub837.model.ClaimType;
import org.scrub837.model.Delimiters;
import org.scrub837.model.Segment;

/**
 * The seam between the walker and the segment edits: each segment of an edit's tag is handed over
 * with the guide loop the walker places it in and the LX01 of its service line, as the edits' loop
 * names in messages require (2010AA for the billing provider, 2310B/2420A for claim and line
 * providers, 2400 with its line for a line date, every N4 in the loop of its name); a segment of
 * another tag is not handed over.
 */
class GuideSegmentEditPlacementTest {

    static Stream<Arguments> placements() {
        return Stream.of(
                Arguments.of(ClaimType.PROFESSIONAL, "2000A", List.of("HL*1**20*1", "PRV*BI*PXC*207N00000X",
                        "NM1*85*2*CLINIC*****XX*1234567893", "N3*100 MAIN STREET", "N4*SPRINGFIELD*IL*627010001",
                        "REF*EI*123456789"), "NM1", List.of("NM1 2010AA line - at 3")),
                Arguments.of(ClaimType.PROFESSIONAL, "2000A", List.of("HL*1**20*1", "PRV*BI*PXC*207N00000X",
                        "NM1*85*2*CLINIC*****XX*1234567893", "N3*100 MAIN STREET", "N4*SPRINGFIELD*IL*627010001",
                        "REF*EI*123456789"), "PRV", List.of("PRV 2000A line - at 2")),
                Arguments.of(ClaimType.PROFESSIONAL, "2000A", List.of("HL*1**20*1",
                        "NM1*85*2*CLINIC*****XX*1234567893", "N3*100 MAIN STREET", "N4*SPRINGFIELD*IL*627010001",
                        "REF*EI*123456789", "NM1*87*2", "N3*PO BOX 1", "N4*SPRINGFIELD*IL*62701"), "N4",
                        List.of("N4 2010AA line - at 4", "N4 2010AB line - at 8")),
                Arguments.of(ClaimType.PROFESSIONAL, "2300", List.of("CLM*C1*180***11:B:1*Y*A*Y*Y",
                        "HI*ABK:L97412*ABF:E119", "NM1*82*1*RENDERING*DOCTOR****XX*1987654328",
                        "PRV*PE*PXC*207N00000X", "LX*1", "SV1*HC:15271*100*UN*1***1:2", "DTP*472*D8*20251015",
                        "NM1*82*1*LINE*DOCTOR****XX*1987654328", "PRV*PE*PXC*207N00000X", "LX*2",
                        "SV1*HC:15272*80*UN*1***1", "DTP*472*D8*20251015"), "PRV",
                        List.of("PRV 2310B line - at 4", "PRV 2420A line 1 at 9")),
                Arguments.of(ClaimType.PROFESSIONAL, "2300", List.of("CLM*C1*180***11:B:1*Y*A*Y*Y",
                        "HI*ABK:L97412*ABF:E119", "LX*1", "SV1*HC:15271*100*UN*1***1:2", "DTP*472*D8*20251015",
                        "LX*2", "SV1*HC:15272*80*UN*1***1", "DTP*472*D8*20251015"), "DTP",
                        List.of("DTP 2400 line 1 at 5", "DTP 2400 line 2 at 8")),
                Arguments.of(ClaimType.INSTITUTIONAL, "2300", List.of("CLM*C1*180***13:A:1**A*Y*Y",
                        "DTP*434*RD8*20251014-20251015", "CL1*1**01", "HI*ABK:L97412",
                        "NM1*71*1*ATTENDING*DOCTOR****XX*1987654328", "LX*1", "SV2*0360*HC:15275*100*UN*1",
                        "DTP*472*D8*20251015"), "DTP", List.of("DTP 2300 line - at 2", "DTP 2400 line 1 at 8")),
                Arguments.of(ClaimType.INSTITUTIONAL, "2300", List.of("CLM*C1*180***13:A:1**A*Y*Y",
                        "DTP*434*RD8*20251014-20251015", "CL1*1**01", "HI*ABK:L97412",
                        "NM1*71*1*ATTENDING*DOCTOR****XX*1987654328", "LX*1", "SV2*0360*HC:15275*100*UN*1",
                        "DTP*472*D8*20251015"), "NM1", List.of("NM1 2310A line - at 5")),
                // every N4 the address edits read, in the loop its NM1 names (as the hand-written checks named it)
                Arguments.of(ClaimType.PROFESSIONAL, "2000B", List.of("HL*2*1*22*0", "SBR*P*18*******MB",
                        "NM1*IL*1*SUBSCRIBER*PAT****MI*1EG4TE5MK72", "N3*200 ELM STREET", "N4*SPRINGFIELD*IL*62702",
                        "DMG*D8*19500101*F", "NM1*PR*2*MEDICARE*****PI*00952", "N3*PO BOX 1", "N4*SPRINGFIELD*IL*62703"),
                        "N4", List.of("N4 2010BA line - at 5", "N4 2010BB line - at 9")),
                Arguments.of(ClaimType.PROFESSIONAL, "2300", List.of("CLM*C1*180***11:B:1*Y*A*Y*Y",
                        "HI*ABK:L97412", "NM1*77*2*FACILITY*****XX*1234567893", "N3*1 FACILITY ROAD",
                        "N4*SPRINGFIELD*IL*62701", "SBR*S*18*******CI", "NM1*IL*1*OTHER*SUB****MI*X1",
                        "N3*2 OTHER STREET", "N4*SPRINGFIELD*IL*62702", "NM1*PR*2*OTHER PAYER*****PI*12345",
                        "N3*3 PAYER WAY", "N4*SPRINGFIELD*IL*62703", "LX*1", "SV1*HC:15271*100*UN*1***1",
                        "DTP*472*D8*20251015", "NM1*77*2*LINE FACILITY", "N3*4 LINE ROAD", "N4*SPRINGFIELD*IL*62704"),
                        "N4", List.of("N4 2310C line - at 5", "N4 2330A line - at 9", "N4 2330B line - at 12",
                                "N4 2420C line 1 at 18")),
                Arguments.of(ClaimType.INSTITUTIONAL, "2300", List.of("CLM*C1*180***13:A:1**A*Y*Y",
                        "DTP*434*RD8*20251014-20251015", "CL1*1**01", "HI*ABK:L97412",
                        "NM1*71*1*ATTENDING*DOCTOR****XX*1987654328", "NM1*77*2*FACILITY*****XX*1234567893",
                        "N3*1 FACILITY ROAD", "N4*SPRINGFIELD*IL*62701", "LX*1", "SV2*0360*HC:15275*100*UN*1",
                        "DTP*472*D8*20251015"), "N4", List.of("N4 2310E line - at 8")),
                Arguments.of(ClaimType.PROFESSIONAL, "2000C", List.of("HL*3*2*23*0", "PAT*19",
                        "NM1*QC*1*PATIENT*CHILD", "N3*200 ELM STREET", "N4*SPRINGFIELD*IL*62702",
                        "DMG*D8*20100101*M"), "DMG", List.of("DMG 2010CA line - at 6")),
                Arguments.of(ClaimType.PROFESSIONAL, "2300", List.of("CLM*C1*180***11:B:1*Y*A*Y*Y", "PWK*OZ*BM",
                        "HI*ABK:L97412", "LX*1", "SV1*HC:E0431*100*UN*1***1", "PWK*CT*AD", "DTP*472*D8*20251015"),
                        "PWK", List.of("PWK 2300 line - at 2", "PWK 2400 line 1 at 6")));
    }

    @ParameterizedTest(name = "{0} {1} {3}")
    @MethodSource("placements")
    void segmentEditsSeeTheLoopTheWalkerPlaces(ClaimType type, String section, List<String> texts, String tag,
            List<String> expected) {
        List<Segment> segments = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            segments.add(new Segment(text.substring(0, text.indexOf('*')), text, i + 1));
        }
        List<String> seen = new ArrayList<>();
        SegmentEdit recorder = new SegmentEdit() {
            @Override
            public boolean appliesTo(ClaimType t) {
                return true;
            }

            @Override
            public String tag() {
                return tag;
            }

            @Override
            public void check(PlacedSegment at, GuideReport report) {
                seen.add(at.view().element(0) + " " + at.loop() + " line " + (at.line() == null ? "-" : at.line())
                        + " at " + at.position());
            }
        };
        PlacedSegment placed = new PlacedSegment(type, GuideCodeSets.NONE, new SegmentEdit[] {recorder});
        new GuideWalker().walk(GuideMap.of(type).section(section), segments, Delimiters.DEFAULT, new SegmentView(),
                new GuideReport(), placed.part(20251020, -1, -1));
        assertEquals(expected, seen);
    }
}
