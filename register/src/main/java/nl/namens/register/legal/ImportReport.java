package nl.namens.register.legal;

import java.util.List;

/**
 * The answer to an import: how many rows were applied (created, corrected or terminated), unchanged and
 * rejected, and per rejected row its index in the batch (0-based), for a batch file also the line it starts
 * on (1-based, the header is line 1), its external id and the reason (no BSN).
 */
public record ImportReport(
    String source, int received, int applied, int unchanged, int rejected, List<Rejection> rejections) {

  /** {@code line} is absent for the JSON API (a batch there has no lines). */
  public record Rejection(int index, Integer line, String externalId, String reason) {}
}
