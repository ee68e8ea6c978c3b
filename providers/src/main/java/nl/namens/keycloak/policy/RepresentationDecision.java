package nl.namens.keycloak.policy;

import java.util.Optional;
import nl.namens.keycloak.representation.Verdict;
import org.keycloak.OAuthErrorException;

/** Whether a token may be issued, given the verdict on the client session's representation. */
final class RepresentationDecision {

  static final String NO_LONGER_VALID = "representation is no longer valid";
  static final String CANNOT_VERIFY = "representation cannot be verified right now";

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
}
