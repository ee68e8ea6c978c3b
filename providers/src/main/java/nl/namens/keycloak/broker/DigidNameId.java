package nl.namens.keycloak.broker;

import nl.namens.identifiers.Bsn;
import org.keycloak.broker.provider.IdentityBrokerException;

/**
 * A DigiD NameID {@code s00000000:<BSN>}: sector code s00000000 (BSN) and a BSN that passes the
 * 11-proef.
 */
final class DigidNameId {

  static final String BSN_SECTOR_CODE = "s00000000";

  private final String bsn;

  private DigidNameId(String bsn) {
    this.bsn = bsn;
  }

  /**
   * Parses a NameID value.
   *
   * @throws IdentityBrokerException with a message code when the NameID is missing, has another
   *     sector code or holds an invalid BSN
   */
  static DigidNameId parse(String nameId) {
    if (nameId == null || nameId.isBlank()) {
      throw Refusals.refuse(Refusals.DIGID_NAMEID_MISSING, "DigiD assertion has no NameID");
    }
    String value = nameId.trim();
    int colon = value.indexOf(':');
    String sectorCode = colon < 0 ? "" : value.substring(0, colon);
    if (!BSN_SECTOR_CODE.equals(sectorCode)) {
      throw Refusals.refuse(
          Refusals.DIGID_SECTOR_CODE,
          "DigiD NameID does not have the BSN sector code " + BSN_SECTOR_CODE);
    }
    String bsn = value.substring(colon + 1);
    if (!Bsn.isValid(bsn)) {
      throw Refusals.refuse(
          Refusals.DIGID_BSN_INVALID, "DigiD NameID holds no valid BSN (11-proef)");
    }
    return new DigidNameId(bsn);
  }

  String bsn() {
    return bsn;
  }

  @Override
  public String toString() {
    return "DigidNameId[bsn=***]";
  }
}
