package org.scrub837.rules.pack;

import org.scrub837.model.Claim;
import org.scrub837.rules.FileScopedRule;
import org.scrub837.rules.RuleContext;

/**
 * Two claims in one file with the same patient, provider, payer, dates of service, procedure codes
 * (with modifiers and units) and charges: the second is a duplicate, and payers deny it. The first
 * stays clean; the second and later ones are reported, naming the first by its place in the file.
 * Only a 64-bit fingerprint of each claim is remembered ({@link ClaimFingerprint}), at most
 * {@code maxClaimsRemembered} per file ({@link FingerprintTable}: about 12 MB at the default cap of
 * 786,432); past the cap new claims are still compared, not remembered.
 */
public final class DuplicateClaimRule implements FileScopedRule {

    public static final String ID = "DUPLICATE-CLAIM";

    private final RuleContext context;
    private final int maxClaims;

    public DuplicateClaimRule(RuleContext context) {
        this.context = context;
        this.maxClaims = context.parameters().integer("maxClaimsRemembered", 1 << 20);
        if (maxClaims < 1 || maxClaims > (1 << 26)) {
            throw context.parameters().problem("maxClaimsRemembered", maxClaims + " is not between 1 and "
                    + (1 << 26));
        }
    }


    @Override
    public FileCheck newFileCheck() {
        FingerprintTable seen = new FingerprintTable(maxClaims);
        return (claim, sink) -> {
            if (!context.inEffect(claim) || claim.lines().isEmpty()) {
                return;
            }
            int ordinal = (int) Math.min(Integer.MAX_VALUE, claim.ordinal());
            int first = seen.firstOrRemember(ClaimFingerprint.of(claim), ordinal);
            if (first != 0) {
                sink.report(null, claim.position(), message(claim, first));
            }
        };
    }

    private static String message(Claim claim, int first) {
        return "This claim repeats claim " + first + " of the file (the same patient, billing provider, payer, "
                + "dates of service, procedure codes and charges). Remove the second copy, or, if it is a "
                + "correction of the first, send it as a replacement (CLM05-3 = 7 with the payer's claim number).";
    }
}
