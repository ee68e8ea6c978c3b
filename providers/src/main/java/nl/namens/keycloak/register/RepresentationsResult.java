package nl.namens.keycloak.register;

import java.util.List;

/** The answer to "whom may this actor represent for this service": a list, or "cannot answer". */
public sealed interface RepresentationsResult {

  /** The register answered; the list may be empty. */
  record Principals(List<Representation> representations) implements RepresentationsResult {
    public Principals {
      representations = List.copyOf(representations);
    }
  }

  /** The register could not answer; this is never the same as "no mandates". */
  record Unavailable(Unavailability why) implements RepresentationsResult {}
}
