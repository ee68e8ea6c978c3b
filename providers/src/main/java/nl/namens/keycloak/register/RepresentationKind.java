package nl.namens.keycloak.register;

import java.util.Optional;

/**
 * The kinds of representation the register answers (contract "Kinds",
 * docs/representation-types.md): the {@code kind} code, its {@code relation}, the {@code
 * urn:nl-eid-gdi:1.1:RepresentationType} used when the register sends none, and for the kinds that
 * rest on law or on evidence rather than on a mandate the principal gave ("legal" kinds), their
 * {@code source}.
 */
public enum RepresentationKind {
  VOLUNTARY("voluntary", "machtiging", "urn:namens:1.0:RT:Vrijwillig", null),
  CHAIN("chain", "machtiging", "urn:namens:1.0:RT:Keten", null),
  PARENTAL_AUTHORITY(
      "parental-authority", "ouderlijk-gezag", "urn:namens:1.0:RT:OuderlijkGezag", "brp"),
  CURATELE("curatele", "curatele", "urn:namens:1.0:RT:Curatele", "court"),
  BEWIND("bewind", "beschermingsbewind", "urn:namens:1.0:RT:Bewind", "court"),
  MENTORSCHAP("mentorschap", "mentorschap", "urn:namens:1.0:RT:Mentorschap", "court"),
  SURVIVOR("survivor", "nabestaande", "urn:namens:1.0:RT:Nabestaande", "helpdesk");

  private final String code;
  private final String relation;
  private final String representationType;
  private final String source;

  RepresentationKind(String code, String relation, String representationType, String source) {
    this.code = code;
    this.relation = relation;
    this.representationType = representationType;
    this.source = source;
  }

  /** The {@code kind} value, e.g. {@code bewind}. */
  public String code() {
    return code;
  }

  /** The {@code relation} value the register sends with this kind. */
  public String relation() {
    return relation;
  }

  /** The fallback {@code urn:nl-eid-gdi:1.1:RepresentationType}. */
  public String representationType() {
    return representationType;
  }

  /** {@code brp}, {@code court}, {@code helpdesk} for legal kinds; null for mandates. */
  public String source() {
    return source;
  }

  /**
   * True for legal representation and the survivor mandate: the token carries {@code legal_basis}
   * and the page shows the service rather than a list of services.
   */
  public boolean isLegal() {
    return source != null;
  }

  /** The kind of a {@code kind} code; empty for null or a code this version does not know. */
  public static Optional<RepresentationKind> fromCode(String code) {
    if (code == null) {
      return Optional.empty();
    }
    for (RepresentationKind kind : values()) {
      if (kind.code.equals(code)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
