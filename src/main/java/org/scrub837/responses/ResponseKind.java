package org.scrub837.responses;

/** The responses a payer (or its clearinghouse) sends back for an 837. */
public enum ResponseKind {
    /** Interchange acknowledgment: the ISA/IEA envelope accepted or rejected. */
    TA1("TA1"),
    /** 005010X231A1 implementation acknowledgment: groups (AK1/AK9) and transactions (AK2/IK5). */
    ACK_999("999"),
    /** 005010X214 claim acknowledgment: each claim accepted into adjudication or rejected (STC). */
    CLAIM_ACK_277CA("277CA"),
    /** 005010X221A1 payment and remittance advice: each claim paid, denied or reversed (CLP). */
    REMITTANCE_835("835");

    private final String label;

    ResponseKind(String label) {
        this.label = label;
    }

    /** The name people and metrics use: TA1, 999, 277CA, 835. */
    public String label() {
        return label;
    }

    public static ResponseKind ofLabel(String label) {
        for (ResponseKind k : values()) {
            if (k.label.equals(label)) {
                return k;
            }
        }
        throw new IllegalArgumentException("no response kind " + label);
    }
}
