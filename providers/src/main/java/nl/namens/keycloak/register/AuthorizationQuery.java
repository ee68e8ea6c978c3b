package nl.namens.keycloak.register;

import java.util.Objects;

/**
 * The question for {@code POST /bvd/v1/authorizations}.
 *
 * @param mandateId may be null (then any mandate counts)
 */
public record AuthorizationQuery(Actor actor, Party principal, String service, String mandateId) {

  public AuthorizationQuery {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(principal, "principal");
    Objects.requireNonNull(service, "service");
  }

  /** A query for an actor without an employee pseudonym. */
  public AuthorizationQuery(Party actor, Party principal, String service, String mandateId) {
    this(Actor.of(Objects.requireNonNull(actor, "actor")), principal, service, mandateId);
  }

  /** A key for per-request caches (holds identifiers: never log it). */
  public String cacheKey() {
    return actor.cacheKey()
        + "|"
        + principal.ref()
        + "|"
        + service
        + "|"
        + (mandateId == null ? "" : mandateId);
  }

  @Override
  public String toString() {
    return "AuthorizationQuery[actor="
        + actor.logRef()
        + ", principal="
        + principal.logRef()
        + ", service="
        + service
        + ", mandateId="
        + mandateId
        + "]";
  }
}
