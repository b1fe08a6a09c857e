package org.scrub837.scrub;

import org.scrub837.model.Claim;
import org.scrub837.model.ClaimResult;

/** Judges one claim: what the engine needs of a rule set. */
public interface ClaimEvaluator {

    /** Version of the rules applied, stamped into every report. */
    String version();

    /** Must be safe to call from several threads at once. */
    ClaimResult evaluate(Claim claim);

    /**
     * A fresh review of one file's results, in file order, after {@link #evaluate}: the rules that
     * compare a claim with the rest of its file or transaction. The default reviews nothing.
     */
    default FileReview newFileReview() {
        return FileReview.NONE;
    }
}
