package org.scrub837.watch;

import java.io.IOException;

/**
 * What several nodes on one inbox decide together, each decision one atomic step in the shared store
 * (the PostgreSQL store's {@code InboxNode}): which node handles a content right now (so "new content
 * or duplicate" is decided once across nodes), which output base each input owns, and whether the
 * outputs of that base are complete. A claim or base of a node that stopped saying it is alive for the
 * lock's maximum age may be taken over.
 */
public interface SharedInputs extends ContentRecord {

    /** An input's recorded base, and whether all its outputs were put in place. */
    record Base(String base, boolean done) {
    }

    /**
     * Takes the content for this node; false while another live node holds it (that node is scrubbing
     * the same bytes under another name: wait, then this node finds it recorded).
     */
    boolean claimContent(String hash, String name) throws IOException;

    /** Gives the content up without recording it (a duplicate, or a failure before any outcome). */
    void releaseContent(String hash) throws IOException;

    /** The base recorded for an input ({@link OutputBases#key}), or null. */
    Base baseOf(String inputKey) throws IOException;

    /** Takes {@code base} in {@code folder} for the input, state writing; false when the name is anyone's already. */
    boolean claimBase(String folder, String base, String inputKey) throws IOException;

    /** The input's base is being written again (an interrupted run rolled back, or a rescrub). */
    void reopenBase(String inputKey) throws IOException;

    /**
     * Every output of the input's base is in place: in one transaction the base is marked done, the
     * content recorded as processed under {@code seenName} (null: not recorded, a failed input) and the
     * claim released. False when this node no longer held the claim (another node took it over).
     */
    boolean finish(String hash, String inputKey, String seenName) throws IOException;
}
