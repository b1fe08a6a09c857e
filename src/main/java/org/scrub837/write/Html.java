package org.scrub837.write;

import java.io.IOException;
import java.io.Writer;

/** HTML text escaping for {@link HtmlReportWriter}: every value from a claim or a rule goes through here. */
final class Html {

    private Html() {
    }

    /** Escapes text for element content and quoted attribute values. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        int first = firstToEscape(text);
        if (first < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        int start = 0;
        for (int i = first; i < text.length(); i++) {
            String rep = replacement(text.charAt(i));
            if (rep != null) {
                sb.append(text, start, i).append(rep);
                start = i + 1;
            }
        }
        return sb.append(text, start, text.length()).toString();
    }

    /** Writes text escaped as {@link #escape(String)} does, in runs, without building a string. */
    static void escape(String text, Writer out) throws IOException {
        if (text == null) {
            return;
        }
        int start = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            String rep = replacement(text.charAt(i));
            if (rep != null) {
                out.write(text, start, i - start);
                out.write(rep);
                start = i + 1;
            }
        }
        out.write(text, start, text.length() - start);
    }

    private static int firstToEscape(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            if (replacement(text.charAt(i)) != null) {
                return i;
            }
        }
        return -1;
    }

    /** What a character becomes, or null when it stays as it is. */
    private static String replacement(char c) {
        if (c >= '?' && c < 0x7F) {
            // letters, digits above '>' and most punctuation: the common case, decided in one test
            return null;
        }
        return switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            case '\n', '\t' -> null;
            default -> Character.isISOControl(c) ? "&#xFFFD;" : null;
        };
    }
}
