package nl.namens.keycloak.register;

import java.util.Objects;

/**
 * One use of a mandate, for {@code POST /bvd/v1/usages}: the actor chose this mandate for this
 * service at this LoA. Nothing of the service's content.
 *
 * @param loa the LoA code of the login ({@code basis} … {@code hoog}); may be null when unknown
 */
public record Usage(String mandateId, Actor actor, Party principal, String service, String loa) {

  public Usage {
    Objects.requireNonNull(mandateId, "mandateId");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(principal, "principal");
    Objects.requireNonNull(service, "service");
  }

  @Override
  public String toString() {
    return "Usage[mandateId="
        + mandateId
        + ", actor="
        + actor.logRef()
        + ", principal="
        + principal.logRef()
        + ", service="
        + service
        + ", loa="
        + loa
        + "]";
  }
}
