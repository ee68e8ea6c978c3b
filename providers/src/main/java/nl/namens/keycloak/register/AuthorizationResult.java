package nl.namens.keycloak.register;

/** The answer to "may this actor act for this principal for this service now". */
public sealed interface AuthorizationResult {

  record Authorized(Representation representation) implements AuthorizationResult {}

  record NotAuthorized() implements AuthorizationResult {}

  /** The register could not answer: callers must fail closed. */
  record Unavailable(Unavailability why) implements AuthorizationResult {}
}
