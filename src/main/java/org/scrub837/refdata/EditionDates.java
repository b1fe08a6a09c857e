package org.scrub837.refdata;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first date of service of an edition, read from the publisher's file name when it says:
 * {@code HCPC2026_APR_ANWEB...} (the quarter's month), {@code icd10cm_order_2026} (fiscal year 2026
 * starts 2025-10-01), {@code 2026q2}, or a date written {@code mm-dd-yyyy}, {@code yyyy-mm-dd} or
 * {@code yyyymmdd}. Otherwise the user gives {@code --effective-from}: a guess would be worse.
 */
final class EditionDates {

    private static final Pattern HCPCS = Pattern.compile("hcpc(20\\d\\d)[_-](jan|apr|jul|oct)");
    private static final Pattern ICD = Pattern.compile("icd10cm[_-]order[_-](20\\d\\d)");
    private static final Pattern QUARTER = Pattern.compile("(20\\d\\d)[_-]?q([1-4])");
    private static final Pattern MDY = Pattern.compile("(?<!\\d)(\\d\\d)[-_](\\d\\d)[-_](20\\d\\d)(?!\\d)");
    private static final Pattern YMD = Pattern.compile("(?<!\\d)(20\\d\\d)-?(\\d\\d)-?(\\d\\d)(?!\\d)");

    private EditionDates() {
    }

    static LocalDate fromName(ReferenceKind kind, String fileName) throws IOException {
        String name = fileName.toLowerCase(Locale.ROOT);
        try {
            Matcher m = HCPCS.matcher(name);
            if (kind.family() == ReferenceKind.Family.HCPCS && m.find()) {
                int month = switch (m.group(2)) {
                    case "jan" -> 1;
                    case "apr" -> 4;
                    case "jul" -> 7;
                    default -> 10;
                };
                return LocalDate.of(Integer.parseInt(m.group(1)), month, 1);
            }
            m = ICD.matcher(name);
            if (kind.family() == ReferenceKind.Family.ICD10CM && m.find()) {
                return LocalDate.of(Integer.parseInt(m.group(1)) - 1, 10, 1);
            }
            m = QUARTER.matcher(name);
            if (m.find()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), (Integer.parseInt(m.group(2)) - 1) * 3 + 1, 1);
            }
            m = MDY.matcher(name);
            if (m.find()) {
                return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1)),
                        Integer.parseInt(m.group(2)));
            }
            m = YMD.matcher(name);
            if (m.find()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            }
        } catch (DateTimeException e) {
            // a number that only looked like a date: ask for it
        }
        throw new IOException(fileName + ": the name does not say the first date of service of this " + kind.id()
                + " edition; give it with --effective-from yyyy-mm-dd");
    }
}
