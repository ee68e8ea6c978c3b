package nl.namens.register.legal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Imports a batch of a feed, from the JSON API or read from a batch file ({@link LegalImportFiles}). Every
 * row is validated on its own and applied in its own transaction: good rows are kept, bad rows are rejected
 * with a report (never half-applied). The same batch twice gives the same state (the second run reports
 * every row unchanged); a known external id with changed fields is a correction; {@code terminated: true}
 * ends the relation.
 */
@ApplicationScoped
public class LegalImports {

  private static final Logger LOG = Logger.getLogger(LegalImports.class);

  private final LegalCommands commands;
  private final Clock clock;

  LegalImports(LegalCommands commands, Clock clock) {
    this.commands = commands;
    this.clock = clock;
  }

  /**
   * One row in the caller's transaction, for the demo-data load: validated as an import row; a rejected row
   * throws {@link IllegalArgumentException} with the reason (no BSN), so the whole load rolls back.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void applyInCallerTransaction(LegalSource source, ImportRow row) {
    try {
      commands.applyRowHere(source, row.validate(source, LocalDate.now(clock)));
    } catch (ImportRow.Rejected e) {
      throw new IllegalArgumentException(e.getMessage());
    }
  }

  public ImportReport run(LegalSource source, ImportBatch batch) {
    List<BatchRow> rows = new ArrayList<>(batch.rows().size());
    for (int i = 0; i < batch.rows().size(); i++) {
      rows.add(BatchRow.of(i, null, batch.rows().get(i)));
    }
    return run(source, rows);
  }

  ImportReport run(LegalSource source, List<BatchRow> rows) {
    List<ImportReport.Rejection> rejections = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int applied = 0;
    int unchanged = 0;
    LocalDate today = LocalDate.now(clock);
    for (BatchRow entry : rows) {
      try {
        if (entry.unreadable() != null) {
          throw new ImportRow.Rejected(entry.unreadable());
        }
        if (entry.row() == null) {
          throw new ImportRow.Rejected("row is empty");
        }
        ImportRow.Valid valid = entry.row().validate(source, today);
        if (!seen.add(valid.externalId())) {
          throw new ImportRow.Rejected("externalId occurs more than once in the batch");
        }
        if (commands.applyRow(source, valid) == LegalCommands.Outcome.APPLIED) {
          applied++;
        } else {
          unchanged++;
        }
      } catch (ImportRow.Rejected e) {
        rejections.add(rejection(entry, e.getMessage()));
      } catch (RuntimeException e) {
        LOG.warnf(
            "Legal import (%s): row %d not applied (%s)",
            source.code(), entry.index(), e.getClass().getSimpleName());
        rejections.add(
            rejection(entry, "could not be applied (conflict with the register); nothing of it was stored"));
      }
    }
    LOG.infof(
        "Legal import (%s): %d applied, %d unchanged, %d rejected",
        source.code(), applied, unchanged, rejections.size());
    return new ImportReport(
        source.code(), rows.size(), applied, unchanged, rejections.size(), rejections);
  }

  private static ImportReport.Rejection rejection(BatchRow entry, String reason) {
    return new ImportReport.Rejection(entry.index(), entry.line(), entry.externalId(), reason);
  }
}
