package nl.namens.register.demo;

import java.util.List;
import java.util.UUID;
import nl.namens.register.death.DeathRow;
import nl.namens.register.legal.ImportRow;
import nl.namens.register.legal.NewSurvivorMandate;
import nl.namens.register.party.PartyReference;
import nl.namens.register.service.NewService;

/**
 * The demo-data file: services, parties, mandates, legal representations (BRP and court rows), deaths (rows
 * of the BRP deaths feed, whose {@code dateOfDeath} may be relative) and survivor mandates, loaded in that
 * order.
 */
record DemoData(
    List<NewService> services,
    List<DemoParty> parties,
    List<DemoMandate> mandates,
    DemoLegal legal,
    List<DeathRow> deaths,
    List<DemoSurvivorMandate> survivorMandates) {

  DemoData {
    services = services == null ? List.of() : services;
    parties = parties == null ? List.of() : parties;
    mandates = mandates == null ? List.of() : mandates;
    legal = legal == null ? new DemoLegal(null, null) : legal;
    deaths = deaths == null ? List.of() : deaths;
    survivorMandates = survivorMandates == null ? List.of() : survivorMandates;
  }

  /**
   * A party; {@code birthDate} (optional) an ISO date or a period relative to today ({@link RelativeDate});
   * {@code email} (optional) the address for e-mail notifications (the demo's GreenMail inbox).
   */
  record DemoParty(String type, String id, String displayName, String birthDate, String email) {

    @Override
    public String toString() {
      return "DemoParty[type=" + type + ", ***]";
    }
  }

  /**
   * A mandate in demo data: dates may be relative ({@link RelativeDate}); {@code status} is {@code active}
   * (default), {@code pending}, {@code requested} or {@code revoked}; {@code kind} {@code voluntary}
   * (default) or {@code chain}; {@code activationCode} (pending) / {@code approvalCode} (requested) a known
   * code {@code XXXX-XXXX-XXXX} for the demo (else a new one, which the principal gets by letter); {@code
   * employees} the employee policy of a company representative.
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
      DemoEmployees employees) {}

  /** {@code {"policy": "all" | "listed", "actingSubjectIds": [...]}}. */
  record DemoEmployees(String policy, List<String> actingSubjectIds) {}

  /**
   * {@code {"brp": [ImportRow], "court": [ImportRow]}}: rows as the import API takes them, whose dates may
   * also be relative ({@link RelativeDate}).
   */
  record DemoLegal(List<ImportRow> brp, List<ImportRow> court) {

    DemoLegal {
      brp = brp == null ? List.of() : brp;
      court = court == null ? List.of() : court;
    }
  }

  /** A survivor mandate as the helpdesk API takes it; {@code validFrom} may be relative. */
  record DemoSurvivorMandate(
      PartyReference deceased,
      PartyReference holder,
      String role,
      NewSurvivorMandate.Evidence evidence,
      List<UUID> services,
      String validFrom,
      String agentId) {}
}
