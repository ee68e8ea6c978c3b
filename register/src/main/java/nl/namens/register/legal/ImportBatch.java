package nl.namens.register.legal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** {@code {"rows": [ImportRow]}}: one batch of a feed, at most {@value #MAX_ROWS} rows. */
public record ImportBatch(@NotNull @Size(max = ImportBatch.MAX_ROWS) List<ImportRow> rows) {

  /** The most rows of one batch, through the API or in one batch file. */
  public static final int MAX_ROWS = 1000;
}
