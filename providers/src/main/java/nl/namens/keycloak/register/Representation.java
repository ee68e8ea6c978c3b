package nl.namens.keycloak.register;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.namens.identifiers.RepresentationKind;
import nl.namens.identifiers.LevelOfAssurance;

/**
 * One principal the actor may represent, as the register's BVD API describes it: a voluntary or
 * chain mandate, a legal representation or a survivor mandate.
 *
 * @param mandateId the mandate's UUID (for legal kinds: the legal representation's or survivor
 *     mandate's id)
 * @param kind e.g. {@code voluntary}, {@code bewind} (see {@link RepresentationKind})
 * @param principal the represented party
 * @param principalDisplayName the principal's display name (may be empty)
 * @param relation e.g. {@code machtiging}, {@code beschermingsbewind}
 * @param services the services the mandate covers (legal kinds: the requested service only)
 * @param validFrom first day the mandate is valid (may be null)
 * @param validUntil last day the mandate is valid (may be null)
 * @param requiredLoa the service's minimum LoA code as the register sent it (may be null)
 * @param intermediary for a chain mandate ({@code kind} {@value #KIND_CHAIN}): the company the
 *     End-User works for, which holds the mandate of the principal (may be null)
 * @param intermediaryDisplayName its display name (may be null)
 * @param representationType the register's {@code urn:nl-eid-gdi:1.1:RepresentationType} (may be
 *     null: then {@link #effectiveRepresentationType()} falls back by kind)
 * @param source legal kinds: {@code brp}, {@code court}, {@code helpdesk} (may be null)
 * @param legalBasis legal kinds: the law and decision the representation rests on (may be null)
 * @param principalBirthYear the principal's year of birth when the register knows it (may be null;
 *     shown on the acting-for page, never put in a token)
 */
public record Representation(
    String mandateId,
    String kind,
    Party principal,
    String principalDisplayName,
    String relation,
    List<ServiceRef> services,
    LocalDate validFrom,
    LocalDate validUntil,
    String requiredLoa,
    Party intermediary,
    String intermediaryDisplayName,
    String representationType,
    String source,
    LegalBasis legalBasis,
    Integer principalBirthYear) {

  /** {@code kind} of a voluntary mandate. */
  public static final String KIND_VOLUNTARY = "voluntary";

  /** {@code kind} of a chain mandate: principal -> intermediary -> the intermediary's employee. */
  public static final String KIND_CHAIN = "chain";

  public Representation {
    services = services == null ? List.of() : List.copyOf(services);
  }

  /**
   * The intermediary of a chain mandate: present only when {@code kind} is {@value #KIND_CHAIN} and
   * the register named an intermediary.
   */
  public Optional<Party> chainIntermediary() {
    return KIND_CHAIN.equals(kind) ? Optional.ofNullable(intermediary) : Optional.empty();
  }

  /** The kind, if this version knows the code. */
  public Optional<RepresentationKind> knownKind() {
    return RepresentationKind.fromCode(kind);
  }

  /** True for legal representation and survivor mandates (see {@link RepresentationKind}). */
  public boolean isLegal() {
    return knownKind().map(RepresentationKind::isLegal).orElse(false);
  }

  /**
   * The {@code urn:nl-eid-gdi:1.1:RepresentationType}: the register's value, else the one of the
   * kind; empty for an unknown kind without a value.
   */
  public Optional<String> effectiveRepresentationType() {
    if (representationType != null && !representationType.isBlank()) {
      return Optional.of(representationType);
    }
    return knownKind().map(RepresentationKind::representationType);
  }

  /**
   * The parsed minimum LoA: empty optional when the register named none; {@code null} inside an
   * Optional is never returned. An unknown code is reported by {@link #hasUnknownRequiredLoa()}.
   */
  public Optional<LevelOfAssurance> requiredLevel() {
    return LevelOfAssurance.fromCode(requiredLoa);
  }

  /** True when the register named a minimum LoA this code does not know (treat as unreachable). */
  public boolean hasUnknownRequiredLoa() {
    return requiredLoa != null && !requiredLoa.isBlank() && requiredLevel().isEmpty();
  }

  /** The service ids, in register order. */
  public List<String> serviceIds() {
    return services.stream().map(ServiceRef::id).toList();
  }

  /** Without the display name, birth year or legal basis: log lines carry no personal data. */
  @Override
  public String toString() {
    return "Representation[mandateId="
        + mandateId
        + ", kind="
        + kind
        + ", principal="
        + principal
        + (intermediary == null ? "" : ", intermediary=" + intermediary)
        + ", services="
        + serviceIds()
        + ", validUntil="
        + validUntil
        + ", requiredLoa="
        + requiredLoa
        + ", representationType="
        + representationType
        + ", source="
        + source
        + "]";
  }
}
