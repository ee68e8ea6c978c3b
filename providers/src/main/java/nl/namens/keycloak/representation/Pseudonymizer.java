package nl.namens.keycloak.representation;

import nl.namens.keycloak.keys.KeyedDigest;
import org.keycloak.models.ClientModel;

/**
 * Pseudonyms for service providers that may not receive a BSN: {@code v<version>.<hex>}, the hex
 * HMAC-SHA256 under the broker's pseudonym key (not a token-signing key) over the client's
 * pseudonym scope and the identifier. One person has one stable pseudonym per client, or per
 * sector when clients share a {@value #SECTOR_ATTRIBUTE}; pseudonyms at different scopes cannot
 * be linked, and without the key none can be traced back to a BSN. The version changes with every
 * new key, so a service provider sees a rotation instead of a new person.
 */
public final class Pseudonymizer {

  /** Client attribute: clients with the same sector get the same pseudonyms. */
  public static final String SECTOR_ATTRIBUTE = "namens.pseudonym-sector";

  private final KeyedDigest digest;
  private final int version;

  public Pseudonymizer(byte[] secret, int version) {
    if (version < 1) {
      throw new IllegalArgumentException("pseudonym key version must be 1 or more");
    }
    this.digest = new KeyedDigest(secret);
    this.version = version;
  }

  /** {@code sector:<name>} when the client names a sector, else {@code client:<clientId>}. */
  public static String scopeOf(ClientModel client) {
    String sector = client.getAttribute(SECTOR_ATTRIBUTE);
    return sector == null || sector.isBlank()
        ? "client:" + client.getClientId()
        : "sector:" + sector.trim();
  }

  public String pseudonym(String scope, String identifier) {
    return "v" + version + "." + digest.hex("pseudonym|" + scope, identifier);
  }

  public int version() {
    return version;
  }
}
