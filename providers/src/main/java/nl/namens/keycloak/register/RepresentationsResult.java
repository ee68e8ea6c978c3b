package nl.namens.keycloak.register;

import java.util.List;

/** The answer to "whom may this actor represent for this service": a list, or "cannot answer". */
public sealed interface RepresentationsResult {

  /**
   * The register answered; the list may be empty.
   *
   * @param representations the principals of the requested page (all of them when not paged)
   * @param total how many principals match the query before paging
   */
  record Principals(List<Representation> representations, int total)
      implements RepresentationsResult {
    public Principals {
      representations = List.copyOf(representations);
      if (total < representations.size()) {
        total = representations.size();
      }
    }

    /** An unpaged answer: the total is the list's size. */
    public Principals(List<Representation> representations) {
      this(representations, representations.size());
    }
  }

  /** The register could not answer; this is never the same as "no mandates". */
  record Unavailable(Unavailability why) implements RepresentationsResult {}
}
