package nl.namens.keycloak.policy;

import java.util.Optional;
import nl.namens.keycloak.register.CapacityResult;
import nl.namens.keycloak.representation.Verdict;
import org.keycloak.OAuthErrorException;

/**
 * Whether a token may be issued, given the verdict on the client session's representation or, for a
 * login as "myself", the register's capacity answer.
 */
final class RepresentationDecision {

  static final String NO_LONGER_VALID = "representation is no longer valid";
  static final String CANNOT_VERIFY = "representation cannot be verified right now";
  static final String SELF_NOT_ALLOWED = "the user may no longer act for themselves at this service";

  /** An OAuth error to answer instead of tokens. */
  record Refusal(String error, String description) {}

  private RepresentationDecision() {}

  /** Empty: issue tokens. Otherwise the {@code invalid_grant} refusal. */
  static Optional<Refusal> decide(Verdict verdict) {
    if (verdict instanceof Verdict.NotRepresented || verdict instanceof Verdict.Authorized) {
      return Optional.empty();
    }
    if (verdict instanceof Verdict.Unavailable) {
      return Optional.of(new Refusal(OAuthErrorException.INVALID_GRANT, CANNOT_VERIFY));
    }
    return Optional.of(new Refusal(OAuthErrorException.INVALID_GRANT, NO_LONGER_VALID));
  }

  /**
   * Empty: issue tokens. {@code Incapable} (a court measure now covers this service) is refused
   * with {@code invalid_grant}; {@code Unavailable} is not (fail open for acting for oneself, as at
   * login). The description names no reason: the court measure is not the service's business.
   */
  static Optional<Refusal> decideSelf(CapacityResult capacity) {
    if (capacity instanceof CapacityResult.Incapable) {
      return Optional.of(new Refusal(OAuthErrorException.INVALID_GRANT, SELF_NOT_ALLOWED));
    }
    return Optional.empty();
  }
}
