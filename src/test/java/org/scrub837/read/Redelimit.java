package org.scrub837.read;

/**
 * Rewrites a sample written with {@code * : ^ ~} and a line break after each terminator into other
 * delimiters. The samples use these characters only as delimiters, so a character swap is exact.
 */
final class Redelimit {

    private Redelimit() {
    }

    static String of(String sample, char element, char component, char repetition, char terminator, String suffix) {
        StringBuilder sb = new StringBuilder(sample.length());
        for (String segment : sample.split("~\r?\n?")) {
            if (segment.isBlank()) {
                continue;
            }
            sb.append(segment.strip().replace('*', element).replace(':', component).replace('^', repetition))
                    .append(terminator).append(suffix);
        }
        return sb.toString();
    }
}
