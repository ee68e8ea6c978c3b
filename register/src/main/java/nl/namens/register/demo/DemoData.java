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
   * (default), {@code pending}, {@code requested} or {@code revoked}; {@code kind} {@code voluntary}
   * (default) or {@code chain}; {@code activationCode} (pending) / {@code approvalCode} (requested) a known
   * code {@code XXXX-XXXX-XXXX} for the demo (else a random one nobody sees); {@code employees} the employee
   * policy of a company representative.
   */
  record DemoMandate(
      PartyReference principal,
      PartyReference representative,
      List<UUID> services,
      String validFrom,
      String validUntil,
      String status,
      String kind,
      String activationCode,
      String approvalCode,
      DemoEmployees employees) {

    /** Whether it needs the lifecycle (anything beyond the original fields). */
    boolean usesLifecycle() {
      return kind != null
          || activationCode != null
          || approvalCode != null
          || employees != null
          || "requested".equals(status);
    }
  }

  /** {@code {"policy": "all" | "listed", "actingSubjectIds": [...]}}. */
  record DemoEmployees(String policy, List<String> actingSubjectIds) {}
}
