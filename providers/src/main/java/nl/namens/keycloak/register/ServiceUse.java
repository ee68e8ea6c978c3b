package nl.namens.keycloak.register;

/**
 * The register's answer to "do mandates that have not ended name this service?" ({@code POST
 * /bvd/v1/service-use}), asked before the catalogue lets an administrator remove a service.
 */
public sealed interface ServiceUse {

  /** Live mandates (proposed, pending, requested, active, or survivor mandates not ended) name the service. */
  record InUse(int mandates) implements ServiceUse {}

  /** No live mandate names it. */
  record Unused() implements ServiceUse {}

  /** The register could not say: callers refuse the removal (fail closed). */
  record Unavailable(String reason) implements ServiceUse {}
}
