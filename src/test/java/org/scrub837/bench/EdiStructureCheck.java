package org.scrub837.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;

/**
 * Reads a file with StAEDI's control-structure validation on and checks, independently of the
 * generator, the counts a receiver checks: SE01, GE01, IEA01 and the HL chain of each transaction
 * (HL01 from 1 by 1, HL02 naming an earlier level, HL04 = 1 exactly when a child level follows).
 */
final class EdiStructureCheck {

    final List<String> problems = new ArrayList<>();
    int interchanges;
    int groups;
    int transactions;
    long claims;
    long segments;

    static EdiStructureCheck of(Path file) throws IOException, EDIStreamException {
        EdiStructureCheck check = new EdiStructureCheck();
        EDIInputFactory factory = EDIInputFactory.newFactory();
        factory.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_STRUCTURE, true);
        try (InputStream in = Files.newInputStream(file); EDIStreamReader reader = factory.createEDIStreamReader(in)) {
            check.read(reader);
        }
        return check;
    }

    private int segmentsInTransaction;
    private int transactionsInGroup;
    private int groupsInInterchange;
    private int expectedHl;
    private final List<String> hlChildCodes = new ArrayList<>();
    private final List<String> hlParents = new ArrayList<>();

    private String tag;
    private final List<String> elements = new ArrayList<>();

    private void read(EDIStreamReader reader) throws EDIStreamException {
        while (reader.hasNext()) {
            EDIStreamEvent event = reader.next();
            if (event.isError()) {
                problems.add(event + " " + reader.getErrorType() + " at " + reader.getLocation().getSegmentTag()
                        + " position " + reader.getLocation().getSegmentPosition());
                continue;
            }
            switch (event) {
                case START_SEGMENT -> {
                    tag = reader.getText();
                    elements.clear();
                    segments++;
                }
                case ELEMENT_DATA -> {
                    if (reader.getLocation().getComponentPosition() <= 1) {
                        elements.add(reader.getText());
                    }
                }
                case START_COMPOSITE -> elements.add("");
                case END_SEGMENT -> endSegment();
                default -> {
                }
            }
        }
    }

    private String element(int n) {
        return elements.size() >= n ? elements.get(n - 1) : "";
    }

    private void endSegment() {
        segmentsInTransaction++;
        switch (tag) {
            case "ISA" -> {
                interchanges++;
                groupsInInterchange = 0;
            }
            case "GS" -> {
                groups++;
                groupsInInterchange++;
                transactionsInGroup = 0;
            }
            case "ST" -> {
                transactions++;
                transactionsInGroup++;
                segmentsInTransaction = 1;
                expectedHl = 1;
                hlChildCodes.clear();
                hlParents.clear();
            }
            case "HL" -> checkHl();
            case "CLM" -> claims++;
            case "SE" -> {
                expect("SE01", Integer.toString(segmentsInTransaction), element(1));
                checkLastHlHasNoChild();
            }
            case "GE" -> expect("GE01", Integer.toString(transactionsInGroup), element(1));
            case "IEA" -> expect("IEA01", Integer.toString(groupsInInterchange), element(1));
            default -> {
            }
        }
    }

    private void checkHl() {
        String id = element(1);
        String parent = element(2);
        expect("HL01", Integer.toString(expectedHl), id);
        if (!parent.isEmpty()) {
            int p = Integer.parseInt(parent);
            if (p < 1 || p >= expectedHl) {
                problems.add("HL " + id + " names parent " + parent + " that does not come before it");
            }
        }
        // The previous level has a child exactly when this level names it as parent.
        if (!hlChildCodes.isEmpty()) {
            String previousChild = hlChildCodes.get(hlChildCodes.size() - 1);
            boolean isChild = parent.equals(Integer.toString(expectedHl - 1));
            expect("HL04 of HL " + (expectedHl - 1), isChild ? "1" : "0", previousChild);
        }
        hlChildCodes.add(element(4));
        hlParents.add(parent);
        expectedHl++;
    }

    private void checkLastHlHasNoChild() {
        if (!hlChildCodes.isEmpty()) {
            expect("HL04 of the last HL", "0", hlChildCodes.get(hlChildCodes.size() - 1));
        }
    }

    private void expect(String what, String expected, String actual) {
        if (!expected.equals(actual)) {
            problems.add(what + ": expected " + expected + ", found " + actual);
        }
    }
}
