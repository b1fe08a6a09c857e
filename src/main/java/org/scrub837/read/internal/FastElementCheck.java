package org.scrub837.read.internal;

import java.util.List;

import org.scrub837.read.internal.SchemaModel.Position;
import org.scrub837.read.internal.SchemaModel.SegmentType;
import org.scrub837.read.internal.SchemaModel.SimpleType;

/**
 * The fast pass's element check: whether a segment's elements certainly pass the schema's element
 * rules (presence, repetitions, components, type, length). Like {@link FastStructureCheck} it is
 * sound, not complete: what it cannot vouch for cheaply (repetitions, undeclared trailing
 * positions, characters outside printable ASCII, signs, exponents, time formats other than HHMM[SS[D[D]]]) is left to
 * the validating pass.
 */
final class FastElementCheck {

    private FastElementCheck() {
    }

    /** @return false when the segment is not certainly valid */
    static boolean clean(SegmentType type, RawSegment segment) {
        if (type == null) {
            return false;
        }
        List<Position> positions = type.positions();
        int count = segment.elementCount();
        if (count > positions.size() || (count > 0 && absent(segment, count))) {
            return false; // undeclared positions, or a separator with nothing after it
        }
        for (int e = 1; e <= positions.size(); e++) {
            Position position = positions.get(e - 1);
            if (e > count) {
                if (position.required()) {
                    return false;
                }
                continue;
            }
            if (segment.repetitionCount(e) > 1) {
                return false;
            }
            if (!(position.composite() ? compositeClean(position, segment, e) : simpleClean(position, segment, e))) {
                return false;
            }
        }
        return true;
    }

    private static boolean simpleClean(Position position, RawSegment segment, int e) {
        if (segment.componentCount(e) > 1) {
            return false;
        }
        int i = segment.valueIndex(e, 1);
        if (i < 0 || segment.valueStart(i) == segment.valueEnd(i)) {
            return !position.required();
        }
        return valueClean(position.simple(), segment.characters(), segment.valueStart(i), segment.valueEnd(i));
    }

    private static boolean compositeClean(Position position, RawSegment segment, int e) {
        List<Position> components = position.components();
        int sent = segment.componentCount(e);
        if (sent > components.size()) {
            return false;
        }
        if (absent(segment, e)) {
            return !position.required();
        }
        for (int c = 1; c <= components.size(); c++) {
            Position component = components.get(c - 1);
            int i = c <= sent ? segment.valueIndex(e, c) : -1;
            if (i < 0 || segment.valueStart(i) == segment.valueEnd(i)) {
                if (component.required()) {
                    return false;
                }
            } else if (!valueClean(component.simple(), segment.characters(), segment.valueStart(i),
                    segment.valueEnd(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether element e was sent with no value in any component. */
    private static boolean absent(RawSegment segment, int e) {
        int components = segment.componentCount(e);
        for (int c = 1; c <= components; c++) {
            int i = segment.valueIndex(e, c);
            if (i >= 0 && segment.valueStart(i) != segment.valueEnd(i)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a value (not empty) certainly passes its simple type; read in place, no String made. */
    static boolean valueClean(SimpleType type, char[] value, int from, int to) {
        int length = to - from;
        if (!printable(value, from, to)) {
            return false;
        }
        switch (type.base()) {
            case NUMERIC:
                return digits(value, from, to) && length >= type.minLength() && length <= type.maxLength();
            case DECIMAL:
                return decimal(value, from, to, type);
            case DATE:
                return length == 8 && date(value, from);
            case TIME:
                return length >= 4 && length <= 8 && length != 5 && time(value, from, to);
            default:
                return length >= type.minLength() && length <= type.maxLength() && !blank(value, from, to);
        }
    }

    /** Printable ASCII only: the basic and extended X12 character sets' common ground. */
    private static boolean printable(char[] value, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = value[i];
            if (c < 0x20 || c > 0x7E) {
                return false;
            }
        }
        return true;
    }

    /** Spaces only (in printable ASCII the only whitespace is the space: String.isBlank's answer). */
    private static boolean blank(char[] value, int from, int to) {
        for (int i = from; i < to; i++) {
            if (value[i] != ' ') {
                return false;
            }
        }
        return true;
    }

    private static boolean digits(char[] value, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = value[i];
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Digits with at most one inner decimal point, no sign. Bounds are checked both ways the length
     * could be counted (with and without the point), so the answer holds whichever StAEDI uses.
     */
    private static boolean decimal(char[] value, int from, int to, SimpleType type) {
        int length = to - from;
        int point = -1;
        for (int i = from; i < to; i++) {
            if (value[i] == '.') {
                if (point >= 0) {
                    return false;
                }
                point = i;
            }
        }
        if (point < 0) {
            return digits(value, from, to) && length >= type.minLength() && length <= type.maxLength();
        }
        if (point == from || point == to - 1) {
            return false;
        }
        return digits(value, from, point) && digits(value, point + 1, to)
                && length - 1 >= type.minLength() && length <= type.maxLength();
    }

    /** CCYYMMDD, a real calendar day. */
    private static boolean date(char[] value, int from) {
        if (!digits(value, from, from + 8)) {
            return false;
        }
        int year = number(value, from, from + 4);
        int month = number(value, from + 4, from + 6);
        int day = number(value, from + 6, from + 8);
        if (year < 1000 || month < 1 || month > 12 || day < 1) {
            return false;
        }
        return day <= java.time.Month.of(month).length(java.time.Year.isLeap(year));
    }

    /** HHMM, HHMMSS, or HHMMSS with one or two digits of decimal seconds. */
    private static boolean time(char[] value, int from, int to) {
        if (!digits(value, from, to)) {
            return false;
        }
        int hours = number(value, from, from + 2);
        int minutes = number(value, from + 2, from + 4);
        int seconds = to - from == 6 ? number(value, from + 4, from + 6) : 0;
        return hours < 24 && minutes < 60 && seconds < 60;
    }

    /** The decimal number of digits already checked to be ASCII digits. */
    private static int number(char[] value, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (value[i] - '0');
        }
        return n;
    }
}
