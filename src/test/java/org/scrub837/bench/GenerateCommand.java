package org.scrub837.bench;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Writes one generated 837 and its expected outcomes, e.g. to feed the watch folder by hand:
 * {@code mvn -o -q -Pbench test-compile exec:exec -Dbench.main=org.scrub837.bench.GenerateCommand
 * -Dbench.args="--claims 5000 --type I out.837"}.
 */
@Command(name = "generate-837", mixinStandardHelpOptions = true,
        description = "Write a generated 837P/837I (made-up data) and <file>.expected.tsv beside it.")
public final class GenerateCommand implements Callable<Integer> {

    @Parameters(index = "0", description = "The file to write.")
    Path file;

    @Option(names = "--size", description = "Target size (e.g. 100MB); default when --claims is not given: 1MB.")
    String size;

    @Option(names = "--claims", description = "Exact claim count.")
    Long claims;

    @Option(names = "--type", defaultValue = "P", description = "P (837P) or I (837I).")
    String type;

    @Option(names = "--transactions", defaultValue = "10")
    int transactions;

    @Option(names = "--groups", defaultValue = "2")
    int groups;

    @Option(names = "--seed", defaultValue = "1")
    long seed;

    @Option(names = "--defect-share", defaultValue = "0.10", description = "Share of claims with one planted defect.")
    double defectShare;

    @Option(names = "--skin-share", defaultValue = "0.30", description = "Share of the others billing Q4293.")
    double skinShare;

    @Option(names = "--jw-share", defaultValue = "0.20", description = "Share of clean Q4293 claims with a JW line.")
    double jwShare;

    public static void main(String[] args) {
        System.exit(new CommandLine(new GenerateCommand()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        GeneratorOptions options = (claims != null
                ? GeneratorOptions.ofClaims(Benchmark.parseType(type), seed, claims)
                : GeneratorOptions.ofBytes(Benchmark.parseType(type), seed, ByteSize.parse(size == null ? "1MB" : size)))
                .withTransactions(transactions, groups).withShares(defectShare, skinShare, jwShare);
        Generator837.Summary s = Generator837.generate(options, file);
        System.out.printf(Locale.ROOT, "%s: %.1f MB, %d claims (%d with a defect), %d groups, %d transactions; "
                + "expected outcomes in %s%n", s.file(), s.bytes() / 1e6, s.claims(), s.defectiveClaims(), s.groups(),
                s.transactions(), s.expected());
        return 0;
    }
}
