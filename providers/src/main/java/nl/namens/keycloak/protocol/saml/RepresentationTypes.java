package nl.namens.keycloak.protocol.saml;

import java.util.Optional;
import nl.namens.keycloak.register.Representation;
import nl.namens.identifiers.RepresentationKind;

/**
 * {@code urn:nl-eid-gdi:1.1:RepresentationType} of a representation: the register's {@code
 * representationType}, else the value of its kind ({@link RepresentationKind}, listed in
 * docs/representation-types.md). Kinds the ST-SAML standard does not define get project URNs {@code
 * urn:namens:1.0:RT:*}.
 */
final class RepresentationTypes {

  private RepresentationTypes() {}

  /** The value for a kind code; empty for null or an unknown kind. */
  static Optional<String> of(String kind) {
    return RepresentationKind.fromCode(kind).map(RepresentationKind::representationType);
  }

  /** The register's value, else the kind's; empty for an unknown kind without a value. */
  static Optional<String> of(Representation representation) {
    return representation.effectiveRepresentationType();
  }
}
