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
import java.util.List;
import java.util.Optional;
import nl.namens.register.lifecycle.EmployeePolicy;
import nl.namens.register.lifecycle.Lifecycle;
import nl.namens.register.lifecycle.MandateDetails;
import nl.namens.register.mandate.MandateStatus;
import nl.namens.register.mandate.MandateView;
import nl.namens.register.mandate.Mandates;
import nl.namens.register.mandate.NewMandate;
import nl.namens.register.party.NewParty;
import nl.namens.register.party.Parties;
import nl.namens.register.problem.FieldPath;
import nl.namens.register.problem.ProblemException;
import nl.namens.register.service.Catalogue;
import nl.namens.register.service.NewService;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Loads {@code namens.demo-data} (env {@code NAMENS_DEMO_DATA}) at start when the catalogue is empty, through
 * the same services the admin API uses, in one transaction: a file with an error loads nothing and stops the
 * start.
 */
@ApplicationScoped
class DemoDataLoader {

  private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);

  private final Optional<Path> file;
  private final ObjectMapper json;
  private final Catalogue catalogue;
  private final Parties parties;
  private final Mandates mandates;
  private final Lifecycle lifecycle;
  private final Clock clock;

  DemoDataLoader(
      @ConfigProperty(name = "namens.demo-data") Optional<Path> file,
      ObjectMapper json,
      Catalogue catalogue,
      Parties parties,
      Mandates mandates,
      Lifecycle lifecycle,
      Clock clock) {
    this.file = file;
    this.json = json;
    this.catalogue = catalogue;
    this.parties = parties;
    this.mandates = mandates;
    this.lifecycle = lifecycle;
    this.clock = clock;
  }

  void onStart(@Observes StartupEvent event) {
    file.ifPresent(path -> QuarkusTransaction.requiringNew().run(() -> loadIfEmpty(path)));
  }

  /** Loads the file unless the catalogue holds services already. Returns whether it loaded. */
  boolean loadIfEmpty(Path path) {
    if (!catalogue.isEmpty()) {
      LOG.infof("Demo data %s not loaded: the catalogue is not empty", path);
      return false;
    }
    DemoData data = read(path);
    LocalDate today = LocalDate.now(clock);
    for (int i = 0; i < data.services().size(); i++) {
      NewService service = data.services().get(i);
      step(path, "services", i, () -> catalogue.add(service));
    }
    for (int i = 0; i < data.parties().size(); i++) {
      NewParty party = data.parties().get(i);
      step(
          path,
          "parties",
          i,
          () -> {
            if (parties.find(party).isEmpty()) {
              parties.register(party);
            }
          });
    }
    for (int i = 0; i < data.mandates().size(); i++) {
      DemoData.DemoMandate mandate = data.mandates().get(i);
      step(path, "mandates", i, () -> load(mandate, today));
    }
    LOG.infof(
        "Demo data %s loaded: %d services, %d parties, %d mandates",
        path, data.services().size(), data.parties().size(), data.mandates().size());
    return true;
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
      throw invalid(path, list, index, e.problem().detail());
    } catch (IllegalArgumentException e) {
      throw invalid(path, list, index, e.getMessage());
    }
  }

  private static IllegalStateException invalid(Path path, String list, int index, String reason) {
    return new IllegalStateException(
        "Demo data " + path + " not loaded: " + list + "[" + index + "]: " + reason);
  }

  private void load(DemoData.DemoMandate mandate, LocalDate today) {
    if (mandate.usesLifecycle()) {
      seed(mandate, today);
      return;
    }
    String status = mandate.status() == null ? "active" : mandate.status();
    boolean revoked = "revoked".equals(status);
    MandateView created =
        mandates.create(
            new NewMandate(
                mandate.principal(),
                mandate.representative(),
                mandate.services(),
                RelativeDate.resolve(mandate.validFrom(), today),
                RelativeDate.resolve(mandate.validUntil(), today),
                revoked ? "pending" : status));
    if (revoked) {
      mandates.revoke(created.id());
    }
  }

  /** A mandate with kind, known code, employee policy or status requested: through the lifecycle. */
  private void seed(DemoData.DemoMandate mandate, LocalDate today) {
    String status = mandate.status() == null ? "active" : mandate.status();
    boolean revoked = "revoked".equals(status);
    MandateStatus initial =
        switch (status) {
          case "active" -> MandateStatus.ACTIVE;
          case "pending", "revoked" -> MandateStatus.PENDING;
          case "requested" -> MandateStatus.REQUESTED;
          default ->
              throw new IllegalArgumentException(
                  "status must be active, pending, requested or revoked");
        };
    if (mandate.activationCode() != null && initial != MandateStatus.PENDING) {
      throw new IllegalArgumentException("activationCode is only for a pending mandate");
    }
    if (mandate.approvalCode() != null && initial != MandateStatus.REQUESTED) {
      throw new IllegalArgumentException("approvalCode is only for a requested mandate");
    }
    if (mandate.principal() == null || mandate.representative() == null || mandate.services() == null) {
      throw new IllegalArgumentException("principal, representative and services are required");
    }
    String code = mandate.activationCode() != null ? mandate.activationCode() : mandate.approvalCode();
    EmployeePolicy employees =
        mandate.employees() == null
            ? null
            : new EmployeePolicy(
                mandate.employees().policy(),
                mandate.employees().actingSubjectIds() == null
                    ? List.of()
                    : mandate.employees().actingSubjectIds());
    if (employees != null
        && !"all".equals(employees.policy())
        && !"listed".equals(employees.policy())) {
      throw new IllegalArgumentException("employees.policy must be all or listed");
    }
    MandateDetails created =
        lifecycle.seed(
            mandate.kind() == null ? "voluntary" : mandate.kind(),
            mandate.principal(),
            mandate.representative(),
            mandate.services(),
            RelativeDate.resolve(mandate.validFrom(), today),
            RelativeDate.resolve(mandate.validUntil(), today),
            initial,
            code,
            employees);
    if (revoked) {
      mandates.revoke(created.id());
    }
  }

  private DemoData read(Path path) {
    try {
      return json.readValue(Files.readAllBytes(path), DemoData.class);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read demo data " + path, e);
    }
  }
}
