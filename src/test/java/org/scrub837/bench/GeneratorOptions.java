package org.scrub837.bench;

import java.util.EnumSet;
import java.util.Set;

import org.scrub837.model.ClaimType;

/**
 * What {@link Generator837} writes. Exactly one of {@code targetBytes} and {@code targetClaims} is
 * positive: the file is either grown until it reaches a size or holds an exact number of claims.
 *
 * @param type          837P or 837I
 * @param seed          the same seed and options give the same bytes
 * @param targetBytes   stop after the first subscriber block that reaches this size (0 = use claims)
 * @param targetClaims  exact number of claims (0 = use bytes)
 * @param transactions  ST/SE transactions in the file (1 = single-transaction mode); lowered to the
 *                      claim count when there are fewer claims
 * @param groups        GS/GE groups the transactions are spread over; at most {@code transactions}
 * @param defectShare   share of claims that carry exactly one planted defect (0..1)
 * @param skinShare     share of the other claims that bill a skin substitute (Q4293 + application)
 * @param jwShare       share of clean skin-substitute claims that carry a JW discarded-amount line
 * @param defects       the defects to plant, taking turns in declaration order
 * @param lineBreaks    write a line break after each segment terminator
 */
public record GeneratorOptions(ClaimType type, long seed, long targetBytes, long targetClaims, int transactions,
        int groups, double defectShare, double skinShare, double jwShare, Set<PlantedDefect> defects,
        boolean lineBreaks) {

    public GeneratorOptions {
        if ((targetBytes > 0) == (targetClaims > 0)) {
            throw new IllegalArgumentException("give exactly one of a target size and a target claim count");
        }
        if (transactions < 1 || groups < 1) {
            throw new IllegalArgumentException("transactions and groups must be at least 1");
        }
        checkShare("defectShare", defectShare);
        checkShare("skinShare", skinShare);
        checkShare("jwShare", jwShare);
        if (defectShare > 0 && (defects == null || defects.isEmpty())) {
            throw new IllegalArgumentException("a defect share needs at least one defect to plant");
        }
        defects = defects == null || defects.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(defects));
    }

    private static void checkShare(String name, double share) {
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException(name + " must be between 0 and 1");
        }
    }

    /** Ten transactions in two groups, 10% defects, 30% skin substitutes, 20% of those with JW. */
    public static GeneratorOptions ofClaims(ClaimType type, long seed, long claims) {
        return new GeneratorOptions(type, seed, 0, claims, 10, 2, 0.10, 0.30, 0.20,
                EnumSet.allOf(PlantedDefect.class), true);
    }

    /** As {@link #ofClaims} but grown to a size in bytes. */
    public static GeneratorOptions ofBytes(ClaimType type, long seed, long bytes) {
        return new GeneratorOptions(type, seed, bytes, 0, 10, 2, 0.10, 0.30, 0.20,
                EnumSet.allOf(PlantedDefect.class), true);
    }

    public GeneratorOptions withTransactions(int transactionCount, int groupCount) {
        return new GeneratorOptions(type, seed, targetBytes, targetClaims, transactionCount, groupCount, defectShare,
                skinShare, jwShare, defects, lineBreaks);
    }

    public GeneratorOptions withShares(double defect, double skin, double jw) {
        return new GeneratorOptions(type, seed, targetBytes, targetClaims, transactions, groups, defect, skin, jw,
                defects, lineBreaks);
    }

    public GeneratorOptions withSeed(long newSeed) {
        return new GeneratorOptions(type, newSeed, targetBytes, targetClaims, transactions, groups, defectShare,
                skinShare, jwShare, defects, lineBreaks);
    }

    /** The defects in the order they take turns. */
    PlantedDefect[] defectCycle() {
        return EnumSet.copyOf(defects.isEmpty() ? EnumSet.noneOf(PlantedDefect.class) : defects)
                .toArray(new PlantedDefect[0]);
    }
}
