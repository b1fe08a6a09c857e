package org.scrub837.bench;

import java.util.List;

/**
 * One claim the generator is about to write, with what the scrub must say about it.
 *
 * @param diagnoses   ICD-10-CM codes without the dot, principal first
 * @param date        date of service of every line, CCYYMMDD
 * @param lines       service lines in order
 * @param totalCents  CLM02
 * @param defect      the planted defect, or null for a clean claim
 */
record PlannedClaim(List<String> diagnoses, String date, List<PlannedLine> lines, long totalCents,
        PlantedDefect defect) {

    static long sum(List<PlannedLine> lines) {
        long sum = 0;
        for (PlannedLine line : lines) {
            sum += line.chargeCents();
        }
        return sum;
    }
}
