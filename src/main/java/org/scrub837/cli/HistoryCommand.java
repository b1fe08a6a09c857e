package org.scrub837.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.scrub837.scrub.ScrubSettings;
import org.scrub837.store.ClaimHistory;
import org.scrub837.store.ClaimStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Answers "was claim X sent, when, with what outcome" from the claim history in the PostgreSQL
 * store: one line per time the service scrubbed the claim id (CLM01), oldest first.
 */
@Command(name = "history", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Show when a claim (CLM01) was scrubbed by the service and with what outcome"
                + " (needs scrub.jdbc.url). Exit 0 when recorded, 1 when never recorded, 64 without a database.")
final class HistoryCommand implements Callable<Integer> {

    @Parameters(paramLabel = "CLAIM_ID", description = "The claim's patient control number (CLM01).")
    String claimId;

    @Mixin
    ConfigFolderOption config;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100",
            description = "At most this many entries, oldest first (default: ${DEFAULT-VALUE}).")
    int limit = 100;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Optional<ClaimStore> store = ClaimStore.openForLookUp(ScrubSettings.load(config.folder));
        if (store.isEmpty()) {
            spec.commandLine().getErr().println("scrub837 history: no database configured (set scrub.jdbc.url in "
                    + config.folder.resolve(ScrubSettings.FILE_NAME) + "; see docs/deploy.md)");
            return ExitCodes.USAGE;
        }
        List<ClaimHistory.Entry> entries = store.get().history().byClaimId(claimId, Math.max(1, limit));
        if (entries.isEmpty()) {
            out.println(claimId + ": never scrubbed by the service");
            out.flush();
            return ExitCodes.CLAIMS_REJECTED;
        }
        for (ClaimHistory.Entry e : entries) {
            out.println(line(e));
        }
        // the payer's side beside our verdicts: each time it was forwarded and what came back (docs/outcomes.md)
        org.scrub837.responses.ClaimResponsesText.print(store.get().database(), claimId, out);
        out.flush();
        return ExitCodes.ACCEPTED;
    }

    static String line(ClaimHistory.Entry e) {
        String outcome = e.accepted()
                ? "accepted, sent in " + e.fileName() + ".clean.837"
                : "rejected (" + String.join(", ", e.rejectingRules()) + "), in " + e.fileName() + ".rejected.837";
        String dates = e.serviceFrom() == null ? "no date of service"
                : e.serviceFrom().equals(e.serviceTo()) ? "service " + e.serviceFrom()
                : "service " + e.serviceFrom() + ".." + e.serviceTo();
        return e.claimId() + ": " + e.recordedAt() + " " + outcome + "; ISA13 " + e.interchangeControl()
                + " ST02 " + e.transactionControl() + "; " + dates + "; " + e.lineCount() + " line(s)"
                + (e.totalCharge() == null ? "" : "; charge " + e.totalCharge().toPlainString())
                + "; billing provider " + e.billingProvider();
    }
}
