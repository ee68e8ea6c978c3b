package nl.namens.register.mandate;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.namens.register.audit.AuditEntry;
import nl.namens.register.audit.AuditTrail;
import org.jboss.logging.Logger;

/**
 * Records that pending and requested mandates lapsed: audit entry and letters to both parties. {@link LapseJob}
 * runs it on schedule; a command that meets a mandate past its lapse moment records it too. Reads only derive
 * "lapsed" ({@link Mandate#statusAt}) and write nothing.
 */
@ApplicationScoped
public class Lapsing {

  private static final Logger LOG = Logger.getLogger(Lapsing.class);

  private final MandateRepository mandates;
  private final AuditTrail audit;
  private final Letters letters;
  private final Clock clock;

  Lapsing(MandateRepository mandates, AuditTrail audit, Letters letters, Clock clock) {
    this.mandates = mandates;
    this.audit = audit;
    this.letters = letters;
    this.clock = clock;
  }

  /** Lapses every mandate whose time has come, each in its own transaction with its row locked. */
  public int lapseDue() {
    Instant now = clock.instant();
    List<UUID> due = QuarkusTransaction.joiningExisting().call(() -> mandates.dueToLapse(now));
    int lapsed = 0;
    for (UUID id : due) {
      boolean done =
          QuarkusTransaction.requiringNew()
              .call(() -> mandates.findForUpdate(id).map(m -> lapseIfDue(m, now)).orElse(false));
      if (done) {
        lapsed++;
      }
    }
    return lapsed;
  }

  /** Lapses the locked mandate if it waits for a code past its lapse moment; returns whether it did. */
  boolean lapseIfDue(Mandate m, Instant now) {
    if (!m.isDueToLapse(now)) {
      return false;
    }
    String before = m.status().code();
    m.lapse(now);
    audit.append(m.id(), AuditEntry.Who.SYSTEM, "lapse", before, m.status().code());
    letters.lapsed(m);
    LOG.infof("Mandate %s lapsed", m.id());
    return true;
  }
}
