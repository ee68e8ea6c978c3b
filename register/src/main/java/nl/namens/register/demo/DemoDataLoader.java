package nl.namens.register.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.namens.register.death.DeathRow;
import nl.namens.register.death.Deaths;
import nl.namens.register.legal.ImportRow;
import nl.namens.register.legal.LegalCommands;
import nl.namens.register.legal.LegalImports;
import nl.namens.register.legal.LegalSource;
import nl.namens.register.legal.NewSurvivorMandate;
import nl.namens.register.mandate.EmployeePolicy;
import nl.namens.register.mandate.MandateCommands;
import nl.namens.register.mandate.MandateStatus;
import nl.namens.register.mandate.MandateTerms;
import nl.namens.register.party.EmailChange;
import nl.namens.register.party.NewParty;
import nl.namens.register.party.Parties;
import nl.namens.register.party.PartyReference;
import nl.namens.register.problem.FieldPath;
import nl.namens.register.problem.ProblemException;
import nl.namens.register.service.Catalogue;
import nl.namens.register.service.CatalogueSource;
import nl.namens.register.service.NewService;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Loads {@code namens.demo-data} (env {@code NAMENS_DEMO_DATA}) at start when the catalogue is empty, through
 * the same services the admin, import and helpdesk APIs use (same validation), in one transaction: a file
 * with an error loads nothing and stops the start.
 */
@ApplicationScoped
class DemoDataLoader {

  private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);

  /** The agent recorded for demo survivor mandates that name none. */
  static final String DEMO_AGENT = "demo-data";

  private final Optional<Path> file;
  private final ObjectMapper json;
  private final Catalogue catalogue;
  private final Parties parties;
  private final MandateCommands mandates;
  private final LegalImports legalImports;
  private final LegalCommands legal;
  private final Deaths deaths;
  private final Clock clock;

  DemoDataLoader(
      @ConfigProperty(name = "namens.demo-data") Optional<Path> file,
      ObjectMapper json,
      Catalogue catalogue,
      Parties parties,
      MandateCommands mandates,
      LegalImports legalImports,
      LegalCommands legal,
      Deaths deaths,
      Clock clock) {
    this.file = file;
    this.json = json;
    this.catalogue = catalogue;
    this.parties = parties;
    this.mandates = mandates;
    this.legalImports = legalImports;
    this.legal = legal;
    this.deaths = deaths;
    this.clock = clock;
  }

  void onStart(@Observes StartupEvent event) {
    file.ifPresent(path -> QuarkusTransaction.requiringNew().run(() -> loadIfEmpty(path)));
  }

  /**
   * Loads the file unless the register holds parties already (the catalogue may be there before: taken from the
   * broker at start). Returns whether it loaded.
   */
  boolean loadIfEmpty(Path path) {
    if (!parties.isEmpty()) {
      LOG.infof("Demo data %s not loaded: the register holds parties already", path);
      return false;
    }
    load(path);
    return true;
  }

  /**
   * Loads the file in the caller's transaction; the first entry that breaks a rule throws {@link
   * IllegalStateException} naming it (and the caller's transaction rolls everything back).
   */
  void load(Path path) {
    DemoData data = read(path);
    LocalDate today = LocalDate.now(clock);
    if (!data.services().isEmpty() && catalogue.source() != CatalogueSource.REGISTER) {
      throw new IllegalStateException(
          "Demo data " + path + ": services come from the broker's catalogue (realm-config's namens-realm.json),"
              + " not from the demo data file");
    }
    for (int i = 0; i < data.services().size(); i++) {
      NewService service = data.services().get(i);
      step(path, "services", i, () -> catalogue.add(service));
    }
    for (int i = 0; i < data.parties().size(); i++) {
      DemoData.DemoParty party = data.parties().get(i);
      step(path, "parties", i, () -> load(party, today));
    }
    for (int i = 0; i < data.mandates().size(); i++) {
      DemoData.DemoMandate mandate = data.mandates().get(i);
      step(path, "mandates", i, () -> load(mandate, today));
    }
    loadLegal(path, "legal.brp", LegalSource.BRP, data.legal().brp(), today);
    loadLegal(path, "legal.court", LegalSource.COURT, data.legal().court(), today);
    for (int i = 0; i < data.deaths().size(); i++) {
      DeathRow death = data.deaths().get(i);
      step(
          path,
          "deaths",
          i,
          () -> {
            if (death == null) {
              throw new IllegalArgumentException("row is empty");
            }
            deaths.applyInCallerTransaction(
                new DeathRow(death.externalId(), death.bsn(), date(death.dateOfDeath(), today)));
          });
    }
    for (int i = 0; i < data.survivorMandates().size(); i++) {
      DemoData.DemoSurvivorMandate survivor = data.survivorMandates().get(i);
      step(path, "survivorMandates", i, () -> load(survivor, today));
    }
    LOG.infof(
        "Demo data %s loaded: %d services, %d parties, %d mandates, %d legal rows, %d deaths, %d survivor"
            + " mandates",
        path,
        data.services().size(),
        data.parties().size(),
        data.mandates().size(),
        data.legal().brp().size() + data.legal().court().size(),
        data.deaths().size(),
        data.survivorMandates().size());
  }

  private void load(DemoData.DemoParty party, LocalDate today) {
    NewParty request =
        new NewParty(
            party.type(),
            party.id(),
            party.displayName(),
            party.birthDate() == null ? null : RelativeDate.resolve(party.birthDate(), today));
    if (parties.find(request).isEmpty()) {
      parties.register(request);
    }
    if (party.email() != null) {
      parties.changeEmail(
          new PartyReference(party.type(), party.id()), new EmailChange(party.email()));
    }
  }

  /** BRP or court rows, validated and written like an import, in this transaction (a bad row fails all). */
  private void loadLegal(
      Path path, String list, LegalSource source, List<ImportRow> rows, LocalDate today) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < rows.size(); i++) {
      ImportRow row = rows.get(i);
      step(
          path,
          list,
          i,
          () -> {
            if (row == null) {
              throw new IllegalArgumentException("row is empty");
            }
            if (row.externalId() != null && !seen.add(row.externalId())) {
              throw new IllegalArgumentException("externalId occurs more than once");
            }
            legalImports.applyInCallerTransaction(source, withDates(row, today));
          });
    }
  }

  /** The row with relative dates resolved against today (ISO dates stay as they are). */
  private static ImportRow withDates(ImportRow row, LocalDate today) {
    return new ImportRow(
        row.externalId(),
        row.kind(),
        row.representedBsn(),
        row.representedName(),
        date(row.representedBirthDate(), today),
        row.representativeBsn(),
        row.representativeName(),
        date(row.childBirthDate(), today),
        row.court(),
        date(row.decisionDate(), today),
        row.decisionId(),
        date(row.validFrom(), today),
        date(row.validUntil(), today),
        row.terminated());
  }

  private static String date(String value, LocalDate today) {
    return value == null || value.isBlank() ? null : RelativeDate.resolve(value, today).toString();
  }

  /** Through the same service (and validation) as the helpdesk API; agent {@value #DEMO_AGENT} by default. */
  private void load(DemoData.DemoSurvivorMandate survivor, LocalDate today) {
    legal.registerSurvivor(
        new NewSurvivorMandate(
            survivor.deceased(),
            survivor.holder(),
            survivor.role(),
            survivor.evidence(),
            survivor.services(),
            survivor.validFrom() == null ? null : RelativeDate.resolve(survivor.validFrom(), today),
            null),
        survivor.agentId() == null || survivor.agentId().isBlank() ? DEMO_AGENT : survivor.agentId());
  }

  /**
   * Runs one entry; a failure names the entry and the rule, never the values (they may be BSNs), and
   * rolls the whole load back.
   */
  private static void step(Path path, String list, int index, Runnable entry) {
    try {
      entry.run();
    } catch (ConstraintViolationException e) {
      throw invalid(path, list, index, FieldPath.describe(e));
    } catch (ProblemException e) {
      throw invalid(path, list, index, e.detail());
    } catch (IllegalArgumentException e) {
      throw invalid(path, list, index, e.getMessage());
    }
  }

  private static IllegalStateException invalid(Path path, String list, int index, String reason) {
    return new IllegalStateException(
        "Demo data " + path + " not loaded: " + list + "[" + index + "]: " + reason);
  }

  /** Through the same commands and rules as the admin API ({@link MandateCommands#seed}). */
  private void load(DemoData.DemoMandate mandate, LocalDate today) {
    String status = mandate.status() == null ? "active" : mandate.status();
    MandateStatus initial =
        switch (status) {
          case "active" -> MandateStatus.ACTIVE;
          case "pending" -> MandateStatus.PENDING;
          case "requested" -> MandateStatus.REQUESTED;
          case "revoked" -> MandateStatus.REVOKED;
          default ->
              throw new IllegalArgumentException(
                  "status must be active, pending, requested or revoked");
        };
    if (mandate.activationCode() != null
        && initial != MandateStatus.PENDING
        && initial != MandateStatus.REVOKED) {
      throw new IllegalArgumentException("activationCode is only for a pending mandate");
    }
    if (mandate.approvalCode() != null && initial != MandateStatus.REQUESTED) {
      throw new IllegalArgumentException("approvalCode is only for a requested mandate");
    }
    String code = mandate.activationCode() != null ? mandate.activationCode() : mandate.approvalCode();
    EmployeePolicy employees =
        mandate.employees() == null
            ? null
            : new EmployeePolicy(mandate.employees().policy(), mandate.employees().actingSubjectIds());
    mandates.seed(
        new MandateTerms(
            mandate.principal(),
            mandate.representative(),
            mandate.kind(),
            mandate.services(),
            mandate.validFrom() == null ? null : RelativeDate.resolve(mandate.validFrom(), today),
            mandate.validUntil() == null ? null : RelativeDate.resolve(mandate.validUntil(), today),
            employees),
        initial,
        code);
  }

  private DemoData read(Path path) {
    try {
      return json.readValue(Files.readAllBytes(path), DemoData.class);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read demo data " + path, e);
    }
  }
}
