package org.scrub837.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.scrub837.model.Claim;

/** One reader instance serves concurrent reads: each read gets the same claims as when read alone. */
class ConcurrentReadsTest {

    @Test
    void concurrentReadsGiveTheSameClaimsAsSequentialOnes() throws Exception {
        ClaimReader reader = ClaimReaders.create();
        List<Path> samples = EdiTestFiles.samples();
        List<List<String>> sequential = new ArrayList<>();
        for (Path sample : samples) {
            sequential.add(claimsOf(reader, Files.readAllBytes(sample)));
        }

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                for (Path sample : samples) {
                    byte[] bytes = Files.readAllBytes(sample);
                    futures.add(pool.submit((Callable<List<String>>) () -> claimsOf(reader, bytes)));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertEquals(sequential.get(i % samples.size()), futures.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Claim id, type, charge and line count of every claim: enough to tell reads apart. */
    private static List<String> claimsOf(ClaimReader reader, byte[] bytes) throws Exception {
        List<String> claims = new ArrayList<>();
        reader.read(new ByteArrayInputStream(bytes), "concurrent.edi", (Claim c) -> claims.add(c.claimId() + " "
                + c.claimType() + " " + c.totalCharge() + " " + c.lines().size() + " " + c.syntaxIssues().size()));
        return claims;
    }
}
