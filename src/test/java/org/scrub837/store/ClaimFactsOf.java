package org.scrub837.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.scrub837.model.Claim;
import org.scrub837.model.ClaimResult;
import org.scrub837.read.ClaimReaders;

/** The facts of a sample file's first claim, as read (no rules). */
final class ClaimFactsOf {

    private ClaimFactsOf() {
    }

    static ClaimFacts first(Path file) throws IOException, org.scrub837.read.InvalidEdiException {
        Claim[] first = new Claim[1];
        try (InputStream in = Files.newInputStream(file)) {
            ClaimReaders.create().read(in, file.getFileName().toString(), claim -> {
                if (first[0] == null) {
                    first[0] = claim;
                }
            });
        }
        return ClaimFacts.of(new ClaimResult(first[0], List.of(), "default"),
                new PatientKeys(TestDatabase.PATIENT_KEY_SECRET));
    }
}
