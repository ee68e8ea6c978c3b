package nl.namens.register.legal;

/**
 * One row of a batch as {@link LegalImports} takes it: its {@code index} in the batch (0-based), the
 * {@code line} of a batch file it starts on (absent for the JSON API), and either the row or, when the file's
 * cells could not be read as a row (wrong number of cells, a bad boolean, a wrong JSON type), the reason.
 */
record BatchRow(int index, Integer line, ImportRow row, String externalId, String unreadable) {

  static BatchRow of(int index, Integer line, ImportRow row) {
    return new BatchRow(index, line, row, row == null ? null : row.externalId(), null);
  }

  /** {@code externalId} only when it was read from its own cell (never a guess from a misaligned row). */
  static BatchRow unreadable(int index, int line, String externalId, String reason) {
    return new BatchRow(index, line, null, externalId, reason);
  }
}
