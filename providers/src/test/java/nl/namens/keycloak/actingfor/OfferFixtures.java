package nl.namens.keycloak.actingfor;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.namens.identifiers.LevelOfAssurance;
import nl.namens.identifiers.SubjectType;
import nl.namens.keycloak.register.LegalBasis;
import nl.namens.keycloak.register.Party;
import nl.namens.keycloak.register.Representation;
import nl.namens.keycloak.register.Representations;
import nl.namens.keycloak.register.ServiceRef;

final class OfferFixtures {

  static final String SERVICE = "0b6a4f5e-7c1d-4c3e-9a59-0d2b5b1f6a01";
  static final String MANDATE_A = "5c0d7f5a-2b64-4a83-a4e5-3f2b1d1e9c11";
  static final String MANDATE_B = "6d1e8a6b-3c75-4b94-b5f6-4a3c2e2fad22";

  private OfferFixtures() {}

  /** The first page offering all {@code representations}, without a search. */
  static Offer offer(
      String service, List<Representation> representations, Optional<LevelOfAssurance> sessionLoa) {
    return OfferBuilder.firstPage(service, representations, representations.size(), sessionLoa);
  }

  static Representation representation(String mandateId, Party principal, String requiredLoa) {
    return Representations.of(mandateId)
            .kind("voluntary")
            .principal(principal)
            .principalDisplayName("B. de Vries")
            .relation("machtiging")
            .services(List.of(new ServiceRef(SERVICE, "Belastingaangifte")))
            .validFrom(LocalDate.of(2026, 1, 1))
            .validUntil(LocalDate.of(2027, 12, 31))
            .requiredLoa(requiredLoa)
            .build();
  }

  static Party bsn() {
    return new Party(SubjectType.BSN, "999990019");
  }

  static Party kvk() {
    return new Party(SubjectType.KVK, "12345678");
  }

  /** A principal of the given kind whose id ends in {@code n} (for paging). */
  static Representation numbered(int n) {
    return Representations.of(String.format("00000000-0000-4000-8000-%012d", n))
            .kind("voluntary")
            .principal(new Party(SubjectType.BSN, String.format("999%06d", n)))
            .principalDisplayName(String.format("Cliënt %03d", n))
            .relation("machtiging")
            .services(List.of(new ServiceRef(SERVICE, "Belastingaangifte")))
            .validFrom(LocalDate.of(2026, 1, 1))
            .validUntil(LocalDate.of(2027, 12, 31))
            .representationType("urn:namens:1.0:RT:Vrijwillig")
            .principalBirthYear(1950 + n % 50)
            .build();
  }

  /** Beschermingsbewind over Ria Ruiters (born 1957). */
  static Representation bewind(String id) {
    return Representations.of(id)
            .kind("bewind")
            .principal(new Party(SubjectType.BSN, "999990184"))
            .principalDisplayName("Ria Ruiters")
            .relation("beschermingsbewind")
            .services(List.of(new ServiceRef(SERVICE, "Belastingaangifte")))
            .validFrom(LocalDate.of(2025, 3, 1))
            .requiredLoa("midden")
            .representationType("urn:namens:1.0:RT:Bewind")
            .source("court")
            .legalBasis(new LegalBasis(
            "BW 1:431",
            "CCBR",
            "Rechtbank Midden-Nederland",
            LocalDate.of(2025, 3, 1),
            "C/16/123456",
            null))
            .principalBirthYear(1957)
            .build();
  }
}
