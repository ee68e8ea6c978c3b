package nl.namens.register.death;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** {@code {"rows": [DeathRow]}}: one batch of the BRP deaths feed, at most {@value #MAX_ROWS} rows. */
public record DeathBatch(@NotNull @Size(max = DeathBatch.MAX_ROWS) List<DeathRow> rows) {

  /** The most rows of one batch. */
  public static final int MAX_ROWS = 1000;
}
