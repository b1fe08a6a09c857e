package org.scrub837.rules.pack;

import java.time.LocalDate;
import java.util.List;

import org.scrub837.model.Claim;
import org.scrub837.model.ClaimType;
import org.scrub837.model.ServiceLine;
import org.scrub837.rules.ClaimRule;
import org.scrub837.rules.CodeList;
import org.scrub837.rules.FindingSink;
import org.scrub837.rules.RuleContext;

/**
 * From 2026 the physician fee schedule pays non-BLA skin substitutes to the professional as
 * incident-to supplies in non-facility settings; in a facility (hospital outpatient, inpatient,
 * emergency room, SNF) the professional bills the application only and the facility bills the
 * product. A product on an 837P line whose place of service (SV105, else CLM05-1) is a configured
 * facility code earns a warning.
 */
public final class Q4293FacilityPosRule implements ClaimRule {

    public static final String ID = "Q4293-FACILITY-POS";

    private final RuleContext context;
    private final CodeList products;
    private final List<String> facilityPlaces;
    private final LocalDate incidentToSupplyFrom;

    public Q4293FacilityPosRule(RuleContext context) {
        this.context = context;
        this.products = context.parameters().codeList("products");
        this.facilityPlaces = context.parameters().texts("facilityPlacesOfService");
        String from = context.parameters().text("incidentToSupplyFrom");
        try {
            this.incidentToSupplyFrom = LocalDate.parse(from);
        } catch (java.time.format.DateTimeParseException e) {
            throw context.parameters().problem("incidentToSupplyFrom", "'" + from + "' is not a date (yyyy-mm-dd)");
        }
    }

    @Override
    public void check(Claim claim, FindingSink sink) {
        if (claim.claimType() != ClaimType.PROFESSIONAL) {
            return;
        }
        for (ServiceLine line : claim.lines()) {
            if (!context.inEffect(claim, line)
                    || !products.contains(line.procedureCode(), LineLabel.day(claim, line), claim.claimType())) {
                continue;
            }
            boolean onLine = line.placeOfService() != null && !line.placeOfService().isBlank();
            String pos = onLine ? line.placeOfService().trim() : claim.facilityCode();
            if (pos == null || !facilityPlaces.contains(pos)) {
                continue;
            }
            LocalDate day = LineLabel.day(claim, line);
            String why = day != null && !day.isBefore(incidentToSupplyFrom)
                    ? "From " + incidentToSupplyFrom + " skin substitutes are incident-to supplies paid with the "
                            + "application in non-facility settings; in a facility setting the professional bills "
                            + "only the application and the facility bills the product."
                    : "Before " + incidentToSupplyFrom + " the facility furnished and reported the product too "
                            + "(hospital outpatient: packaged into the application on the hospital's bill); the "
                            + "professional bills only the application in a facility setting.";
            sink.report(line.lineNumber(), line.servicePosition(), line.procedureCode() + " on " + LineLabel.of(line)
                    + " (" + LineLabel.day(day) + ") is billed by the professional in facility place of service "
                    + pos + " (" + (onLine ? "SV105" : "CLM05-1") + "). " + why + " Remove the product line, or "
                    + "correct the place of service.");
        }
    }
}
