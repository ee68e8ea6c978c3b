package nl.namens.register.legal;

import java.time.LocalDate;

/**
 * What a legal representation rests on: {@code {"law": "BW 1:431", "register": "CCBR", "court":
 * "Rechtbank Utrecht", "decisionDate": "2025-03-01", "decisionId": "C/16/123456"}} (court fields absent for
 * the BRP); for a survivor mandate {@code {"law": "BW 4:144", "evidence": "executele", "evidenceReference":
 * "..."}}.
 */
public record LegalBasis(
    String law,
    String register,
    String court,
    LocalDate decisionDate,
    String decisionId,
    String evidence,
    String evidenceReference) {

  static LegalBasis registered(
      String law, String register, String court, LocalDate decisionDate, String decisionId) {
    return new LegalBasis(law, register, court, decisionDate, decisionId, null, null);
  }

  static LegalBasis evidenced(String law, String evidence, String evidenceReference) {
    return new LegalBasis(law, null, null, null, null, evidence, evidenceReference);
  }
}
