package org.scrub837.guide;

/** Shape checks on element values, written as character loops (no regular expressions on the hot path). */
final class GuideValues {

    private GuideValues() {
    }

    static boolean digits(String s, int min, int max) {
        if (s.length() < min || s.length() > max) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the number {@code a} is above the number {@code b}, both digit strings of up to 18
     * digits, compared as {@code Long.parseLong} would read them but without parsing: leading zeros
     * skipped, then the longer is the larger, else the first different digit decides.
     */
    static boolean numericallyAbove(String a, String b) {
        int i = 0;
        while (i < a.length() - 1 && a.charAt(i) == '0') {
            i++;
        }
        int j = 0;
        while (j < b.length() - 1 && b.charAt(j) == '0') {
            j++;
        }
        int n = a.length() - i;
        int m = b.length() - j;
        if (n != m) {
            return n > m;
        }
        for (int k = 0; k < n; k++) {
            char x = a.charAt(i + k);
            char y = b.charAt(j + k);
            if (x != y) {
                return x > y;
            }
        }
        return false;
    }

    /** Upper-case letters and digits only. */
    static boolean upperAlnum(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    /**
     * NPI: ten digits whose last is the Luhn check digit of "80840" followed by the first nine
     * (the 80840 prefix adds a constant 24 to the Luhn sum).
     */
    static boolean npi(String s) {
        if (!digits(s, 10, 10)) {
            return false;
        }
        int sum = 24;
        for (int i = 8; i >= 0; i--) {
            int d = s.charAt(i) - '0';
            if ((8 - i) % 2 == 0) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        int check = (10 - sum % 10) % 10;
        return check == s.charAt(9) - '0';
    }

    /** ICD-10-CM as sent in an 837: no period, a letter first, then a digit, 3 to 7 upper-case letters/digits. */
    static boolean icd10cmShape(String s) {
        if (s.length() < 3 || s.length() > 7 || !upperAlnum(s)) {
            return false;
        }
        char first = s.charAt(0);
        char second = s.charAt(1);
        return first >= 'A' && first <= 'Z' && second >= '0' && second <= '9';
    }

    /** Provider taxonomy code: ten characters, upper-case letters and digits, the last one X. */
    static boolean taxonomy(String s) {
        return s.length() == 10 && upperAlnum(s) && s.charAt(9) == 'X';
    }

    /** A CCYYMMDD that is a real calendar date, as an int (e.g. 20251015), or -1. */
    static int date(String s) {
        if (!digits(s, 8, 8)) {
            return -1;
        }
        return date(Integer.parseInt(s, 0, 4, 10), Integer.parseInt(s, 4, 6, 10), Integer.parseInt(s, 6, 8, 10));
    }

    /** Year, month and day as CCYYMMDD when they make a real calendar date (from 1800), else -1. */
    static int date(int y, int m, int d) {
        if (y < 1800 || m < 1 || m > 12 || d < 1 || d > daysIn(y, m)) {
            return -1;
        }
        return y * 10000 + m * 100 + d;
    }

    private static int daysIn(int y, int m) {
        return switch (m) {
            case 2 -> (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** Whether an amount as sent is negative. */
    static boolean negative(String s) {
        return !s.isEmpty() && s.charAt(0) == '-';
    }

    static String yyyymmdd(int date) {
        return Integer.toString(date);
    }
}
