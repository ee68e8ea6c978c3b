package nl.namens.register.demo;

import java.util.List;
import java.util.UUID;
import nl.namens.register.party.NewParty;
import nl.namens.register.party.PartyReference;
import nl.namens.register.service.NewService;

/** The demo-data file: services, parties and mandates, loaded in that order. */
record DemoData(List<NewService> services, List<NewParty> parties, List<DemoMandate> mandates) {

  DemoData {
    services = services == null ? List.of() : services;
    parties = parties == null ? List.of() : parties;
    mandates = mandates == null ? List.of() : mandates;
  }

  /**
   * A mandate in demo data: dates may be relative ({@link RelativeDate}); {@code status} is {@code active}
   * (default), {@code pending} or {@code revoked}.
   */
  record DemoMandate(
      PartyReference principal,
      PartyReference representative,
      List<UUID> services,
      String validFrom,
      String validUntil,
      String status) {}
}
