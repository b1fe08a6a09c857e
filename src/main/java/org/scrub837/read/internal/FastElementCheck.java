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
        String value = segment.element(e);
        if (value.isEmpty()) {
            return !position.required();
        }
        return valueClean(position.simple(), value);
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
            String value = c <= sent ? segment.component(e, c) : "";
            if (value.isEmpty()) {
                if (component.required()) {
                    return false;
                }
            } else if (!valueClean(component.simple(), value)) {
                return false;
            }
        }
        return true;
    }

    /** Whether element e was sent with no value in any component. */
    private static boolean absent(RawSegment segment, int e) {
        int components = segment.componentCount(e);
        for (int c = 1; c <= components; c++) {
            if (!segment.component(e, c).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    static boolean valueClean(SimpleType type, String value) {
        int length = value.length();
        if (!printable(value)) {
            return false;
        }
        switch (type.base()) {
            case NUMERIC:
                return digits(value, 0, length) && length >= type.minLength() && length <= type.maxLength();
            case DECIMAL:
                return decimal(value, type);
            case DATE:
                return length == 8 && date(value);
            case TIME:
                return length >= 4 && length <= 8 && length != 5 && time(value);
            default:
                return length >= type.minLength() && length <= type.maxLength() && !value.isBlank();
        }
    }

    /** Printable ASCII only: the basic and extended X12 character sets' common ground. */
    private static boolean printable(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                return false;
            }
        }
        return true;
    }

    private static boolean digits(String value, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
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
    private static boolean decimal(String value, SimpleType type) {
        int length = value.length();
        int point = value.indexOf('.');
        if (point < 0) {
            return digits(value, 0, length) && length >= type.minLength() && length <= type.maxLength();
        }
        if (point == 0 || point == length - 1 || value.indexOf('.', point + 1) >= 0) {
            return false;
        }
        return digits(value, 0, point) && digits(value, point + 1, length)
                && length - 1 >= type.minLength() && length <= type.maxLength();
    }

    /** CCYYMMDD, a real calendar day. */
    private static boolean date(String value) {
        if (!digits(value, 0, 8)) {
            return false;
        }
        int year = Integer.parseInt(value, 0, 4, 10);
        int month = Integer.parseInt(value, 4, 6, 10);
        int day = Integer.parseInt(value, 6, 8, 10);
        if (year < 1000 || month < 1 || month > 12 || day < 1) {
            return false;
        }
        return day <= java.time.YearMonth.of(year, month).lengthOfMonth();
    }

    /** HHMM, HHMMSS, or HHMMSS with one or two digits of decimal seconds. */
    private static boolean time(String value) {
        if (!digits(value, 0, value.length())) {
            return false;
        }
        int hours = Integer.parseInt(value, 0, 2, 10);
        int minutes = Integer.parseInt(value, 2, 4, 10);
        int seconds = value.length() == 6 ? Integer.parseInt(value, 4, 6, 10) : 0;
        return hours < 24 && minutes < 60 && seconds < 60;
    }
}
