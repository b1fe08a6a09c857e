package org.scrub837.store;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.scrub837.model.Claim;
import org.scrub837.model.ClaimResult;
import org.scrub837.model.Finding;
import org.scrub837.model.Severity;
import org.scrub837.scrub.ClaimCheck;

/**
 * The cross-file duplicate-claim edit ({@value #RULE_ID}): after the configured rules, a claim is
 * looked up in the claim history; when a claim with the same patient, billing provider, dates of
 * service, procedures, units and charges was accepted (so forwarded) within the window, by another
 * submission, it is reported. It needs the database, so it is not in rules.yaml: it runs only when
 * {@code scrub.jdbc.url} and {@code scrub.history.duplicateWindowDays} are both set.
 */
public final class DuplicateClaimCheck implements ClaimCheck {

    public static final String RULE_ID = "CLAIM-DUPLICATE-HISTORY";
    /** CLM05-3 claim frequency codes that repeat an earlier claim on purpose. */
    private static final String REPLACEMENT = "7";
    private static final String VOID = "8";
    static final String AUTHORITY = "scrub837 claim history (scrub.history.duplicateWindowDays)";
    /** 277CA STC01: rejected for invalid information, duplicate of a previously processed claim/line. */
    static final String CLAIM_STATUS = "A7:54";

    private final ClaimHistory history;
    private final PatientKeys keys;
    private final Duration window;
    private final Severity severity;

    public DuplicateClaimCheck(ClaimHistory history, PatientKeys keys, Duration window, Severity severity) {
        this.keys = keys;
        this.history = history;
        this.window = window;
        this.severity = severity;
    }

    @Override
    public ClaimResult check(ClaimResult result) {
        Claim claim = result.claim();
        if (REPLACEMENT.equals(claim.frequencyCode()) || VOID.equals(claim.frequencyCode())) {
            return result; // a replacement or a void repeats the original on purpose
        }
        Optional<ClaimHistory.Entry> earlier;
        try {
            earlier = history.earlierAccepted(ClaimFacts.of(result, keys), window);
        } catch (SQLException e) {
            // the SQL state only: a driver message may quote a value of the claim
            throw new IllegalStateException("claim history unavailable for the duplicate-claim edit (SQL state "
                    + e.getSQLState() + ")", e);
        }
        if (earlier.isEmpty()) {
            return result;
        }
        ClaimHistory.Entry e = earlier.get();
        List<Finding> findings = new ArrayList<>(result.findings());
        findings.add(new Finding(RULE_ID, severity, null, claim.position(),
                "same patient, billing provider, dates of service, procedures, units and charges as claim '"
                        + e.claimId() + "' accepted on " + e.recordedAt() + " in '" + e.fileName()
                        + "' (ISA13 " + e.interchangeControl() + ", ST02 " + e.transactionControl()
                        + "): do not send a claim twice; to correct a claim the payer already has, send a"
                        + " replacement (CLM05-3 = 7) or a void (CLM05-3 = 8) instead",
                AUTHORITY, CLAIM_STATUS));
        return new ClaimResult(result.claim(), List.copyOf(findings), result.payerProfile());
    }
}
