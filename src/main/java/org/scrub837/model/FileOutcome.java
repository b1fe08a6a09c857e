package org.scrub837.model;

import java.util.List;

/**
 * How one input file ended.
 *
 * @param fileBase        the input's file name less its last extension
 * @param fileName        the input's file name
 * @param status          accepted, partial, rejected or failed
 * @param ruleSetVersion  version of the rule set applied
 * @param claims          claims read (for a failed file: read before it failed)
 * @param accepted        claims accepted (0 for a failed file)
 * @param rejected        claims rejected (0 for a failed file)
 * @param fileFindings    findings about the file as a whole: why it failed, envelope errors
 */
public record FileOutcome(String fileBase, String fileName, FileStatus status, String ruleSetVersion, long claims,
        long accepted, long rejected, List<Finding> fileFindings) {
}
