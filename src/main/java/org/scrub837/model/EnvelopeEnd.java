package org.scrub837.model;

import java.util.List;

/**
 * What the trailer of an envelope (SE, GE or IEA) said against what was found.
 *
 * @param trailerPresent          false when the file ended before the trailer
 * @param declaredCount           SE01 / GE01 / IEA01 as sent
 * @param actualCount             segments in the transaction (ST..SE), transactions in the group, groups in the interchange
 * @param trailerControlNumber    SE02 / GE02 / IEA02 as sent
 * @param issues                  every syntax issue of this envelope, including those inside claims
 */
public record EnvelopeEnd(boolean trailerPresent, String declaredCount, int actualCount, String trailerControlNumber,
        List<SyntaxIssue> issues) {
}
