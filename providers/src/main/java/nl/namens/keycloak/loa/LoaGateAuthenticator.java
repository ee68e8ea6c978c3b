package nl.namens.keycloak.loa;

import nl.namens.keycloak.metrics.NamensMetrics;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import nl.namens.identifiers.LevelOfAssurance;
import org.jboss.logging.Logger;
import org.keycloak.OAuth2Constants;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationProcessor;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.FederatedIdentityModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.protocol.LoginProtocol;
import org.keycloak.protocol.oidc.OIDCAdvancedConfigWrapper;
import org.keycloak.protocol.oidc.OIDCLoginProtocol;
import org.keycloak.protocol.oidc.utils.OIDCRedirectUriBuilder;
import org.keycloak.protocol.oidc.utils.OIDCResponseMode;
import org.keycloak.protocol.oidc.utils.OIDCResponseType;
import org.keycloak.services.Urls;
import org.keycloak.services.managers.AuthenticationSessionManager;
import org.keycloak.services.managers.ClientSessionCode;
import org.keycloak.sessions.AuthenticationSessionModel;
import org.keycloak.util.TokenUtil;

/**
 * {@code namens-loa-gate}: no login continues below the level of assurance it needs ({@link
 * RequiredLoa}: the client's request and the minimum of its services). On single sign-on with a
 * lower level the person is sent back to the identity provider they logged in with, which is asked
 * for the needed level ({@code RequestedAuthnContext}, {@code ForceAuthn}; see {@code
 * NamensSamlIdentityProvider}). When the level is still not reached — the identity provider gave
 * less, or the step-up was already tried — the person sees a page that says so and returns to the
 * service, which gets {@value #UNMET} (OIDC) or {@code RequestDenied} (SAML); never a token at a
 * lower level. Under {@code prompt=none}: {@code login_required}.
 */
final class LoaGateAuthenticator implements Authenticator {

  /** OIDC error for a level of assurance that was asked and not reached (docs/providers.md). */
  static final String UNMET = "unmet_authentication_requirements";

  /** Authentication note: the level a step-up asked the identity provider for, in this login. */
  static final String STEP_UP_NOTE = "namens.loa.step-up";

  static final String TEMPLATE = "namens-loa-unmet.ftl";
  static final String PAGE_ATTRIBUTE = "loaUnmet";
  static final String EVENT_REQUIRED = "namens_loa_required";
  static final String EVENT_OUTCOME = "namens_loa";

  private static final Logger LOG = Logger.getLogger(LoaGateAuthenticator.class);

  @Override
  public void authenticate(AuthenticationFlowContext context) {
    AuthenticationSessionModel authSession = context.getAuthenticationSession();
    LevelOfAssurance required = RequiredLoa.of(authSession);
    Optional<LevelOfAssurance> current = SessionLoa.of(context);
    context.getEvent().detail(EVENT_REQUIRED, required.code());
    if (current.isPresent() && current.get().satisfies(required)) {
      context.success();
      return;
    }
    if (passive(authSession)) {
      context.getEvent().detail(EVENT_OUTCOME, "login_required");
      authSession.setAuthNote(AuthenticationProcessor.FORWARDED_PASSIVE_LOGIN, "true");
      context.forceChallenge(
          protocol(context).sendError(authSession, LoginProtocol.Error.PASSIVE_LOGIN_REQUIRED, null));
      return;
    }
    Optional<String> provider = identityProvider(context);
    if (!SessionLoa.isFresh(context)
        && authSession.getAuthNote(STEP_UP_NOTE) == null
        && provider.isPresent()) {
      stepUp(context, provider.get(), required);
      return;
    }
    LOG.infof(
        "login of user %s at client %s: level %s needed, %s reached: refused",
        context.getUser() == null ? "-" : context.getUser().getId(),
        authSession.getClient().getClientId(),
        required.code(),
        current.map(LevelOfAssurance::code).orElse("none"));
    context.getEvent().detail(EVENT_OUTCOME, "unmet");
    context.challenge(page(context, required, current));
  }

  /** The page's only button returns to the service with the error. */
  @Override
  public void action(AuthenticationFlowContext context) {
    MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
    AuthenticationSessionModel authSession = context.getAuthenticationSession();
    LevelOfAssurance required = RequiredLoa.of(authSession);
    if (!"back".equals(form.getFirst("namensAction"))) {
      context.challenge(page(context, required, SessionLoa.of(context)));
      return;
    }
    context.getEvent().detail(EVENT_OUTCOME, "unmet");
    context.forceChallenge(unmetResponse(context, required));
  }

  private static void stepUp(
      AuthenticationFlowContext context, String provider, LevelOfAssurance required) {
    AuthenticationSessionModel authSession = context.getAuthenticationSession();
    authSession.setAuthNote(STEP_UP_NOTE, required.code());
    String accessCode =
        new ClientSessionCode<>(context.getSession(), context.getRealm(), authSession)
            .getOrGenerateCode();
    URI location =
        Urls.identityProviderAuthnRequest(
            context.getUriInfo().getBaseUri(),
            provider,
            context.getRealm().getName(),
            accessCode,
            authSession.getClient().getClientId(),
            authSession.getTabId(),
            AuthenticationProcessor.getClientData(context.getSession(), authSession),
            null);
    context.getEvent().detail(EVENT_OUTCOME, "step_up");
    NamensMetrics.stepUp(provider);
    LOG.debugf("step-up to %s at identity provider %s", required.code(), provider);
    context.forceChallenge(Response.seeOther(location).build());
  }

  private static Response page(
      AuthenticationFlowContext context,
      LevelOfAssurance required,
      Optional<LevelOfAssurance> current) {
    return context
        .form()
        .setAttribute(
            PAGE_ATTRIBUTE,
            new LoaUnmetPage(required.code(), current.map(LevelOfAssurance::code).orElse(null)))
        .createForm(TEMPLATE);
  }

  /**
   * OIDC: a redirect to the client with {@value #UNMET} (in the client's response mode, with state
   * and iss); other protocols: their own refusal.
   */
  static Response unmetResponse(AuthenticationFlowContext context, LevelOfAssurance required) {
    AuthenticationSessionModel authSession = context.getAuthenticationSession();
    KeycloakSession session = context.getSession();
    RealmModel realm = context.getRealm();
    if (!OIDCLoginProtocol.LOGIN_PROTOCOL.equals(authSession.getProtocol())) {
      return protocol(context).sendError(authSession, LoginProtocol.Error.CANCELLED_BY_USER, null);
    }
    OIDCResponseType responseType =
        OIDCResponseType.parse(authSession.getClientNote(OIDCLoginProtocol.RESPONSE_TYPE_PARAM));
    OIDCResponseMode responseMode =
        OIDCResponseMode.parse(
            authSession.getClientNote(OIDCLoginProtocol.RESPONSE_MODE_PARAM), responseType);
    OIDCRedirectUriBuilder redirect =
        OIDCRedirectUriBuilder.fromUri(authSession.getRedirectUri(), responseMode, session, null);
    redirect.addParam(OAuth2Constants.ERROR, UNMET);
    redirect.addParam(
        OAuth2Constants.ERROR_DESCRIPTION,
        "level of assurance " + required.uri() + " was not reached");
    String state = authSession.getClientNote(OIDCLoginProtocol.STATE_PARAM);
    if (state != null) {
      redirect.addParam(OAuth2Constants.STATE, state);
    }
    if (!OIDCAdvancedConfigWrapper.fromClientModel(authSession.getClient())
        .isExcludeIssuerFromAuthResponse()) {
      redirect.addParam(
          OAuth2Constants.ISSUER, Urls.realmIssuer(context.getUriInfo().getBaseUri(), realm.getName()));
    }
    new AuthenticationSessionManager(session).removeTabIdInAuthenticationSession(realm, authSession);
    return redirect.build();
  }

  private static boolean passive(AuthenticationSessionModel authSession) {
    return TokenUtil.hasPrompt(
        authSession.getClientNote(OIDCLoginProtocol.PROMPT_PARAM),
        OIDCLoginProtocol.PROMPT_VALUE_NONE);
  }

  /** The identity provider the user logs in with (their federated identity). */
  private static Optional<String> identityProvider(AuthenticationFlowContext context) {
    UserModel user = context.getUser();
    if (user == null) {
      return Optional.empty();
    }
    return context
        .getSession()
        .users()
        .getFederatedIdentitiesStream(context.getRealm(), user)
        .map(FederatedIdentityModel::getIdentityProvider)
        .findFirst();
  }

  private static LoginProtocol protocol(AuthenticationFlowContext context) {
    AuthenticationSessionModel authSession = context.getAuthenticationSession();
    return context
        .getSession()
        .getProvider(LoginProtocol.class, authSession.getProtocol())
        .setRealm(context.getRealm())
        .setHttpHeaders(context.getHttpRequest().getHttpHeaders())
        .setUriInfo(context.getUriInfo())
        .setEventBuilder(context.getEvent());
  }

  @Override
  public boolean requiresUser() {
    return true;
  }

  @Override
  public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
    return true;
  }

  @Override
  public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {}

  @Override
  public void close() {}
}
