package org.scrub837.rules.pack;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.scrub837.model.Claim;
import org.scrub837.model.DateRange;
import org.scrub837.model.ServiceLine;
import org.scrub837.rules.CodeList;

/** Small helpers for the dates lines are judged on, and for naming lines and dates in messages. */
final class LineLabel {

    private LineLabel() {
    }

    /** "line 2" (LX01), or "the line at segment 31" when LX01 is missing. */
    static String of(ServiceLine line) {
        return line.lineNumber() != null ? "line " + line.lineNumber() : "the line at segment " + line.lxPosition();
    }

    /**
     * The day a line is compared on: the from-date of its date of service (a range is judged by the
     * day it starts), or null when the claim carries no date at all.
     */
    static LocalDate day(Claim claim, ServiceLine line) {
        DateRange dos = claim.dateOfService(line);
        return dos == null ? null : dos.from();
    }

    /**
     * The days (from-dates) on which the claim bills a code of {@code list} in effect that day, e.g.
     * the days of a skin-substitute application, which several rules pair other lines with.
     */
    static Set<LocalDate> daysBilling(Claim claim, CodeList list) {
        Set<LocalDate> days = new HashSet<>();
        for (ServiceLine line : claim.lines()) {
            LocalDate day = day(claim, line);
            if (list.contains(line.procedureCode(), day, claim.claimType())) {
                days.add(day);
            }
        }
        return days;
    }

    static String day(LocalDate day) {
        return day == null ? "an unknown date of service" : day.toString();
    }
}
