package org.scrub837.rules.pack;

import org.scrub837.model.ClaimType;

/** Where a service-line field sits in 837P (SV1) and 837I (SV2), for messages. */
enum Elements {
    MODIFIERS("SV101-3..6", "SV202-3..6"),
    CHARGE("SV102", "SV203"),
    UNIT_BASIS("SV103", "SV204"),
    QUANTITY("SV104", "SV205");

    private final String professional;
    private final String institutional;

    Elements(String professional, String institutional) {
        this.professional = professional;
        this.institutional = institutional;
    }

    String in(ClaimType type) {
        return type == ClaimType.INSTITUTIONAL ? institutional : professional;
    }
}
