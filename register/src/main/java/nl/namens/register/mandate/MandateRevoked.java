package nl.namens.register.mandate;

import java.util.UUID;

/**
 * A mandate has been revoked (by a party, the helpdesk or an administrator). Fired inside the revoking
 * transaction; observers that act on it do so after the commit.
 */
public record MandateRevoked(UUID mandateId, String representativeType, String representativeId) {

  public static MandateRevoked of(Mandate mandate) {
    return new MandateRevoked(
        mandate.id(), mandate.representative().type().name(), mandate.representative().identifier());
  }

  @Override
  public String toString() {
    return "MandateRevoked[" + mandateId + "]"; // never the representative's identifier
  }
}
