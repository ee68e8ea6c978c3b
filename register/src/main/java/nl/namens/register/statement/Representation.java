package nl.namens.register.statement;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.namens.identifiers.RepresentationKind;
import nl.namens.register.legal.LegalBasis;
import nl.namens.register.legal.LegalKind;
import nl.namens.register.legal.LegalRepresentation;
import nl.namens.register.mandate.Mandate;
import nl.namens.register.party.PartyView;
import nl.namens.register.service.Service;
import nl.namens.register.service.ServiceRef;
import nl.namens.register.validation.DateRule;

/**
 * One principal the actor may represent: the mandate, the principal, all services of the mandate, its
 * period and {@code requiredLoa}, the minimum level of assurance of the requested service. For a chain mandate
 * ({@code kind} {@code chain}) {@code intermediary} is the company that holds the mandate (the actor's
 * employer), so the broker can nest {@code represents}: End-User, intermediary, principal.
 *
 * <p>{@code representationType} is the representation type (docs/representation-types.md): for a legal
 * representation {@link LegalRepresentation#representationTypeAt} (ST-SAML's own value for parental authority
 * over a young child at a care service), else the kind's project URN. A legal
 * representation has {@code kind} {@code parental-authority}, {@code curatele}, {@code bewind} or
 * {@code mentorschap}, its {@code source} ({@code brp}, {@code court}) and {@code legalBasis}; its {@code
 * mandateId} is the legal representation's id and {@code services} is the requested service only (the scope
 * is the service's category). A survivor mandate ({@code kind} {@code survivor}, source {@code helpdesk})
 * lists the services it names. {@code principal.birthYear} is there when the register knows the birth date.
 */
public record Representation(
    UUID mandateId,
    String kind,
    PartyView principal,
    String relation,
    List<ServiceRef> services,
    LocalDate validFrom,
    LocalDate validUntil,
    String requiredLoa,
    PartyView intermediary,
    String representationType,
    String source,
    LegalBasis legalBasis) {

  static Representation of(Mandate mandate, Service requested) {
    return new Representation(
        mandate.id(),
        mandate.kind().code(),
        PartyView.withBirthYear(mandate.principal()),
        mandate.kind().relation(),
        mandate.services().stream().filter(s -> !s.retired()).map(ServiceRef::of).toList(),
        mandate.validFrom(),
        mandate.validUntil(),
        requested.minimumLoa().code(),
        mandate.kind() == RepresentationKind.CHAIN ? PartyView.of(mandate.representative()) : null,
        mandate.kind().representationType(),
        null,
        null);
  }

  static Representation of(
      LegalRepresentation legal, LocalDate validUntil, Service requested, LocalDate today) {
    List<ServiceRef> services =
        legal.kind() == LegalKind.SURVIVOR
            ? legal.survivorServices().stream().filter(s -> !s.retired()).map(ServiceRef::of).toList()
            : List.of(ServiceRef.of(requested));
    return new Representation(
        legal.id(),
        legal.kind().code(),
        PartyView.withBirthYear(legal.represented()),
        legal.kind().relation(),
        services,
        legal.validFrom(),
        validUntil,
        requested.minimumLoa().code(),
        null,
        legal.representationTypeAt(requested.category(), today),
        legal.source().code(),
        legal.basis());
  }

  /**
   * This representation with every date it carries inside the register's range ({@link DateRule}), for
   * records stored before the range was enforced at the entrances: {@code validFrom} before 1900-01-01
   * becomes 1900-01-01 and {@code validUntil} after 9999-12-31 becomes 9999-12-31 (the same days are in
   * force: "today" is never outside the range), a birth year after this year or before 1900 and a decision
   * date after today or before 1900 are left out (they only describe). This very object when nothing was
   * out of range.
   */
  Representation withinRange(LocalDate today) {
    LocalDate from = clamp(validFrom);
    LocalDate until = clamp(validUntil);
    PartyView who = principal;
    Integer year = principal.birthYear();
    if (year != null && (year < DateRule.EARLIEST.getYear() || year > today.getYear())) {
      who = new PartyView(principal.type(), principal.id(), principal.displayName(), null);
    }
    LegalBasis basis = legalBasis;
    if (basis != null && DateRule.DECISION.check(basis.decisionDate(), today).isPresent()) {
      basis =
          new LegalBasis(
              basis.law(),
              basis.register(),
              basis.court(),
              null,
              basis.decisionId(),
              basis.evidence(),
              basis.evidenceReference());
    }
    if (from == validFrom && until == validUntil && who == principal && basis == legalBasis) {
      return this;
    }
    return new Representation(
        mandateId,
        kind,
        who,
        relation,
        services,
        from,
        until,
        requiredLoa,
        intermediary,
        representationType,
        source,
        basis);
  }

  private static LocalDate clamp(LocalDate date) {
    if (date == null || DateRule.inRange(date)) {
      return date;
    }
    return date.isBefore(DateRule.EARLIEST) ? DateRule.EARLIEST : DateRule.LATEST;
  }
}
