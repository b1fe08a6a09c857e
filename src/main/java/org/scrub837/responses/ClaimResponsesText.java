package org.scrub837.responses;

import java.io.PrintWriter;
import java.sql.SQLException;
import java.util.List;

import org.scrub837.responses.ResponseStore.ClaimResponse;
import org.scrub837.responses.ResponseStore.Submission;
import org.scrub837.store.Database;

/** The payer's side of {@code history CLM01}: each time the claim was forwarded, and what came back. */
public final class ClaimResponsesText {

    private ClaimResponsesText() {
    }

    /** Prints the claim's submissions and the payer's answers; false when it was never forwarded. */
    public static boolean print(Database db, String claimId, PrintWriter out) throws SQLException {
        ResponseStore store = new ResponseStore(db);
        List<Submission> submissions = store.submissionsOf(claimId);
        if (submissions.isEmpty()) {
            return false;
        }
        List<ClaimResponse> answers = store.claimResponsesOf(claimId);
        for (Submission s : submissions) {
            List<ClaimResponse> mine = answers.stream().filter(a -> a.submissionId() == s.id()).toList();
            out.println(claimId + ": " + s.submittedAt() + " forwarded to payer " + s.payerId() + " in " + s.fileName()
                    + "; ISA13 " + s.interchangeControl() + " GS06 " + s.groupControl() + " ST02 "
                    + s.transactionControl() + (s.first() ? "" : "; a resubmission")
                    + (s.frequency().equals("1") ? "" : "; claim frequency " + s.frequency())
                    + "; payer's front end: " + Outcomes.frontEnd(mine).name().toLowerCase(java.util.Locale.ROOT));
            for (ClaimResponse a : mine) {
                out.println("  " + a.receivedAt() + " " + a.kind() + " (" + a.level() + ") " + a.verdict()
                        + (a.codes().isEmpty() ? "" : " " + a.codes())
                        + (a.payerClaimControl() == null ? "" : "; payer claim control number " + a.payerClaimControl())
                        + (a.paid() == null ? "" : "; paid " + a.paid().toPlainString()) + "; from " + a.fileName());
            }
        }
        out.flush();
        return true;
    }
}
