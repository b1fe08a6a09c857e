package org.scrub837.write;

import java.util.Objects;

/**
 * Where the watch folder puts an input once its outputs are written: its name in the archive
 * (processed) or in the failed folder (failed), both chosen before the scrub so that the report
 * can name the one that applies. Lets an operator match a report with its original when several
 * inputs had the same name.
 */
public record ArchivedOriginal(String archivedName, String failedName) {

    public ArchivedOriginal {
        Objects.requireNonNull(archivedName, "archivedName");
        Objects.requireNonNull(failedName, "failedName");
    }
}
