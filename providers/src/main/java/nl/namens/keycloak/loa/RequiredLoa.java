package nl.namens.keycloak.loa;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.namens.identifiers.LevelOfAssurance;
import org.keycloak.models.ClientModel;
import org.keycloak.models.Constants;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * The level of assurance a login must reach: the highest of what the client asked ({@code
 * acr_values} or an {@code acr} claim request, which Keycloak turns into the requested level with
 * the realm's {@value #REALM_ACR_LOA_MAP}) and the client's minimum ({@code minimum.acr.value}: the
 * minimum of the services it offers, from the catalogue). Levels are 1 (basis) to 4 (hoog).
 */
public final class RequiredLoa {

  /** Keycloak's realm attribute mapping acr values to levels; realm-config sets the four URIs. */
  public static final String REALM_ACR_LOA_MAP = Constants.ACR_LOA_MAP;

  private RequiredLoa() {}

  /**
   * The level a step-up of this login asks the identity provider for ({@code namens-loa-gate} on
   * single sign-on below the needed level); empty when this login is no step-up.
   */
  public static Optional<LevelOfAssurance> stepUp(AuthenticationSessionModel authSession) {
    return LevelOfAssurance.fromCode(authSession.getAuthNote(LoaGateAuthenticator.STEP_UP_NOTE));
  }

  /** The acr-to-level map the realm must carry: each LoA URI to 1..4. */
  public static Map<String, Integer> acrLoaMap() {
    Map<String, Integer> map = new LinkedHashMap<>();
    for (LevelOfAssurance loa : LevelOfAssurance.values()) {
      map.put(loa.uri(), level(loa));
    }
    return map;
  }

  public static int level(LevelOfAssurance loa) {
    return loa.ordinal() + 1;
  }

  /** The LoA of a Keycloak level; below 1 is basis (no requirement), above 4 is hoog. */
  public static LevelOfAssurance ofLevel(int level) {
    LevelOfAssurance[] all = LevelOfAssurance.values();
    return all[Math.max(0, Math.min(all.length - 1, level - 1))];
  }

  /** What this login must reach; basis when nothing is asked. */
  public static LevelOfAssurance of(AuthenticationSessionModel authSession) {
    LevelOfAssurance required = requested(authSession).orElse(LevelOfAssurance.BASIS);
    Optional<LevelOfAssurance> minimum = clientMinimum(authSession.getClient());
    if (minimum.isPresent() && !required.satisfies(minimum.get())) {
      required = minimum.get();
    }
    return required;
  }

  /** The client's {@code minimum.acr.value}: an LoA URI or code; empty when unset or unknown. */
  public static Optional<LevelOfAssurance> clientMinimum(ClientModel client) {
    String value = client == null ? null : client.getAttribute(Constants.MINIMUM_ACR_VALUE);
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    return LevelOfAssurance.fromUri(value).or(() -> LevelOfAssurance.fromCode(value));
  }

  private static Optional<LevelOfAssurance> requested(AuthenticationSessionModel authSession) {
    String note = authSession.getClientNote(Constants.REQUESTED_LEVEL_OF_AUTHENTICATION);
    if (note == null || note.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(ofLevel(Integer.parseInt(note.trim())));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
