package nl.namens.register.legal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** {@code {"rows": [ImportRow]}}: one batch of a feed, at most 1000 rows. */
public record ImportBatch(@NotNull @Size(max = 1000) List<ImportRow> rows) {}
