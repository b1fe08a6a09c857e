package org.scrub837.write;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain advice for a file that could not be scrubbed, for the biller who has to do something
 * about it: what the file's problem is in everyday words and what to do next ("re-export the file
 * from your billing system; it ends in the middle of segment 27"). Built from the reader's failure
 * message (which names the file, the segment and what was expected, never claim data), so the
 * technical message stays beside the advice for whoever supports the biller.
 */
public final class FailureAdvice {

    private record Case(Pattern pattern, String advice) {
    }

    private static final String REEXPORT = "Re-export the file from your billing system and send it again";

    /** First match wins; {@code $1} in the advice is the pattern's first group. */
    private static final List<Case> CASES = List.of(
            new Case(Pattern.compile("the file ends inside segment (\\d+)"),
                    REEXPORT + "; this copy ends in the middle of segment $1 (it was cut short, perhaps by an"
                            + " interrupted export or transfer)."),
            new Case(Pattern.compile("the file ends after segment (\\d+)"),
                    REEXPORT + "; this copy stops after segment $1, before the closing segments an 837 must"
                            + " end with (it was cut short, perhaps by an interrupted export or transfer)."),
            new Case(Pattern.compile("empty file"),
                    "The file is empty. " + REEXPORT + "."),
            new Case(Pattern.compile("not an 837 \\(ST01 is (\\w+)\\)"),
                    "This is an X12 $1 file, not an 837 claim file. Send the 837 claims export instead."),
            new Case(Pattern.compile("only 5010 is supported"),
                    "This file is in the old 4010 format. Export the claims in the 5010 format (837P"
                            + " 005010X222A1 or 837I 005010X223A2) and send them again."),
            new Case(Pattern.compile("not an X12 interchange|does not start with ISA|not a readable X12"),
                    "This is not an X12 837 file (it does not start the way one must). Check that the file"
                            + " sent is the 837 claims export, not a report, spreadsheet, PDF or archive."),
            new Case(Pattern.compile("not UTF-8 text"),
                    "The file contains characters that are not plain text. " + REEXPORT
                            + "; if it happens again, ask your billing system's support about the export's"
                            + " character set."),
            new Case(Pattern.compile("exceeds the maximum .*\\((scrub\\.limits\\.\\w+)\\)"),
                    "The file is over a size limit of this scrubber ($1). Split the export into smaller"
                            + " files, or ask the administrator to raise the limit in config/limits.properties."),
            new Case(Pattern.compile("cannot be read"),
                    "The file could not be read from disk. Check that it is complete and readable, then"
                            + " copy it into the folder again."),
            new Case(Pattern.compile("ISA|delimiter|separator|terminator"),
                    "The file's interchange header (ISA) is malformed. " + REEXPORT
                            + "; if it happens again, send this report to your clearinghouse or EDI support."));

    private static final String OTHERWISE = "The file is not a valid 837. " + REEXPORT
            + "; if it fails the same way again, send this report to your clearinghouse or EDI support.";

    private FailureAdvice() {
    }

    /** The advice for a failure message (the {@code X12-FILE} finding's message). */
    public static String of(String failureMessage) {
        String text = failureMessage == null ? "" : failureMessage;
        for (Case c : CASES) {
            Matcher m = c.pattern().matcher(text);
            if (m.find()) {
                return m.groupCount() > 0 ? c.advice().replace("$1", m.group(1)) : c.advice();
            }
        }
        return OTHERWISE;
    }
}
