package org.scrub837.rules.pack;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.scrub837.model.Claim;
import org.scrub837.model.ServiceLine;
import org.scrub837.rules.ClaimRule;
import org.scrub837.rules.CodeList;
import org.scrub837.rules.FindingSink;
import org.scrub837.rules.RuleContext;

/**
 * Medicare, 2023-07-01 to 2025-12-31: the discarded-drug policy asked for JW or JZ on
 * single-dose products, but the MACs told skin-substitute billers different things. The expected
 * practice is taken from the payer id ({@code payerExpectations}), else from the A/B MAC
 * jurisdiction of the billing provider's state (2010AA N402, {@code jurisdictionByState} then
 * {@code expectationByJurisdiction}), else {@code defaultExpectation}:
 * <ul>
 * <li>{@code jwOrJz} (Novitas/FCSO: as for drugs): an administered line needs JZ unless a JW line
 * reports discarded units for the same product and date;</li>
 * <li>{@code jwOnly} (NGS: JZ causes rejection on skin substitutes): JZ is flagged;</li>
 * <li>{@code neither} (use neither): JW and JZ are flagged;</li>
 * <li>{@code unverified}: the MAC's stance is not verified, so nothing is advised (never "add JZ").</li>
 * </ul>
 * The JW/JZ policy covers separately payable drugs and biologicals only (CMS JW/JZ FAQ): on an 837I
 * nothing is advised unless the type of bill is one where the product was separately payable
 * ({@code institutionalSeparatelyPayableBillTypes}: critical access hospitals, 85x); on OPPS bills
 * (13x ...) skin substitutes were packaged before 2026.
 */
public final class Q4293JwJzExpectedRule implements ClaimRule {

    public static final String ID = "Q4293-JWJZ-EXPECTED";

    private static final Set<String> EXPECTATIONS = Set.of("jwOrJz", "jwOnly", "neither", "unverified");

    private final RuleContext context;
    private final CodeList products;
    private final Wastage wastage;
    private final String defaultExpectation;
    private final Map<String, String> byPayerId;
    private final Map<String, String> jurisdictionByState;
    private final Map<String, String> byJurisdiction;
    private final Set<String> separatelyPayableBillTypes;

    public Q4293JwJzExpectedRule(RuleContext context) {
        this.context = context;
        this.products = context.parameters().codeList("products");
        this.wastage = Wastage.from(context.parameters());
        this.defaultExpectation = expectation(context, "defaultExpectation",
                context.parameters().text("defaultExpectation"));
        this.byPayerId = context.parameters().textMap("payerExpectations", Map.of());
        byPayerId.forEach((payer, value) -> expectation(context, "payerExpectations." + payer, value));
        this.jurisdictionByState = context.parameters().has("jurisdictionByState")
                ? context.parameters().codeMap("jurisdictionByState") : Map.of();
        this.byJurisdiction = context.parameters().has("expectationByJurisdiction")
                ? context.parameters().codeMap("expectationByJurisdiction") : Map.of();
        byJurisdiction.forEach((mac, value) -> expectation(context, "expectationByJurisdiction." + mac, value));
        this.separatelyPayableBillTypes = Set.copyOf(context.parameters().texts("institutionalSeparatelyPayableBillTypes"));
    }

    /**
     * Whether the product is separately payable on the claim, so that JW/JZ apply at all: every
     * 837P (physician office, incident-to), and an 837I only for the bill types configured (CAH
     * 85x): on OPPS bills before 2026 skin substitutes were packaged (status indicator N).
     */
    private boolean separatelyPayable(Claim claim) {
        if (claim.claimType() != org.scrub837.model.ClaimType.INSTITUTIONAL) {
            return true;
        }
        String facility = claim.facilityCode();
        return facility != null && facility.length() >= 2 && separatelyPayableBillTypes.contains(facility.substring(0, 2));
    }

    /** By payer id, else by the billing provider's MAC jurisdiction, else the default. */
    String expectationFor(Claim claim, String payerId) {
        String byPayer = byPayerId.get(payerId);
        if (byPayer != null) {
            return byPayer;
        }
        String state = SegmentFields.billingProviderState(claim);
        String jurisdiction = state == null ? null : jurisdictionByState.get(state.trim());
        String byMac = jurisdiction == null ? null : byJurisdiction.get(jurisdiction);
        return byMac != null ? byMac : defaultExpectation;
    }

    private static String expectation(RuleContext context, String key, String value) {
        if (!EXPECTATIONS.contains(value)) {
            throw context.parameters().problem(key, "'" + value + "' is not one of jwOrJz, jwOnly, neither");
        }
        return value;
    }

    @Override
    public void check(Claim claim, FindingSink sink) {
        String payerId = claim.payer() == null || claim.payer().id() == null ? "" : claim.payer().id().trim();
        String expectation = expectationFor(claim, payerId);
        if (expectation.equals("unverified") || !separatelyPayable(claim)) {
            return;
        }
        Set<String> discarded = wastage.discardKeys(claim, products);
        for (ServiceLine line : claim.lines()) {
            LocalDate day = LineLabel.day(claim, line);
            if (!context.inEffect(claim, line) || !products.contains(line.procedureCode(), day, claim.claimType())) {
                continue;
            }
            String jw = wastage.discarded();
            String jz = wastage.noneDiscarded();
            String code = line.procedureCode();
            String message = switch (expectation) {
                case "jwOrJz" -> !line.hasModifier(jw) && !line.hasModifier(jz)
                        && !discarded.contains(code + "@" + day)
                        ? code + " on " + LineLabel.of(line) + " (" + LineLabel.day(day) + ") carries neither " + jw
                                + " nor " + jz + ". For Medicare dates of service 2023-07-01 to 2025-12-31 add " + jz
                                + " when nothing was discarded, or bill the discarded units on a separate line "
                                + "with " + jw + " (check your MAC's skin-substitute instructions)."
                        : null;
                case "jwOnly" -> line.hasModifier(jz)
                        ? code + " on " + LineLabel.of(line) + " carries " + jz + ", which this MAC rejects on skin "
                                + "substitutes. Remove " + jz + "; report any discarded units on a separate line "
                                + "with " + jw + "."
                        : null;
                default -> line.hasModifier(jw) || line.hasModifier(jz)
                        ? code + " on " + LineLabel.of(line) + " carries " + (line.hasModifier(jw) ? jw : jz)
                                + ", but this MAC asks for neither " + jw + " nor " + jz + " on skin substitutes. "
                                + "Remove the modifier and bill the units as instructed by the MAC."
                        : null;
            };
            if (message != null) {
                sink.report(line.lineNumber(), line.servicePosition(), message);
            }
        }
    }
}
