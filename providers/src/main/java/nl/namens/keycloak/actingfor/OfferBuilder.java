package nl.namens.keycloak.actingfor;

import java.util.List;
import java.util.Optional;
import nl.namens.identifiers.LevelOfAssurance;
import nl.namens.keycloak.register.Representation;
import nl.namens.keycloak.register.ServiceRef;

/** Builds the page's offer from the register's principals and the login's LoA. */
final class OfferBuilder {

  private OfferBuilder() {}

  /** The first page, without a search: {@code total} principals in all. */
  static Offer firstPage(
      String service, List<Representation> page, int total, Optional<LevelOfAssurance> sessionLoa) {
    return new Offer(
        service,
        serviceName(service, page),
        false,
        sessionLoa.orElse(null),
        options(page, sessionLoa),
        null,
        0,
        total,
        total,
        null,
        null);
  }

  /** The display name of {@code service} if one of the representations names it, else null. */
  static String serviceName(String service, List<Representation> representations) {
    return representations.stream()
        .flatMap(r -> r.services().stream())
        .filter(s -> service.equalsIgnoreCase(s.id()) && s.name() != null)
        .map(ServiceRef::name)
        .findFirst()
        .orElse(null);
  }

  static List<OfferOption> options(
      List<Representation> representations, Optional<LevelOfAssurance> sessionLoa) {
    return representations.stream().map(r -> option(r, sessionLoa)).toList();
  }

  static OfferOption option(Representation r, Optional<LevelOfAssurance> sessionLoa) {
    boolean selectable = loaSuffices(r, sessionLoa);
    return new OfferOption(
        r.mandateId(),
        r.principal(),
        r.principalDisplayName(),
        r.relation(),
        r.kind(),
        r.services().stream().map(s -> s.name() != null ? s.name() : s.id()).toList(),
        r.validUntil(),
        r.requiredLoa(),
        selectable,
        selectable ? null : OfferOption.LOA_TOO_LOW,
        r.chainIntermediary()
            .map(i -> r.intermediaryDisplayName() != null ? r.intermediaryDisplayName() : i.id())
            .orElse(null),
        r.principalBirthYear());
  }

  /**
   * True when the mandate's service needs no LoA or the login's LoA reaches it. An unknown login
   * LoA or an unknown required code never suffices.
   */
  static boolean loaSuffices(Representation r, Optional<LevelOfAssurance> sessionLoa) {
    if (r.hasUnknownRequiredLoa()) {
      return false;
    }
    Optional<LevelOfAssurance> required = r.requiredLevel();
    if (required.isEmpty()) {
      return true;
    }
    return sessionLoa.map(loa -> loa.satisfies(required.get())).orElse(false);
  }
}
