package nl.namens.register.death;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.namens.identifiers.SubjectType;
import nl.namens.register.legal.ImportReport;
import nl.namens.register.mandate.MandateCommands;
import nl.namens.register.party.Parties;
import nl.namens.register.party.Party;
import nl.namens.register.party.PartyReference;
import org.jboss.logging.Logger;

/**
 * The BRP deaths feed: every row is validated on its own and applied in its own transaction (all of the row
 * or nothing of it); bad rows are rejected with a report, good rows are kept. Applying a death records the
 * date on the party (registered if the register did not know it yet) and ends every open voluntary mandate
 * the person is principal or representative of ({@link MandateCommands#endOnDeath}). Survivor mandates and
 * the other legal representations are the legal registers' to end (docs/legal-representation.md). The same
 * batch twice gives the same state: the second run reports every row unchanged. A row with another date for
 * a known death corrects the date.
 */
@ApplicationScoped
public class Deaths {

  /** The source named in the report. */
  public static final String SOURCE = "brp-deaths";

  private static final Logger LOG = Logger.getLogger(Deaths.class);

  private final Parties parties;
  private final MandateCommands mandates;
  private final Clock clock;

  Deaths(Parties parties, MandateCommands mandates, Clock clock) {
    this.parties = parties;
    this.mandates = mandates;
    this.clock = clock;
  }

  /** Imports a batch: row by row, each in its own transaction. 200 with the report also when rows were refused. */
  public ImportReport run(DeathBatch batch) {
    List<ImportReport.Rejection> rejections = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int applied = 0;
    int unchanged = 0;
    LocalDate today = LocalDate.now(clock);
    for (int i = 0; i < batch.rows().size(); i++) {
      DeathRow row = batch.rows().get(i);
      String externalId = row == null ? null : row.externalId();
      try {
        if (row == null) {
          throw new DeathRow.Rejected("row is empty");
        }
        DeathRow.Valid valid = row.validate(today);
        if (!seen.add(valid.externalId())) {
          throw new DeathRow.Rejected("externalId occurs more than once in the batch");
        }
        if (QuarkusTransaction.requiringNew().call(() -> apply(valid))) {
          applied++;
        } else {
          unchanged++;
        }
      } catch (DeathRow.Rejected e) {
        rejections.add(new ImportReport.Rejection(i, null, externalId, e.getMessage()));
      } catch (RuntimeException e) {
        LOG.warnf("Deaths import: row %d not applied (%s)", i, e.getClass().getSimpleName());
        rejections.add(
            new ImportReport.Rejection(
                i, null, externalId, "could not be applied (conflict with the register); nothing of it was stored"));
      }
    }
    LOG.infof(
        "Deaths import: %d applied, %d unchanged, %d rejected", applied, unchanged, rejections.size());
    return new ImportReport(
        SOURCE, batch.rows().size(), applied, unchanged, rejections.size(), rejections);
  }

  /**
   * One row in the caller's transaction, for the demo-data load: a rejected row throws {@link
   * IllegalArgumentException} with the reason (no BSN), so the whole load rolls back.
   */
  public void applyInCallerTransaction(DeathRow row) {
    try {
      DeathRow.Valid valid = row.validate(LocalDate.now(clock));
      QuarkusTransaction.joiningExisting().call(() -> apply(valid));
    } catch (DeathRow.Rejected e) {
      throw new IllegalArgumentException(e.getMessage());
    }
  }

  /** Records the death and ends the person's open mandates; whether anything changed. */
  private boolean apply(DeathRow.Valid row) {
    Party person = parties.findOrRegister(new PartyReference(SubjectType.BSN.name(), row.bsn()));
    parties.lock(person);
    boolean recorded = parties.recordDeath(person, row.diedOn());
    int ended = mandates.endOnDeath(person);
    return recorded || ended > 0;
  }
}
