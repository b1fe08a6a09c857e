package org.scrub837.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.scrub837.model.ClaimType;

/**
 * Decides the content of each generated claim: routine office or outpatient services, or a skin
 * substitute (Q4293, billed per square centimetre in UN) with the application codes a wound of
 * that size calls for, and at most one planted defect. Charges are made-up billed amounts, not fee
 * schedule figures. Dates of service are in October 2025.
 */
final class ClaimPlanner {

    /** Made-up billed charge per square centimetre of Q4293. */
    private static final long Q4293_CENTS_PER_UNIT = 9_500;

    private record Service(String revenueCode, String code, long chargeCents) {
    }

    private static final Service[] ROUTINE_PROFESSIONAL = {
        new Service("", "99213", 12_500), new Service("", "99214", 18_500), new Service("", "36415", 1_500),
        new Service("", "85025", 2_800), new Service("", "80053", 4_200), new Service("", "93000", 6_500),
        new Service("", "81002", 1_200),
    };
    private static final Service[] ROUTINE_INSTITUTIONAL = {
        new Service("0510", "G0463", 21_000), new Service("0300", "85025", 4_500),
        new Service("0301", "80053", 6_000), new Service("0730", "93005", 9_500),
        new Service("0320", "71046", 25_000), new Service("0300", "36415", 2_500),
    };
    private static final String[][] ROUTINE_DIAGNOSES = {
        {"I10", "E785"}, {"E119", "I10"}, {"J069", "I10"}, {"M25561", "I10"},
    };

    /** Application code family: base and add-on for small wounds, base and add-on for large ones. */
    private record Site(String[] diagnoses, String smallBase, String smallAddOn, String largeBase,
            String largeAddOn) {
    }

    /** Legs (trunk, arms, legs family) and feet (face, hands, feet family). */
    private static final Site LEG = new Site(new String[] {"I872", "L97219"}, "15271", "15272", "15273", "15274");
    private static final Site FOOT = new Site(new String[] {"E11621", "L97519"}, "15275", "15276", "15277", "15278");

    private final ClaimType type;
    private final SplittableRandom random;
    private int unitsVariant;

    ClaimPlanner(ClaimType type, SplittableRandom random) {
        this.type = type;
        this.random = random;
    }

    PlannedClaim routine(PlantedDefect defect) {
        Service[] services = type == ClaimType.PROFESSIONAL ? ROUTINE_PROFESSIONAL : ROUTINE_INSTITUTIONAL;
        String[] diagnoses = ROUTINE_DIAGNOSES[random.nextInt(ROUTINE_DIAGNOSES.length)];
        int count = 1 + random.nextInt(4);
        int first = random.nextInt(services.length);
        List<PlannedLine> lines = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Service s = services[(first + i) % services.length];
            lines.add(new PlannedLine(s.revenueCode(), s.code(), null, s.chargeCents(), "UN", "1",
                    i == 0 ? "1:2" : "1"));
        }
        return finish(List.of(diagnoses), lines, defect);
    }

    PlannedClaim skinSubstitute(boolean withDiscard, PlantedDefect defect) {
        boolean addOnCase = defect == PlantedDefect.ADDON_BASE;
        Site site = addOnCase || random.nextBoolean() ? LEG : FOOT;
        int area = addOnCase ? 26 + random.nextInt(74) : woundArea();
        List<PlannedLine> lines = new ArrayList<>(4);
        if (defect == PlantedDefect.Q4293_PAIRING) {
            lines.add(visit());
        } else if (area < 100) {
            if (!addOnCase) {
                lines.add(application(site.smallBase(), 45_000, 1));
            }
            if (area > 25) {
                lines.add(application(site.smallAddOn(), 12_000, (area - 25 + 24) / 25));
            }
        } else {
            lines.add(application(site.largeBase(), 90_000, 1));
            if (area > 100) {
                lines.add(application(site.largeAddOn(), 30_000, (area - 100 + 99) / 100));
            }
        }
        lines.add(product(area, defect));
        if (withDiscard && defect == null) {
            int discarded = 1 + random.nextInt(3);
            lines.add(new PlannedLine("0636", "Q4293", "JW", discarded * Q4293_CENTS_PER_UNIT, "UN",
                    Integer.toString(discarded), "1:2"));
        }
        return finish(List.of(site.diagnoses()), lines, defect);
    }

    private PlannedClaim finish(List<String> diagnoses, List<PlannedLine> lines, PlantedDefect defect) {
        long total = PlannedClaim.sum(lines);
        if (defect == PlantedDefect.CLAIM_BALANCE) {
            total += 1_000 * (1 + random.nextInt(9));
        }
        String date = "202510" + twoDigits(1 + random.nextInt(28));
        return new PlannedClaim(diagnoses, date, lines, total, defect);
    }

    /** Most wounds are small; a few need the large-wound codes. */
    private int woundArea() {
        int pick = random.nextInt(100);
        if (pick < 70) {
            return 4 + random.nextInt(22);
        }
        return pick < 90 ? 26 + random.nextInt(74) : 100 + random.nextInt(81);
    }

    private PlannedLine application(String code, long centsPerUnit, int units) {
        return new PlannedLine("0761", code, null, centsPerUnit * units, "UN", Integer.toString(units), "1:2");
    }

    private PlannedLine visit() {
        return type == ClaimType.PROFESSIONAL
                ? new PlannedLine("", "99213", null, 12_500, "UN", "1", "1:2")
                : new PlannedLine("0510", "G0463", null, 21_000, "UN", "1", "1:2");
    }

    private PlannedLine product(int area, PlantedDefect defect) {
        String basis = "UN";
        String quantity = Integer.toString(area);
        if (defect == PlantedDefect.Q4293_UNIT_BASIS) {
            basis = type == ClaimType.PROFESSIONAL ? "MJ" : "DA";
        } else if (defect == PlantedDefect.Q4293_UNITS) {
            switch (unitsVariant++ % 3) {
                case 0 -> quantity = "0";
                case 1 -> quantity = area + ".5";
                default -> quantity = "";
            }
        }
        return new PlannedLine("0636", "Q4293", null, area * Q4293_CENTS_PER_UNIT, basis, quantity, "1:2");
    }

    static String twoDigits(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}
