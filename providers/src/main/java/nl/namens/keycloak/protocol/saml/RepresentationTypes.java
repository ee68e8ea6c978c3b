package nl.namens.keycloak.protocol.saml;

import java.util.Map;
import java.util.Optional;

/**
 * Mandate kinds as {@code urn:nl-eid-gdi:1.1:RepresentationType} values. Kinds the ST-SAML standard
 * does not define get project URNs {@code urn:namens:1.0:RT:*}; this is the one place that lists
 * them.
 */
final class RepresentationTypes {

  private static final Map<String, String> BY_KIND =
      Map.of(
          "voluntary", "urn:namens:1.0:RT:Vrijwillig",
          "chain", "urn:namens:1.0:RT:Keten");

  private RepresentationTypes() {}

  static Optional<String> of(String kind) {
    return kind == null ? Optional.empty() : Optional.ofNullable(BY_KIND.get(kind));
  }
}
