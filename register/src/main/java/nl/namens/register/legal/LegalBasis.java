package nl.namens.register.legal;

import java.time.LocalDate;

/**
 * What a legal representation rests on: {@code {"law": "BW 1:431", "register": "CCBR", "court":
 * "Rechtbank Utrecht", "decisionDate": "2025-03-01", "decisionId": "C/16/123456"}} (court fields absent for
 * the BRP).
 */
public record LegalBasis(
    String law, String register, String court, LocalDate decisionDate, String decisionId) {}
