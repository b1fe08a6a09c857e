package org.scrub837.read.internal;

import java.util.ArrayList;
import java.util.List;

import org.scrub837.model.DateRange;
import org.scrub837.model.ServiceLine;

/** One 2400 service line being read: LX, its SV1 or SV2 and its DTP*472. */
final class LineState {

    private final String lineNumberText;
    private final int lxPosition;
    private RawSegment service;
    private int servicePosition;
    private DateRange serviceDate;
    private int serviceDatePosition;

    LineState(RawSegment lx, int lxPosition) {
        this.lineNumberText = lx.element(1);
        this.lxPosition = lxPosition;
    }

    void service(RawSegment sv, int position) {
        if (service == null) {
            service = sv;
            servicePosition = position;
        }
    }

    void date(RawSegment dtp, int position) {
        if (serviceDate == null && "472".equals(dtp.element(1))) {
            serviceDate = Values.dateRange(dtp.element(2), dtp.element(3));
            serviceDatePosition = serviceDate == null ? 0 : position;
        }
    }

    ServiceLine build() {
        Integer lineNumber = Values.integer(lineNumberText);
        if (service == null) {
            return new ServiceLine(lineNumber, lxPosition, lxPosition, null, null, null, List.of(), null, null,
                    null, null, null, null, List.of(), serviceDate, serviceDatePosition);
        }
        boolean professional = "SV1".equals(service.tag());
        // SV1: 01 procedure, 02 charge, 03 unit basis, 04 quantity, 05 place of service, 07 pointers.
        // SV2: 01 revenue code, 02 procedure, 03 charge, 04 unit basis, 05 quantity.
        int procedure = professional ? 1 : 2;
        int first = professional ? 2 : 3;
        String chargeText = Values.orNull(service.element(first));
        String quantityText = Values.orNull(service.element(first + 2));
        return new ServiceLine(lineNumber, lxPosition, servicePosition,
                professional ? null : Values.orNull(service.element(1)),
                Values.orNull(service.component(procedure, 1)),
                Values.orNull(service.component(procedure, 2)),
                nonEmptyComponents(service, procedure, 3, 6),
                chargeText, Values.decimal(chargeText),
                Values.orNull(service.element(first + 1)),
                quantityText, Values.decimal(quantityText),
                professional ? Values.orNull(service.element(5)) : null,
                professional ? nonEmptyComponents(service, 7, 1, 4) : List.of(),
                serviceDate, serviceDatePosition);
    }

    private static List<String> nonEmptyComponents(RawSegment segment, int element, int from, int to) {
        List<String> values = new ArrayList<>(2);
        for (int c = from; c <= to; c++) {
            String value = segment.component(element, c);
            if (!value.isEmpty()) {
                values.add(value);
            }
        }
        return List.copyOf(values);
    }
}
