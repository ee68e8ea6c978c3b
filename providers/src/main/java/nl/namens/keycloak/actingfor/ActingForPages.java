package nl.namens.keycloak.actingfor;

import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationProcessor;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.protocol.LoginProtocol;
import org.keycloak.protocol.oidc.OIDCLoginProtocol;
import org.keycloak.sessions.AuthenticationSessionModel;
import org.keycloak.util.TokenUtil;

/** The step's two pages (theme templates) and how they are shown. */
final class ActingForPages {

  static final String TEMPLATE = "namens-acting-for.ftl";
  static final String INCAPACITY_TEMPLATE = "namens-incapacity.ftl";
  static final String PAGE_ATTRIBUTE = "actingFor";
  static final String INCAPACITY_ATTRIBUTE = "incapacity";

  private final ActingForContext step;

  ActingForPages(ActingForContext step) {
    this.step = step;
  }

  /**
   * The acting-for page for {@code offer}: with the message key {@code error} (or none), the refused
   * search form shown again (or null), and focus on the results after a search or page change.
   */
  Response actingFor(
      Offer offer, String error, SearchForm.Result refusedSearch, boolean focusResults) {
    AuthenticationFlowContext flow = step.flow();
    Locale locale = flow.getSession().getContext().resolveLocale(flow.getUser());
    LoginFormsProvider form =
        flow.form()
            .setAttribute(
                PAGE_ATTRIBUTE,
                new ActingForPage(
                    offer, locale, ActingForAuthenticator.PAGE_SIZE, refusedSearch, focusResults));
    if (error != null) {
      form.setError(error);
    }
    return form.createForm(TEMPLATE);
  }

  Response actingFor(Offer offer) {
    return actingFor(offer, null, null, false);
  }

  Response incapacity(Incapacity incapacity) {
    return step.flow()
        .form()
        .setAttribute(INCAPACITY_ATTRIBUTE, new IncapacityPage(incapacity))
        .createForm(INCAPACITY_TEMPLATE);
  }

  /**
   * Shows a page at the start of the step, or, when the client asked for no interaction ({@code
   * prompt=none}), answers {@code interaction_required} (OIDC Core 3.1.2.6): the person is logged
   * in, but only they can say whom they act for. Keycloak turns any challenge under {@code
   * prompt=none} into {@code login_required} unless the challenge is itself the answer to forward
   * (the note it sets for a passive login forwarded to an identity provider).
   */
  void open(Response page) {
    AuthenticationFlowContext flow = step.flow();
    AuthenticationSessionModel authSession = step.authSession();
    if (!TokenUtil.hasPrompt(
        authSession.getClientNote(OIDCLoginProtocol.PROMPT_PARAM),
        OIDCLoginProtocol.PROMPT_VALUE_NONE)) {
      flow.challenge(page);
      return;
    }
    step.forgetPages();
    LoginProtocol protocol =
        flow.getSession().getProvider(LoginProtocol.class, authSession.getProtocol());
    protocol
        .setRealm(flow.getRealm())
        .setHttpHeaders(flow.getHttpRequest().getHttpHeaders())
        .setUriInfo(flow.getUriInfo())
        .setEventBuilder(flow.getEvent());
    authSession.setAuthNote(AuthenticationProcessor.FORWARDED_PASSIVE_LOGIN, "true");
    flow.getEvent().detail(ActingForAuthenticator.EVENT_ACTING_FOR, "interaction_required");
    flow.forceChallenge(
        protocol.sendError(authSession, LoginProtocol.Error.PASSIVE_INTERACTION_REQUIRED, null));
  }
}
