package nl.namens.keycloak.policy;

import java.util.List;
import java.util.Optional;
import nl.namens.keycloak.protocol.oidc.RepresentsClaims;
import nl.namens.keycloak.representation.ChoiceLedger;
import nl.namens.keycloak.representation.ClientServices;
import org.keycloak.OAuthErrorException;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.protocol.oidc.TokenExchangeContext;
import org.keycloak.protocol.oidc.utils.OIDCResponseType;
import org.keycloak.representations.AccessToken;
import org.keycloak.representations.idm.ClientPolicyExecutorConfigurationRepresentation;
import org.keycloak.services.clientpolicy.ClientPolicyContext;
import org.keycloak.services.clientpolicy.ClientPolicyEvent;
import org.keycloak.services.clientpolicy.ClientPolicyException;
import org.keycloak.services.clientpolicy.context.AuthorizationRequestContext;
import org.keycloak.services.clientpolicy.context.TokenExchangeRequestContext;
import org.keycloak.services.clientpolicy.executor.ClientPolicyExecutorProvider;
import org.jboss.logging.Logger;

/**
 * {@code namens-grant-guard}: refuses, for clients that offer services ({@code namens.services}),
 * every grant and response type that cannot carry the acting-for choice and its check: only the
 * authorization code flow (and its refresh tokens) asks the person whom they act for and is
 * re-checked by {@code namens-representation-executor}. Refused with {@code unauthorized_client}
 * (RFC 6749 5.2 / 4.1.2.1): implicit and hybrid response types, client credentials, the password
 * grant, the device grant, CIBA, the JWT authorization grant, and token exchange by such a client,
 * of a token issued to one, or for one as audience (a token exchanged elsewhere would lose its
 * representation; a person stopped at a service would get in through an exchange).
 */
final class GrantGuard
    implements ClientPolicyExecutorProvider<ClientPolicyExecutorConfigurationRepresentation> {

  private static final Logger LOG = Logger.getLogger(GrantGuard.class);

  static final String NOT_FOR_SERVICES =
      "this grant cannot carry representation and is not allowed for clients with services";

  private final KeycloakSession session;

  GrantGuard(KeycloakSession session) {
    this.session = session;
  }

  @Override
  public String getProviderId() {
    return GrantGuardFactory.PROVIDER_ID;
  }

  @Override
  public void executeOnEvent(ClientPolicyContext context) throws ClientPolicyException {
    ClientModel client = session.getContext().getClient();
    Optional<String> refused = refusedGrant(context, ClientServices.offersServices(client));
    if (refused.isPresent()) {
      LOG.infof(
          "refused for client %s: %s",
          client == null ? "(unknown)" : client.getClientId(), refused.get());
      throw new ClientPolicyException(OAuthErrorException.UNAUTHORIZED_CLIENT, NOT_FOR_SERVICES);
    }
  }

  /** The grant refused for this event (for the log), or empty. */
  private Optional<String> refusedGrant(ClientPolicyContext context, boolean offersServices) {
    ClientPolicyEvent event = context.getEvent();
    switch (event) {
      case AUTHORIZATION_REQUEST -> {
        OIDCResponseType type = ((AuthorizationRequestContext) context).getparsedResponseType();
        return offersServices && type != null && type.isImplicitOrHybridFlow()
            ? Optional.of("implicit or hybrid response type")
            : Optional.empty();
      }
      case SERVICE_ACCOUNT_TOKEN_REQUEST,
          RESOURCE_OWNER_PASSWORD_CREDENTIALS_REQUEST,
          DEVICE_AUTHORIZATION_REQUEST,
          DEVICE_TOKEN_REQUEST,
          BACKCHANNEL_AUTHENTICATION_REQUEST,
          BACKCHANNEL_TOKEN_REQUEST,
          JWT_AUTHORIZATION_GRANT -> {
        return offersServices ? Optional.of(event.name()) : Optional.empty();
      }
      case TOKEN_EXCHANGE_REQUEST -> {
        if (offersServices) {
          return Optional.of("token exchange by a client with services");
        }
        TokenExchangeContext.Params params =
            ((TokenExchangeRequestContext) context).getTokenExchangeContext().getParams();
        if (carriesRepresentation(params.getSubjectToken())) {
          return Optional.of("token exchange of a token of a client with services");
        }
        List<String> audience = params.getAudience() == null ? List.of() : params.getAudience();
        RealmModel realm = session.getContext().getRealm();
        return audience.stream()
                .anyMatch(a -> ClientServices.offersServices(realm.getClientByClientId(a)))
            ? Optional.of("token exchange for the audience of a client with services")
            : Optional.empty();
      }
      default -> {
        return Optional.empty();
      }
    }
  }

  /**
   * Whether a subject token was issued to a client with services or carries a choice or a
   * representation. A token this realm did not sign is left to Keycloak's own checks.
   */
  private boolean carriesRepresentation(String encoded) {
    AccessToken token = session.tokens().decode(encoded, AccessToken.class);
    if (token == null) {
      return false;
    }
    if (token.getOtherClaims().containsKey(ChoiceLedger.CLAIM)
        || token.getOtherClaims().containsKey(RepresentsClaims.REPRESENTS)) {
      return true;
    }
    ClientModel issuedTo =
        token.getIssuedFor() == null
            ? null
            : session.getContext().getRealm().getClientByClientId(token.getIssuedFor());
    return ClientServices.offersServices(issuedTo);
  }
}
