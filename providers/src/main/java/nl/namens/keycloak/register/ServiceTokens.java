package nl.namens.keycloak.register;

/** Supplies the bearer token for calls to the register. */
interface ServiceTokens {

  /** A valid token, from cache or freshly obtained. */
  String token() throws RegisterUnavailableException;

  /**
   * Forget {@code token} (the register refused it), so the next {@link #token()} fetches a new one.
   */
  void invalidate(String token);
}
