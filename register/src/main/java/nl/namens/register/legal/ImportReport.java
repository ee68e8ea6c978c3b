package nl.namens.register.legal;

import java.util.List;

/**
 * The answer to an import: how many rows were applied (created, corrected or terminated), unchanged and
 * rejected, and per rejected row its index in the batch, its external id and the reason (no BSN).
 */
public record ImportReport(
    String source, int received, int applied, int unchanged, int rejected, List<Rejection> rejections) {

  public record Rejection(int index, String externalId, String reason) {}
}
