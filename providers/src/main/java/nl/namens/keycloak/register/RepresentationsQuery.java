package nl.namens.keycloak.register;

import java.util.Objects;

/**
 * The question for {@code POST /bvd/v1/representations}: whom may {@code actor} represent for
 * {@code service}, optionally narrowed by a search and cut into a page.
 *
 * @param search null or empty: everybody
 * @param offset the first principal of the page (0 based)
 * @param limit the page size (1–100), or null for all
 */
public record RepresentationsQuery(
    Actor actor, String service, PrincipalSearch search, int offset, Integer limit) {

  public static final int MAX_LIMIT = 100;

  public RepresentationsQuery {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(service, "service");
    if (search != null && search.noCriteria()) {
      search = null;
    }
    if (offset < 0) {
      throw new IllegalArgumentException("offset < 0");
    }
    if (limit != null && (limit < 1 || limit > MAX_LIMIT)) {
      throw new IllegalArgumentException("limit outside 1.." + MAX_LIMIT);
    }
  }

  @Override
  public String toString() {
    return "RepresentationsQuery[actor="
        + actor.logRef()
        + ", service="
        + service
        + ", search="
        + search
        + ", offset="
        + offset
        + ", limit="
        + limit
        + "]";
  }
}
