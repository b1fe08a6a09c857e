package org.scrub837.model;

/**
 * The destination payer of a claim, from the subscriber loop.
 *
 * @param responsibility     SBR01 payer responsibility sequence (P, S, T ...)
 * @param filingIndicator    SBR09 claim filing indicator (MB Medicare Part B, MA Part A, CI commercial, BL BCBS ...)
 * @param name               2010BB NM1*PR NM103
 * @param id                 2010BB NM1*PR NM109 payer identifier
 */
public record Payer(String responsibility, String filingIndicator, String name, String id) {

    public static final Payer UNKNOWN = new Payer("", "", "", "");
}
