package org.scrub837.read.internal;

import org.scrub837.model.SyntaxIssue;
import org.scrub837.model.SyntaxIssue.Scope;

/**
 * A StAEDI validation error waiting for its segment to end, when it is known which claim, level or
 * envelope it belongs to and where its transaction starts.
 */
record PendingIssue(Scope scope, String code, String segmentTag, long filePosition, String loopId,
        Integer elementPosition, Integer componentPosition, String elementReference, String description,
        boolean missingSegment) {

    SyntaxIssue toIssue(int transactionPosition) {
        return new SyntaxIssue(scope, code, segmentTag, transactionPosition, loopId, elementPosition,
                componentPosition, elementReference, description);
    }
}
