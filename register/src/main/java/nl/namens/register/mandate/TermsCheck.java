package nl.namens.register.mandate;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.namens.identifiers.RepresentationKind;
import nl.namens.identifiers.SubjectType;
import nl.namens.register.party.PartyReference;
import nl.namens.register.party.PartyReferenceValidator;
import nl.namens.register.legal.CapacityAnswer;
import nl.namens.register.legal.LegalRepresentations;
import nl.namens.register.problem.ProblemCode;
import nl.namens.register.problem.ProblemException;
import nl.namens.register.service.Catalogue;
import nl.namens.register.service.Service;
import nl.namens.register.validation.DateRule;

/**
 * The one place where a mandate's terms are checked, for every channel: valid parties, not oneself, kind,
 * 1-50 offered services, the register's date rule, the period's order. Parties online or at the helpdesk
 * also start today or later and stay within {@code namens.lifecycle.max-duration}; an administrator may
 * register a past period. The first broken rule is the refusal; nothing is stored.
 */
@ApplicationScoped
class TermsCheck {

  static final int MAX_SERVICES = 50;

  /** Which party of the terms the actor is: the violations call it {@code actor}. */
  enum Side {
    PRINCIPAL,
    REPRESENTATIVE,
    /** An administrator, who is neither. */
    NEITHER
  }

  /** Terms that passed: the kind, the catalogue's services (no repeats), the period, the employee policy. */
  record Checked(
      RepresentationKind kind,
      List<Service> services,
      LocalDate from,
      LocalDate until,
      EmployeePolicy employees) {}

  private final Catalogue catalogue;
  private final LifecycleConfig config;
  private final Clock clock;
  private final LegalRepresentations legal;

  TermsCheck(
      Catalogue catalogue, LifecycleConfig config, Clock clock, LegalRepresentations legal) {
    this.catalogue = catalogue;
    this.config = config;
    this.clock = clock;
    this.legal = legal;
  }

  Checked check(Actor actor, Side side, MandateTerms terms) {
    String principalField = side == Side.PRINCIPAL ? "actor" : "principal";
    String representativeField = side == Side.REPRESENTATIVE ? "actor" : "representative";
    String counterpartField = side == Side.REPRESENTATIVE ? principalField : representativeField;
    if (side == Side.REPRESENTATIVE) {
      party(representativeField, terms.representative());
      party(principalField, terms.principal());
    } else {
      party(principalField, terms.principal());
      party(representativeField, terms.representative());
    }
    RepresentationKind kind =
        terms.kind() == null
            ? RepresentationKind.VOLUNTARY
            : RepresentationKind.fromCode(terms.kind()).orElse(null);
    if (kind == null || kind.isLegal()) {
      throw ProblemException.invalid(ProblemCode.KIND_INVALID, "kind");
    }
    if (terms.principal().sameParty(terms.representative())) {
      throw ProblemException.invalid(ProblemCode.SELF_MANDATE, counterpartField);
    }
    if (kind == RepresentationKind.CHAIN
        && !SubjectType.KVK.name().equals(terms.representative().type())) {
      throw ProblemException.invalid(
          ProblemCode.CHAIN_NEEDS_COMPANY,
          side == Side.REPRESENTATIVE ? "kind" : "representative.type");
    }
    if (terms.services() == null || terms.services().isEmpty()) {
      throw ProblemException.invalid(ProblemCode.SERVICES_MISSING, "services");
    }
    if (terms.services().size() > MAX_SERVICES) {
      throw ProblemException.invalid(
          ProblemCode.SERVICES_TOO_MANY,
          "services",
          ProblemException.parameter("max", MAX_SERVICES));
    }
    LocalDate from = terms.validFrom();
    LocalDate until = terms.validUntil();
    if (from == null) {
      throw ProblemException.invalid(ProblemCode.REQUIRED, "validFrom");
    }
    if (until == null) {
      throw ProblemException.invalid(ProblemCode.REQUIRED, "validUntil");
    }
    LocalDate today = LocalDate.now(clock);
    date("validFrom", from, today);
    date("validUntil", until, today);
    if (until.isBefore(from)) {
      throw ProblemException.invalid(ProblemCode.PERIOD_REVERSED, "validUntil");
    }
    List<Service> services = catalogue.requireOffered(terms.services());
    if (actor.channel() != Channel.ADMIN) {
      if (from.isBefore(today)) {
        throw ProblemException.invalid(ProblemCode.START_IN_PAST, "validFrom");
      }
      if (until.isAfter(from.plus(config.maxDuration()))) {
        throw ProblemException.invalid(
            ProblemCode.PERIOD_TOO_LONG,
            "validUntil",
            ProblemException.parameter("maxDuration", config.maxDuration().toString()));
      }
    }
    if (side == Side.PRINCIPAL && actor.channel() != Channel.ADMIN) {
      requirePrincipalMayGive(terms.principal(), services);
    }
    EmployeePolicy employees = terms.employees() == null ? null : terms.employees().checked();
    return new Checked(kind, services, from, until, employees);
  }

  /**
   * A person under curatele (every service), beschermingsbewind (financial) or mentorschap (care) cannot give
   * or approve a voluntary mandate for a service their legal representative acts for: they may not act for
   * themselves there, so not through someone else either ({@code principal-under-representation}, 403).
   * Checked on the principal's own acts only (registering, approving), never when someone else names them: that
   * would tell anyone who is under curatele.
   */
  void requirePrincipalMayGive(PartyReference principal, List<Service> services) {
    LocalDate today = LocalDate.now(clock);
    for (Service service : services) {
      CapacityAnswer capacity = legal.capacity(principal, service, today);
      if (!capacity.mayActForSelf()) {
        throw ProblemException.of(
            ProblemCode.PRINCIPAL_UNDER_REPRESENTATION,
            ProblemException.parameter("reason", capacity.reason()));
      }
    }
  }

  /** A party reference as Bean Validation checks it on JSON bodies (the portal's forms reach here without). */
  private static void party(String field, PartyReference party) {
    if (party == null) {
      throw ProblemException.invalid(ProblemCode.REQUIRED, field);
    }
    if (party.type() == null || party.subjectType().isEmpty()) {
      throw ProblemException.invalid(ProblemCode.PARTY_TYPE_INVALID, field + ".type");
    }
    SubjectType type = party.subjectType().get();
    if (party.id() == null || !type.isValid(party.id())) {
      throw ProblemException.invalid(PartyReferenceValidator.invalidId(type), field + ".id");
    }
  }

  /** The register's date rule for days of a validity period. */
  private static void date(String field, LocalDate date, LocalDate today) {
    DateRule.VALIDITY
        .check(date, today)
        .ifPresent(
            code -> {
              throw ProblemException.invalid(code, field);
            });
  }
}
