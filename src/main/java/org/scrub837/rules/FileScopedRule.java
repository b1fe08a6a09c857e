package org.scrub837.rules;

import org.scrub837.model.Claim;

/**
 * A rule that judges a claim against the claims before it in the same file (e.g. duplicates). The
 * rule itself stays immutable and shared; what it remembers lives in a {@link FileCheck} made for
 * each file, which sees the file's claims one at a time in file order (see {@link FileSession}).
 */
public interface FileScopedRule extends ClaimRule {

    /** A fresh memory for one file. */
    FileCheck newFileCheck();

    /** Judges claims of one file in file order; used by one thread at a time. */
    interface FileCheck {
        void check(Claim claim, FindingSink sink);
    }

    /** A file-scoped rule cannot judge a claim on its own: the engine runs it through a file session. */
    @Override
    default void check(Claim claim, FindingSink sink) {
        throw new IllegalStateException(getClass().getSimpleName() + " judges claims within a file: use RuleSet.newFileSession()");
    }
}
