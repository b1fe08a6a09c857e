package org.scrub837.responses;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.scrub837.responses.X12SegmentStream.Segment;

/**
 * Reads the keys of every claim of an 837 the service wrote (its clean 837): ISA06/ISA08/ISA13,
 * GS06, ST02 as written, and each claim's CLM01, CLM02, CLM05-3, dates of service (DTP*472 and
 * DTP*434, claim and lines) and payer (2010BB NM1*PR NM109).
 */
public final class SubmissionReader {

    private static final DateTimeFormatter D8 = DateTimeFormatter.BASIC_ISO_DATE;

    private SubmissionReader() {
    }

    public static List<SubmittedClaim> read(InputStream in) throws IOException, InvalidResponseException {
        State s = new State();
        X12SegmentStream.read(in, s::segment);
        s.endClaim();
        return s.claims;
    }

    private static final class State {
        final List<SubmittedClaim> claims = new ArrayList<>();
        String isa06 = "";
        String isa08 = "";
        String isa13 = "";
        String gs06 = "";
        String st02 = "";
        String payer = "";
        // the claim being read
        String claimId;
        String frequency;
        BigDecimal charge;
        LocalDate from;
        LocalDate to;

        void segment(Segment s) {
            switch (s.tag()) {
                case "ISA" -> {
                    isa06 = s.element(6).trim();
                    isa08 = s.element(8).trim();
                    isa13 = s.element(13).trim();
                }
                case "GS" -> gs06 = s.element(6);
                case "ST" -> {
                    st02 = s.element(2);
                    payer = "";
                }
                case "SE", "HL" -> endClaim();
                case "NM1" -> {
                    if ("PR".equals(s.element(1))) {
                        payer = s.element(9);
                    }
                }
                case "CLM" -> {
                    endClaim();
                    claimId = s.element(1);
                    charge = ResponseReader.amount(s.element(2));
                    frequency = s.component(5, 3);
                    from = null;
                    to = null;
                }
                case "DTP" -> {
                    if (claimId != null && ("472".equals(s.element(1)) || "434".equals(s.element(1)))) {
                        dates(s.element(2), s.element(3));
                    }
                }
                default -> {
                }
            }
        }

        void dates(String format, String value) {
            try {
                LocalDate a;
                LocalDate b;
                if ("RD8".equals(format) && value.length() == 17) {
                    a = LocalDate.parse(value.substring(0, 8), D8);
                    b = LocalDate.parse(value.substring(9), D8);
                } else if ("D8".equals(format)) {
                    a = LocalDate.parse(value, D8);
                    b = a;
                } else {
                    return;
                }
                from = from == null || a.isBefore(from) ? a : from;
                to = to == null || b.isAfter(to) ? b : to;
            } catch (DateTimeParseException e) {
                // a date the scrub let through unreadable: the claim is still recorded, without it
            }
        }

        void endClaim() {
            if (claimId == null) {
                return;
            }
            claims.add(new SubmittedClaim(isa06, isa08, isa13, gs06, st02, claims.size() + 1, claimId,
                    frequency == null || frequency.isEmpty() ? "1" : frequency, charge, from, to, payer));
            claimId = null;
        }
    }
}
