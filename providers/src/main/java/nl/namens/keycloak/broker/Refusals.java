package nl.namens.keycloak.broker;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.keycloak.broker.provider.IdentityBrokerException;
import org.keycloak.models.KeycloakSession;
import org.keycloak.services.ErrorPage;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Why a brokered login is refused: message keys of the login theme (section "identity provider
 * choice page") and the way a refusal reaches the browser.
 */
final class Refusals {

  static final String ASSERTION_MISSING = "namensLoginRefusedAssertionMissing";
  static final String DIGID_NAMEID_MISSING = "namensLoginRefusedDigidNameIdMissing";
  static final String DIGID_SECTOR_CODE = "namensLoginRefusedDigidSectorCode";
  static final String DIGID_BSN_INVALID = "namensLoginRefusedDigidBsnInvalid";
  static final String LOA_MISSING = "namensLoginRefusedLoaMissing";
  static final String LOA_UNKNOWN = "namensLoginRefusedLoaUnknown";
  static final String LOA_TOO_LOW = "namensLoginRefusedLoaTooLow";
  static final String EHERKENNING_KVK_MISSING = "namensLoginRefusedEherkenningKvkMissing";
  static final String EHERKENNING_KVK_INVALID = "namensLoginRefusedEherkenningKvkInvalid";
  static final String EHERKENNING_ACTING_SUBJECT_MISSING =
      "namensLoginRefusedEherkenningActingSubjectMissing";
  static final String EHERKENNING_ACTING_SUBJECT_INVALID =
      "namensLoginRefusedEherkenningActingSubjectInvalid";
  static final String EHERKENNING_BRANCH_INVALID = "namensLoginRefusedEherkenningBranchInvalid";
  static final String BROKER_NOT_CONFIGURED = "namensLoginRefusedBrokerNotConfigured";

  private Refusals() {}

  /**
   * A refusal: an {@link IdentityBrokerException} carrying the theme message key. The text is for
   * logs and must never contain an identifier's value.
   */
  static IdentityBrokerException refuse(String messageKey, String logText) {
    return new IdentityBrokerException(logText).withMessageCode(messageKey);
  }

  /**
   * Turns a refusal into the error page shown to the user. Keycloak's SAML endpoint wraps every
   * other exception thrown by a mapper into a generic "could not process response" error (HTTP 500,
   * message key lost); a {@link WebApplicationException} is passed through as the response, so the
   * user sees our message.
   */
  static WebApplicationException asErrorPage(
      KeycloakSession session,
      AuthenticationSessionModel authSession,
      IdentityBrokerException refusal) {
    Response page =
        ErrorPage.error(
            session, authSession, Response.Status.BAD_REQUEST, refusal.getMessageCode());
    return new WebApplicationException(refusal.getMessage(), refusal, page);
  }
}
