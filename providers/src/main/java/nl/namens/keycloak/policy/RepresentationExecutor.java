package nl.namens.keycloak.policy;

import nl.namens.keycloak.metrics.NamensMetrics;
import org.keycloak.models.UserModel;
import nl.namens.keycloak.representation.Actors;
import nl.namens.keycloak.register.Party;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import nl.namens.keycloak.representation.ActingFor;
import nl.namens.keycloak.representation.Choice;
import nl.namens.keycloak.representation.ChoiceLedger;
import nl.namens.keycloak.representation.ClientServices;
import nl.namens.keycloak.representation.RequestChoice;
import org.jboss.logging.Logger;
import org.keycloak.OAuth2Constants;
import org.keycloak.OAuthErrorException;
import org.keycloak.models.AuthenticatedClientSessionModel;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.protocol.oidc.TokenManager;
import org.keycloak.protocol.oidc.utils.OAuth2Code;
import org.keycloak.representations.AccessToken;
import org.keycloak.representations.RefreshToken;
import org.keycloak.representations.idm.ClientPolicyExecutorConfigurationRepresentation;
import org.keycloak.services.clientpolicy.ClientPolicyContext;
import org.keycloak.services.clientpolicy.ClientPolicyException;
import org.keycloak.services.clientpolicy.context.TokenIntrospectContext;
import org.keycloak.services.clientpolicy.context.TokenRefreshContext;
import org.keycloak.services.clientpolicy.context.TokenRefreshResponseContext;
import org.keycloak.services.clientpolicy.context.TokenRequestContext;
import org.keycloak.services.clientpolicy.context.TokenResponseContext;
import org.keycloak.services.clientpolicy.context.UserInfoRequestContext;
import org.keycloak.services.clientpolicy.executor.ClientPolicyExecutorProvider;
import org.keycloak.util.TokenUtil;

/**
 * Binds every token to the acting-for choice of its own login and checks that choice whenever a
 * token is issued or read, for clients that offer services:
 *
 * <table>
 *   <tr><th>event</th><th>which choice</th><th>what happens</th></tr>
 *   <tr><td>{@code TOKEN_REQUEST} (code)</td><td>the one recorded with the code's PKCE challenge</td>
 *       <td>re-checked; {@code invalid_grant} when it no longer holds or is not known</td></tr>
 *   <tr><td>{@code TOKEN_REFRESH}</td><td>the one named in the refresh token ({@value
 *       ChoiceLedger#CLAIM})</td><td>idem</td></tr>
 *   <tr><td>{@code TOKEN_RESPONSE}, {@code TOKEN_REFRESH_RESPONSE}</td><td>the bound one</td>
 *       <td>the tokens must say it exactly, else {@code invalid_grant}; stamped with its id</td></tr>
 *   <tr><td>{@code USERINFO_REQUEST}</td><td>the one named in the access token</td>
 *       <td>re-checked; {@code invalid_token} (401) when it does not hold</td></tr>
 *   <tr><td>{@code TOKEN_INTROSPECT}</td><td>the one named in the token</td>
 *       <td>re-checked; {@code "active": false} when it does not hold</td></tr>
 * </table>
 *
 * <p>The choice found is bound to the request ({@link RequestChoice}); the protocol mappers
 * describe only that one, so a later login at the same client (which records a choice of its own)
 * never changes what an earlier token says. Grants that cannot carry this check are refused by
 * {@code namens-grant-guard}.
 */
final class RepresentationExecutor
    implements ClientPolicyExecutorProvider<ClientPolicyExecutorConfigurationRepresentation> {

  private static final Logger LOG = Logger.getLogger(RepresentationExecutor.class);

  static final String UNKNOWN_LOGIN =
      "the login of this token is not known (any longer): log in again";
  static final String TOKENS_WOULD_DIFFER = "the tokens would not say the chosen representation";

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
    switch (context.getEvent()) {
      case TOKEN_REQUEST -> onCodeExchange((TokenRequestContext) context);
      case TOKEN_RESPONSE -> {
        TokenResponseContext response = (TokenResponseContext) context;
        onTokens(
            response.getAccessTokenResponseBuilder(),
            response.getClientSessionContext().getClientSession());
      }
      case TOKEN_REFRESH -> onRefresh((TokenRefreshContext) context);
      case TOKEN_REFRESH_RESPONSE ->
          onTokens(((TokenRefreshResponseContext) context).getAccessTokenResponseBuilder(), null);
      case USERINFO_REQUEST -> onUserInfo((UserInfoRequestContext) context);
      case TOKEN_INTROSPECT -> onIntrospection((TokenIntrospectContext) context);
      default -> {}
    }
  }

  /** The authorization code belongs to the login whose PKCE challenge it carries. */
  private void onCodeExchange(TokenRequestContext context) throws ClientPolicyException {
    AuthenticatedClientSessionModel clientSession = context.getParseResult().getClientSession();
    OAuth2Code code = context.getParseResult().getCodeData();
    if (clientSession == null || code == null) {
      return; // Keycloak refuses the code itself
    }
    ClientModel client = clientSession.getClient();
    if (!ClientServices.offersServices(client)) {
      return;
    }
    Optional<Choice> choice =
        ChoiceLedger.ofCodeChallenge(clientSession.getNotes(), code.getCodeChallenge());
    if (choice.isEmpty()) {
      throw refused(client, "code exchange", OAuthErrorException.INVALID_GRANT, UNKNOWN_LOGIN);
    }
    check(clientSession, choice.get(), "code exchange", OAuthErrorException.INVALID_GRANT);
  }

  /** The refresh token names its choice; a token without one (or of a dropped one) is refused. */
  private void onRefresh(TokenRefreshContext context) throws ClientPolicyException {
    ClientModel client = context.getClient();
    if (!ClientServices.offersServices(client)) {
      return;
    }
    AccessToken token =
        session
            .tokens()
            .decode(
                context.getParams().getFirst(OAuth2Constants.REFRESH_TOKEN),
                RefreshToken.class);
    Optional<AuthenticatedClientSessionModel> clientSession = clientSessionOf(token, client);
    if (clientSession.isEmpty()) {
      return; // Keycloak refuses a token it cannot read or whose session is gone
    }
    Choice choice = named(token, clientSession.get(), "refresh", OAuthErrorException.INVALID_GRANT);
    check(clientSession.get(), choice, "refresh", OAuthErrorException.INVALID_GRANT);
  }

  /** Userinfo describes the choice the access token was issued for, re-checked now. */
  private void onUserInfo(UserInfoRequestContext context) throws ClientPolicyException {
    String encoded =
        context.getTokenForUserInfo() == null ? null : context.getTokenForUserInfo().getToken();
    AccessToken token = session.tokens().decode(encoded, AccessToken.class);
    ClientModel client = clientOf(token);
    if (!ClientServices.offersServices(client)) {
      return;
    }
    Optional<AuthenticatedClientSessionModel> clientSession = clientSessionOf(token, client);
    if (clientSession.isEmpty()) {
      return;
    }
    Choice choice =
        named(token, clientSession.get(), "userinfo", OAuthErrorException.INVALID_TOKEN);
    check(clientSession.get(), choice, "userinfo", OAuthErrorException.INVALID_TOKEN);
  }

  /**
   * Introspection describes the choice the token was issued for. A token whose choice is unknown
   * or no longer holds is answered {@code "active": false} (RFC 7662): its {@code token}
   * parameter, which Keycloak reads again after this event, is emptied.
   */
  private void onIntrospection(TokenIntrospectContext context) throws ClientPolicyException {
    MultivaluedMap<String, String> params = context.getParams();
    AccessToken token = session.tokens().decode(params.getFirst("token"), AccessToken.class);
    ClientModel client = clientOf(token);
    if (!ClientServices.offersServices(client)) {
      return;
    }
    Optional<AuthenticatedClientSessionModel> clientSession = clientSessionOf(token, client);
    if (clientSession.isEmpty()) {
      return;
    }
    try {
      Choice choice =
          named(token, clientSession.get(), "introspection", OAuthErrorException.INVALID_TOKEN);
      check(clientSession.get(), choice, "introspection", OAuthErrorException.INVALID_TOKEN);
    } catch (ClientPolicyException refused) {
      params.putSingle("token", "");
    }
  }

  /**
   * The tokens about to be issued say the bound choice exactly and carry its id; at a code exchange
   * the client session forgets choices beyond the newest {@value ChoiceLedger#KEPT}.
   */
  private void onTokens(
      TokenManager.AccessTokenResponseBuilder tokens, AuthenticatedClientSessionModel codeSession)
      throws ClientPolicyException {
    ClientModel client = session.getContext().getClient();
    Optional<String> problem;
    if (!ClientServices.offersServices(client)) {
      problem =
          TokenGuard.problem(
              new ActingFor.Self(null),
              null,
              tokens.getAccessToken(),
              tokens.getIdToken());
      if (problem.isPresent()) {
        throw refused(client, "tokens", OAuthErrorException.INVALID_GRANT, TOKENS_WOULD_DIFFER);
      }
      return;
    }
    Optional<Choice> bound = RequestChoice.of(session, client);
    if (bound.isEmpty()) {
      LOG.errorf("no acting-for choice bound for tokens of client %s", client.getClientId());
      throw refused(client, "tokens", OAuthErrorException.INVALID_GRANT, UNKNOWN_LOGIN);
    }
    problem =
        TokenGuard.problem(
            bound.get().actingFor(),
            loginCompany(tokens.getAccessToken()),
            tokens.getAccessToken(),
            tokens.getIdToken());
    if (problem.isPresent()) {
      LOG.errorf(
          "tokens for client %s refused: %s (check its client scopes and the pseudonym key)",
          client.getClientId(), problem.get());
      throw refused(client, "tokens", OAuthErrorException.INVALID_GRANT, TOKENS_WOULD_DIFFER);
    }
    TokenGuard.stamp(
        bound.get(), tokens.getAccessToken(), tokens.getIdToken(), tokens.getRefreshToken());
    if (codeSession != null) {
      ChoiceLedger.staleNotes(codeSession.getNotes(), bound.get().id())
          .forEach(codeSession::removeNote);
    }
  }

  /**
   * The company an eHerkenning user logged in for, from the user the access token is issued to (its {@code sub} is
   * Keycloak's user id); null for a DigiD user.
   */
  private Party loginCompany(AccessToken accessToken) {
    if (accessToken == null || accessToken.getSubject() == null) {
      return null;
    }
    UserModel user = session.users().getUserById(session.getContext().getRealm(), accessToken.getSubject());
    return Actors.actorOf(user).filter(party -> !party.type().isPersonal()).orElse(null);
  }

  /** The choice a token names; refused when it names none or one no longer kept. */
  private Choice named(
      AccessToken token, AuthenticatedClientSessionModel clientSession, String what, String error)
      throws ClientPolicyException {
    Object id = token.getOtherClaims().get(ChoiceLedger.CLAIM);
    Optional<Choice> choice =
        ChoiceLedger.find(clientSession.getNotes(), id instanceof String s ? s : null);
    if (choice.isEmpty()) {
      throw refused(clientSession.getClient(), what, error, UNKNOWN_LOGIN);
    }
    return choice.get();
  }

  /** Re-checks the choice with the register and binds it to this request. */
  private void check(
      AuthenticatedClientSessionModel clientSession,
      Choice choice,
      String what,
      String error)
      throws ClientPolicyException {
    RealmModel realm = session.getContext().getRealm();
    UserSessionModel userSession = clientSession.getUserSession();
    Optional<RepresentationDecision.Refusal> refusal =
        ChoiceCheck.refusal(session, realm, userSession.getUser(), choice.actingFor());
    if (refusal.isPresent()) {
      LOG.infof(
          "no tokens for client %s, user %s on %s: %s",
          clientSession.getClient().getClientId(),
          userSession.getUser().getId(),
          what,
          refusal.get().description());
      NamensMetrics.refusal(what.replace(' ', '_'));
      throw exception(error, refusal.get().description());
    }
    RequestChoice.bind(session, clientSession.getClient(), choice);
  }

  private ClientPolicyException refused(
      ClientModel client, String what, String error, String description) {
    LOG.infof("no tokens for client %s on %s: %s", client.getClientId(), what, description);
    NamensMetrics.refusal(what.replace(' ', '_'));
    return exception(error, description);
  }

  /** {@code invalid_token} is answered 401 (RFC 6750), the rest 400. */
  private static ClientPolicyException exception(String error, String description) {
    return OAuthErrorException.INVALID_TOKEN.equals(error)
        ? new ClientPolicyException(error, description, Response.Status.UNAUTHORIZED)
        : new ClientPolicyException(error, description);
  }

  private ClientModel clientOf(AccessToken token) {
    if (token == null || token.getIssuedFor() == null) {
      return null;
    }
    return session.getContext().getRealm().getClientByClientId(token.getIssuedFor());
  }

  /** The client session of {@code client} in the token's (online or offline) user session. */
  private Optional<AuthenticatedClientSessionModel> clientSessionOf(
      AccessToken token, ClientModel client) {
    if (token == null || token.getSessionId() == null || client == null) {
      return Optional.empty();
    }
    RealmModel realm = session.getContext().getRealm();
    UserSessionModel userSession =
        TokenUtil.TOKEN_TYPE_OFFLINE.equals(token.getType())
            ? session.sessions().getOfflineUserSession(realm, token.getSessionId())
            : session.sessions().getUserSession(realm, token.getSessionId());
    if (userSession == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(userSession.getAuthenticatedClientSessionByClient(client.getId()));
  }
}
