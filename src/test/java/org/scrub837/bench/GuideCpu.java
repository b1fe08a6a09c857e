package org.scrub837.bench;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.scrub837.guide.GuideCodeSets;
import org.scrub837.guide.GuideValidator;
import org.scrub837.model.Claim;
import org.scrub837.read.ClaimHandler;
import org.scrub837.read.ClaimReaders;

/**
 * The implementation-guide validation's own CPU, apart from reading and the rules: reads a file's
 * claims into memory once, then runs {@link GuideValidator#findings(Claim)} over all of them, round
 * after round, and prints the thread's CPU time per round and per claim. The whole scrub's CPU on a
 * shared machine moves by more than the guide's share; this isolates it (same file, same JVM).
 * Uses only the public API, so it also runs against an older jar:
 *
 * <pre>
 * java -Xmx1g -cp target/test-classes:target/scrub837.jar org.scrub837.bench.GuideCpu FILE config/guide 8
 * java -Xmx1g -cp target/test-classes:OLD.jar org.scrub837.bench.GuideCpu FILE config/guide 8
 * </pre>
 *
 * Keep the file small enough for the heap (10 MB: about 32,000 claims in 1 GB). The claims are not
 * in the processor's cache as they are right after parsing in the scrub, so the figures include
 * memory stalls the pipeline mostly does not pay: compare them with each other, not with the scrub.
 */
public final class GuideCpu {

    private GuideCpu() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: GuideCpu FILE GUIDE_CONFIG_DIR ROUNDS");
            System.exit(64);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Claim> claims = new ArrayList<>();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(Path.of(args[0])), 1 << 16)) {
            ClaimReaders.create().read(in, Path.of(args[0]).getFileName().toString(), new ClaimHandler() {
                @Override
                public void claim(Claim claim) {
                    claims.add(claim);
                }
            });
        }
        int rounds = Integer.parseInt(args[2]);
        for (int round = 1; round <= rounds; round++) {
            // a new validator per round: nothing remembered from the round before
            GuideValidator validator = new GuideValidator(GuideCodeSets.load(Path.of(args[1])));
            long start = threads.getCurrentThreadCpuTime();
            long findings = 0;
            for (Claim claim : claims) {
                findings += validator.findings(claim).size();
            }
            long cpu = threads.getCurrentThreadCpuTime() - start;
            System.out.printf(Locale.ROOT, "round %d: %d claims, guide CPU %.3f s, %.2f us per claim, %d findings%n",
                    round, claims.size(), cpu / 1e9, cpu / 1e3 / claims.size(), findings);
        }
    }
}
