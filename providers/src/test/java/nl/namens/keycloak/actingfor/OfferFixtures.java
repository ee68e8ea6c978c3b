package nl.namens.keycloak.actingfor;

import java.time.LocalDate;
import java.util.List;
import nl.namens.identifiers.SubjectType;
import nl.namens.keycloak.register.Party;
import nl.namens.keycloak.register.Representation;
import nl.namens.keycloak.register.ServiceRef;

final class OfferFixtures {

  static final String SERVICE = "0b6a4f5e-7c1d-4c3e-9a59-0d2b5b1f6a01";
  static final String MANDATE_A = "5c0d7f5a-2b64-4a83-a4e5-3f2b1d1e9c11";
  static final String MANDATE_B = "6d1e8a6b-3c75-4b94-b5f6-4a3c2e2fad22";

  private OfferFixtures() {}

  static Representation representation(String mandateId, Party principal, String requiredLoa) {
    return new Representation(
        mandateId,
        "voluntary",
        principal,
        "B. de Vries",
        "machtiging",
        List.of(new ServiceRef(SERVICE, "Belastingaangifte")),
        LocalDate.of(2026, 1, 1),
        LocalDate.of(2027, 12, 31),
        requiredLoa);
  }

  static Party bsn() {
    return new Party(SubjectType.BSN, "999990019");
  }

  static Party kvk() {
    return new Party(SubjectType.KVK, "12345678");
  }
}
