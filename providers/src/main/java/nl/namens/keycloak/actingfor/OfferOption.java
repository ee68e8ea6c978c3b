package nl.namens.keycloak.actingfor;

import java.time.LocalDate;
import java.util.List;
import nl.namens.keycloak.register.Party;

/**
 * One principal on the acting-for page.
 *
 * @param mandateId the mandate id (legal kinds: the legal representation's id); the value of the
 *     radio button
 * @param principal the principal, as the register named them
 * @param displayName the principal's display name
 * @param relation e.g. {@code machtiging}, {@code beschermingsbewind}
 * @param kind e.g. {@code voluntary}, {@code bewind}
 * @param serviceNames names (or ids) of the services the mandate covers
 * @param validUntil the last valid day, or null
 * @param requiredLoa the minimum LoA code the register named (may be null)
 * @param selectable false when the login's LoA is too low
 * @param disabledReason {@link #LOA_TOO_LOW} when not selectable
 * @param intermediaryName for a chain mandate: the display name of the intermediary company the
 *     representative acts through (null otherwise)
 * @param birthYear the principal's year of birth when the register knows it (null otherwise)
 */
record OfferOption(
    String mandateId,
    Party principal,
    String displayName,
    String relation,
    String kind,
    List<String> serviceNames,
    LocalDate validUntil,
    String requiredLoa,
    boolean selectable,
    String disabledReason,
    String intermediaryName,
    Integer birthYear) {

  static final String LOA_TOO_LOW = "loa-too-low";

  OfferOption {
    serviceNames = serviceNames == null ? List.of() : List.copyOf(serviceNames);
  }
}
