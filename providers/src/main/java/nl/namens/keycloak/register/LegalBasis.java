package nl.namens.keycloak.register;

import java.time.LocalDate;

/**
 * What a legal representation or survivor mandate rests on, as the register's {@code legalBasis}
 * names it. The register may also send {@code evidenceReference} (e.g. a notary's file number): it
 * is not read, so it can never reach a token or a log.
 *
 * @param law e.g. {@code BW 1:431}
 * @param register {@code CCBR} (court kinds) or {@code BRP} (parental authority); may be null
 * @param court the court that decided (court kinds); may be null
 * @param decisionDate the date of the court's decision; may be null
 * @param decisionId the court's case or decision number; may be null
 * @param evidence survivor mandates: {@code executele} or {@code verklaring-van-erfrecht}; may be
 *     null
 */
public record LegalBasis(
    String law,
    String register,
    String court,
    LocalDate decisionDate,
    String decisionId,
    String evidence) {}
