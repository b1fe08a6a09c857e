package org.scrub837.api;

import java.util.Locale;

import org.scrub837.scrub.ReportFormat;
import org.scrub837.scrub.ScrubEngine;

/**
 * What {@code POST /api/v1/scrub} answers with: chosen by the {@code format} query parameter, else
 * by the Accept header, else the JSON report.
 */
enum ResponseFormat {
    JSON("json", "application/json", ReportFormat.JSON.suffix()),
    ACK999("999", "application/vnd.scrub837.999", ReportFormat.ACK999.suffix()),
    ACK277CA("277ca", "application/vnd.scrub837.277ca", ReportFormat.ACK277CA.suffix()),
    CLEAN("clean", "application/vnd.scrub837.clean-837", ScrubEngine.CLEAN_SUFFIX),
    REJECTED("rejected", "application/vnd.scrub837.rejected-837", ScrubEngine.REJECTED_SUFFIX);

    /** Content type of the X12 answers. */
    static final String X12 = "application/EDI-X12";

    final String parameter;
    final String acceptType;
    final String suffix;

    ResponseFormat(String parameter, String acceptType, String suffix) {
        this.parameter = parameter;
        this.acceptType = acceptType;
        this.suffix = suffix;
    }

    String contentType() {
        return this == JSON ? "application/json" : X12;
    }

    /** The format asked for, or null when the request names one we do not have. */
    static ResponseFormat choose(String parameter, String accept) {
        if (parameter != null && !parameter.isBlank()) {
            for (ResponseFormat f : values()) {
                if (f.parameter.equalsIgnoreCase(parameter.trim())) {
                    return f;
                }
            }
            return null;
        }
        if (accept == null || accept.isBlank()) {
            return JSON;
        }
        for (String part : accept.split(",")) {
            String type = part.split(";")[0].trim().toLowerCase(Locale.ROOT);
            if (type.equals("*/*") || type.equals("application/*") || type.equals("application/json")) {
                return JSON;
            }
            for (ResponseFormat f : values()) {
                if (f.acceptType.equals(type)) {
                    return f;
                }
            }
        }
        return null;
    }
}
