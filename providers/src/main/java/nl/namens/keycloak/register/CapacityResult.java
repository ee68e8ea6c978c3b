package nl.namens.keycloak.register;

import java.util.List;

/**
 * The answer to "may this person act for themselves at this service" ({@code POST
 * /bvd/v1/capacity}).
 */
public sealed interface CapacityResult {

  /** The person may use the service themselves. */
  record Free() implements CapacityResult {}

  /**
   * The person may not (curatele, beschermingsbewind, mentorschap).
   *
   * @param reason {@code curatele}, {@code bewind}, {@code mentorschap}, or null when the register
   *     named none
   * @param representatives who may act for the person at this service (no identifiers)
   */
  record Incapable(String reason, List<Representative> representatives) implements CapacityResult {
    public Incapable {
      representatives = representatives == null ? List.of() : List.copyOf(representatives);
    }
  }

  /** The register could not answer. */
  record Unavailable(Unavailability why) implements CapacityResult {}

  /**
   * One person who may act for the incapable person: display name and kind, nothing else.
   *
   * @param kind e.g. {@code bewind}; may be null
   */
  record Representative(String displayName, String kind) {}
}
