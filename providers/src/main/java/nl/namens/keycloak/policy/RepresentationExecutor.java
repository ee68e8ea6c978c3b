package nl.namens.keycloak.policy;

import java.util.Optional;
import nl.namens.keycloak.register.CapacityResult;
import nl.namens.keycloak.representation.RepresentationVerifier;
import nl.namens.keycloak.representation.Verdict;
import org.jboss.logging.Logger;
import org.keycloak.OAuth2Constants;
import org.keycloak.models.AuthenticatedClientSessionModel;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.representations.RefreshToken;
import org.keycloak.representations.idm.ClientPolicyExecutorConfigurationRepresentation;
import org.keycloak.services.clientpolicy.ClientPolicyContext;
import org.keycloak.services.clientpolicy.ClientPolicyException;
import org.keycloak.services.clientpolicy.context.TokenRefreshContext;
import org.keycloak.services.clientpolicy.context.TokenRequestContext;
import org.keycloak.services.clientpolicy.executor.ClientPolicyExecutorProvider;
import org.keycloak.util.TokenUtil;

/**
 * Re-checks the acting-for choice on code exchange ({@code TOKEN_REQUEST}) and refresh ({@code
 * TOKEN_REFRESH}); refuses with {@code invalid_grant} when the mandate no longer holds or the
 * register cannot answer, so no token is issued. For a DigiD person who chose "myself" at a service
 * it asks the register's capacity question again and refuses when they may no longer act for
 * themselves there (fail open when the register cannot answer, as at login).
 */
final class RepresentationExecutor
    implements ClientPolicyExecutorProvider<ClientPolicyExecutorConfigurationRepresentation> {

  private static final Logger LOG = Logger.getLogger(RepresentationExecutor.class);

  private final KeycloakSession session;

  RepresentationExecutor(KeycloakSession session) {
    this.session = session;
  }

  @Override
  public String getProviderId() {
    return RepresentationExecutorFactory.PROVIDER_ID;
  }

  @Override
  public void executeOnEvent(ClientPolicyContext context) throws ClientPolicyException {
    Optional<AuthenticatedClientSessionModel> clientSession =
        switch (context.getEvent()) {
          case TOKEN_REQUEST ->
              Optional.ofNullable(
                  ((TokenRequestContext) context).getParseResult().getClientSession());
          case TOKEN_REFRESH -> fromRefreshToken((TokenRefreshContext) context);
          default -> Optional.empty();
        };
    if (clientSession.isEmpty()) {
      return;
    }
    RealmModel realm = session.getContext().getRealm();
    Verdict verdict = RepresentationVerifier.verify(session, realm, clientSession.get());
    Optional<RepresentationDecision.Refusal> refusal = RepresentationDecision.decide(verdict);
    if (refusal.isPresent()) {
      LOG.infof(
          "no tokens for client %s on %s: %s",
          clientSession.get().getClient().getClientId(),
          context.getEvent(),
          refusal.get().description());
      throw new ClientPolicyException(refusal.get().error(), refusal.get().description());
    }
    checkSelfCapacity(context, realm, clientSession.get());
  }

  /**
   * A login as "myself": the person may have come under curatele, bewind or mentorschap since the
   * login. Logs the Keycloak user id and the reason, never the BSN.
   */
  private void checkSelfCapacity(
      ClientPolicyContext context, RealmModel realm, AuthenticatedClientSessionModel clientSession)
      throws ClientPolicyException {
    Optional<CapacityResult> capacity = SelfCapacity.ask(session, realm, clientSession);
    if (capacity.isEmpty()) {
      return;
    }
    Optional<RepresentationDecision.Refusal> refusal =
        RepresentationDecision.decideSelf(capacity.get());
    if (refusal.isPresent()) {
      LOG.infof(
          "no tokens for client %s, user %s on %s: %s (%s)",
          clientSession.getClient().getClientId(),
          clientSession.getUserSession().getUser().getId(),
          context.getEvent(),
          refusal.get().description(),
          ((CapacityResult.Incapable) capacity.get()).reason());
      throw new ClientPolicyException(refusal.get().error(), refusal.get().description());
    }
  }

  /**
   * The client session behind a refresh token. The token is decoded with signature check; when it
   * does not decode or its session is gone, Keycloak's own refresh handling refuses it, so nothing
   * to do here.
   */
  private Optional<AuthenticatedClientSessionModel> fromRefreshToken(TokenRefreshContext context) {
    String encoded = context.getParams().getFirst(OAuth2Constants.REFRESH_TOKEN);
    if (encoded == null) {
      return Optional.empty();
    }
    RefreshToken token = session.tokens().decode(encoded, RefreshToken.class);
    if (token == null || token.getSessionId() == null) {
      return Optional.empty();
    }
    RealmModel realm = session.getContext().getRealm();
    UserSessionModel userSession =
        TokenUtil.TOKEN_TYPE_OFFLINE.equals(token.getType())
            ? session.sessions().getOfflineUserSession(realm, token.getSessionId())
            : session.sessions().getUserSession(realm, token.getSessionId());
    ClientModel client = context.getClient();
    if (userSession == null || client == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(userSession.getAuthenticatedClientSessionByClient(client.getId()));
  }
}
