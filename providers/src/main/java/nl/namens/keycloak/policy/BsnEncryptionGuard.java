package nl.namens.keycloak.policy;

import nl.namens.keycloak.representation.NamensNames;
import org.jboss.logging.Logger;
import org.keycloak.OAuthErrorException;
import org.keycloak.jose.jws.JWSInput;
import org.keycloak.jose.jws.JWSInputException;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.protocol.oidc.OIDCAdvancedConfigWrapper;
import org.keycloak.protocol.oidc.OIDCLoginProtocol;
import org.keycloak.representations.AccessToken;
import org.keycloak.representations.idm.ClientPolicyExecutorConfigurationRepresentation;
import org.keycloak.services.clientpolicy.ClientPolicyContext;
import org.keycloak.services.clientpolicy.ClientPolicyException;
import org.keycloak.services.clientpolicy.context.UserInfoRequestContext;
import org.keycloak.services.clientpolicy.executor.ClientPolicyExecutorProvider;

/**
 * {@code namens-bsn-encryption}: an OIDC client allowed BSNs ({@code namens.bsn-allowed}) gets them
 * only encrypted to its own key (OIDC NL GOV, BSN protection): its ID tokens and userinfo must be
 * encrypted ({@code id.token.encrypted.response.alg}, {@code user.info.encrypted.response.alg}).
 * A client that is not so registered is refused ({@code unauthorized_client}) at the
 * authorization request, the code exchange, the refresh and userinfo: it never receives a BSN in
 * clear. Access tokens carry no BSN at all ({@code namens-represents-mapper}).
 */
final class BsnEncryptionGuard
    implements ClientPolicyExecutorProvider<ClientPolicyExecutorConfigurationRepresentation> {

  private static final Logger LOG = Logger.getLogger(BsnEncryptionGuard.class);

  static final String NOT_ENCRYPTED =
      "a client allowed BSNs must have its ID tokens and userinfo encrypted to its key";

  private final KeycloakSession session;

  BsnEncryptionGuard(KeycloakSession session) {
    this.session = session;
  }

  @Override
  public String getProviderId() {
    return BsnEncryptionGuardFactory.PROVIDER_ID;
  }

  @Override
  public void executeOnEvent(ClientPolicyContext context) throws ClientPolicyException {
    ClientModel client;
    switch (context.getEvent()) {
      case AUTHORIZATION_REQUEST, TOKEN_REQUEST, TOKEN_REFRESH -> client = session.getContext().getClient();
      case USERINFO_REQUEST -> client = clientOf((UserInfoRequestContext) context);
      default -> {
        return;
      }
    }
    if (client != null && !mayReceiveBsns(client)) {
      LOG.infof("refused client %s: %s", client.getClientId(), NOT_ENCRYPTED);
      throw new ClientPolicyException(OAuthErrorException.UNAUTHORIZED_CLIENT, NOT_ENCRYPTED);
    }
  }

  /** True unless the client is an OIDC client allowed BSNs without encryption of both. */
  static boolean mayReceiveBsns(ClientModel client) {
    if (!OIDCLoginProtocol.LOGIN_PROTOCOL.equals(client.getProtocol())
        || !Boolean.parseBoolean(client.getAttribute(NamensNames.CLIENT_BSN_ALLOWED))) {
      return true;
    }
    OIDCAdvancedConfigWrapper config = OIDCAdvancedConfigWrapper.fromClientModel(client);
    return isSet(config.getIdTokenEncryptedResponseAlg())
        && isSet(config.getUserInfoEncryptedResponseAlg());
  }

  private static boolean isSet(String value) {
    return value != null && !value.isBlank();
  }

  /** The client a userinfo token was issued to (read before Keycloak verifies it: only to refuse). */
  private ClientModel clientOf(UserInfoRequestContext context) {
    String token = context.getTokenForUserInfo().getToken();
    RealmModel realm = session.getContext().getRealm();
    if (token == null || realm == null) {
      return null;
    }
    try {
      String azp = new JWSInput(token).readJsonContent(AccessToken.class).getIssuedFor();
      return azp == null ? null : realm.getClientByClientId(azp);
    } catch (JWSInputException | RuntimeException e) {
      return null; // not a token: Keycloak refuses it itself
    }
  }
}
