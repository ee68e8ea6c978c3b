package nl.namens.identifiers;

import java.util.Optional;

/**
 * The one table of representation kinds (docs/representation-types.md), shared by the register and the
 * broker: the {@code kind} code of the BVD answers and the tokens, the {@code relation} code, the source of
 * the legal kinds, and the value of {@code urn:nl-eid-gdi:1.1:RepresentationType}.
 */
public enum RepresentationKind {
  /** Vrijwillige machtiging: the principal registered it, the representative activated it. */
  VOLUNTARY("voluntary", "machtiging", null, "urn:namens:1.0:RT:Vrijwillig"),
  /** Ketenmachtiging: a company authorised an intermediary company, whose employee acts. */
  CHAIN("chain", "machtiging", null, "urn:namens:1.0:RT:Keten"),
  /** Ouderlijk gezag or voogdij over a minor, from the BRP. */
  PARENTAL_AUTHORITY(
      "parental-authority", "ouderlijk-gezag", "brp", "urn:namens:1.0:RT:OuderlijkGezag"),
  /** Curatele, by court order. */
  CURATELE("curatele", "curatele", "court", "urn:namens:1.0:RT:Curatele"),
  /** Beschermingsbewind, by court order. */
  BEWIND("bewind", "beschermingsbewind", "court", "urn:namens:1.0:RT:Bewind"),
  /** Mentorschap, by court order. */
  MENTORSCHAP("mentorschap", "mentorschap", "court", "urn:namens:1.0:RT:Mentorschap"),
  /** Nabestaandenmachtiging: an heir or the executor settles an estate, registered on evidence. */
  SURVIVOR("survivor", "nabestaande", "helpdesk", "urn:namens:1.0:RT:Nabestaande");

  private final String code;
  private final String relation;
  private final String source;
  private final String representationType;

  RepresentationKind(String code, String relation, String source, String representationType) {
    this.code = code;
    this.relation = relation;
    this.source = source;
    this.representationType = representationType;
  }

  /** The {@code kind} value, e.g. {@code bewind}. */
  public String code() {
    return code;
  }

  /** The {@code relation} value that travels with this kind, e.g. {@code beschermingsbewind}. */
  public String relation() {
    return relation;
  }

  /** Where a legal kind comes from: {@code brp}, {@code court} or {@code helpdesk}; null for mandates. */
  public String source() {
    return source;
  }

  /**
   * True for the kinds that rest on law or evidence rather than on a mandate the principal gave: they carry
   * a legal basis and hold for the requested service, not for a list of services.
   */
  public boolean isLegal() {
    return source != null;
  }

  /** The value of {@code urn:nl-eid-gdi:1.1:RepresentationType} (project URNs, see the docs). */
  public String representationType() {
    return representationType;
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
