package nl.namens.keycloak.actingfor;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import nl.namens.identifiers.LevelOfAssurance;
import nl.namens.keycloak.register.Actor;
import nl.namens.keycloak.register.Party;
import nl.namens.keycloak.register.RegisterClient;
import nl.namens.keycloak.register.RepresentationsResult;
import nl.namens.keycloak.register.Unavailability;
import nl.namens.keycloak.register.Usage;
import nl.namens.keycloak.representation.Actors;
import nl.namens.keycloak.representation.NamensNames;
import org.jboss.logging.Logger;
import org.keycloak.OAuth2Constants;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.Authenticator;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.sessions.AuthenticationSessionModel;
import org.keycloak.util.JsonSerialization;

/**
 * "Who are you acting for?" On every login to a client that lists services, asks the register whom
 * the user may represent for the login's service and lets the user choose; records the choice as
 * client notes {@code namens.acting-for}, {@code namens.principal}, {@code namens.service}.
 */
final class ActingForAuthenticator implements Authenticator {

  private static final Logger LOG = Logger.getLogger(ActingForAuthenticator.class);

  static final String TEMPLATE = "namens-acting-for.ftl";
  static final String PAGE_ATTRIBUTE = "actingFor";

  static final String MSG_NO_CHOICE = "namensActingForErrorNoChoice";
  static final String MSG_INVALID_CHOICE = "namensActingForErrorInvalidChoice";
  static final String MSG_LOA_TOO_LOW = "namensActingForErrorLoaTooLow";

  @Override
  public void authenticate(AuthenticationFlowContext context) {
    AuthenticationSessionModel authSession = context.getAuthenticationSession();
    authSession.removeAuthNote(Offer.AUTH_NOTE);
    ClientModel client = authSession.getClient();
    Optional<String> service =
        ServiceResolver.resolve(
            authSession.getClientNote(OAuth2Constants.SCOPE),
            client.getAttribute(NamensNames.CLIENT_SERVICES));
    if (service.isEmpty()) {
      succeedAsSelf(context, null);
      return;
    }
    Optional<Actor> actor = Actors.registerActorOf(context.getUser());
    if (actor.isEmpty()) {
      LOG.debugf("user %s has no actor identifier: acting for self", context.getUser().getId());
      succeedAsSelf(context, service.get());
      return;
    }
    Optional<LevelOfAssurance> loa = SessionLoa.of(context);
    String loaCode = loa.map(LevelOfAssurance::code).orElse(null);
    RepresentationsResult result = representations(context, actor.get(), service.get());
    Offer offer;
    if (result instanceof RepresentationsResult.Principals principals) {
      if (principals.representations().isEmpty()) {
        succeedAsSelf(context, service.get());
        return;
      }
      offer = OfferBuilder.build(service.get(), principals.representations(), loa);
    } else {
      offer = Offer.registerUnavailable(service.get(), loaCode);
    }
    storeOffer(authSession, offer);
    context.challenge(page(context, offer, null));
  }

  @Override
  public void action(AuthenticationFlowContext context) {
    AuthenticationSessionModel authSession = context.getAuthenticationSession();
    Offer offer = readOffer(authSession);
    if (offer == null) {
      // no page was shown in this authentication session: start this step over
      authenticate(context);
      return;
    }
    MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
    ChoiceValidator.Choice choice =
        ChoiceValidator.validate(offer, form.getFirst(ChoiceValidator.PARAM));
    if (choice instanceof ChoiceValidator.Choice.Self) {
      succeedAsSelf(context, offer.service());
    } else if (choice instanceof ChoiceValidator.Choice.Mandate mandate) {
      OfferOption option = mandate.option();
      authSession.setClientNote(NamensNames.NOTE_ACTING_FOR, option.mandateId());
      authSession.setClientNote(NamensNames.NOTE_PRINCIPAL, option.principal());
      authSession.setClientNote(NamensNames.NOTE_SERVICE, offer.service());
      authSession.removeAuthNote(Offer.AUTH_NOTE);
      context
          .getEvent()
          .detail("namens_acting_for", "mandate")
          .detail("namens_mandate_id", option.mandateId());
      recordUsage(context, option, offer);
      context.success();
    } else {
      ChoiceValidator.Refusal refusal = ((ChoiceValidator.Choice.Refused) choice).refusal();
      LOG.infof("acting-for choice refused for user %s: %s", context.getUser().getId(), refusal);
      String message =
          switch (refusal) {
            case NO_CHOICE -> MSG_NO_CHOICE;
            case NOT_SELECTABLE -> offer.unavailable() ? MSG_INVALID_CHOICE : MSG_LOA_TOO_LOW;
            case NOT_OFFERED -> MSG_INVALID_CHOICE;
          };
      context.challenge(page(context, offer, message));
    }
  }

  /**
   * Tells the register that the user chose this mandate ("who acted for me"). Best effort: a
   * failure is logged by the register client (without identifiers) and the login goes on.
   */
  private static void recordUsage(
      AuthenticationFlowContext context, OfferOption option, Offer offer) {
    Optional<Actor> actor = Actors.registerActorOf(context.getUser());
    Optional<Party> principal = Party.parseRef(option.principal());
    RegisterClient register = context.getSession().getProvider(RegisterClient.class);
    if (actor.isEmpty() || principal.isEmpty() || register == null) {
      LOG.warnf(
          "mandate %s: use not recorded (no actor, principal or register client)",
          option.mandateId());
      return;
    }
    try {
      register.recordUsage(
          context.getRealm(),
          new Usage(
              option.mandateId(),
              actor.get(),
              principal.get(),
              offer.service(),
              offer.sessionLoa()));
    } catch (RuntimeException e) {
      LOG.warnf("mandate %s: use not recorded: %s", option.mandateId(), e.getClass().getName());
    }
  }

  private static RepresentationsResult representations(
      AuthenticationFlowContext context, Actor actor, String service) {
    KeycloakSession session = context.getSession();
    RealmModel realm = context.getRealm();
    RegisterClient register = session.getProvider(RegisterClient.class);
    if (register == null) {
      return new RepresentationsResult.Unavailable(
          new Unavailability(Unavailability.Reason.NOT_CONFIGURED, "no namens-register provider"));
    }
    return register.representations(realm, actor, service);
  }

  private static void succeedAsSelf(AuthenticationFlowContext context, String service) {
    AuthenticationSessionModel authSession = context.getAuthenticationSession();
    // explicit values: a client session keeps notes of an earlier login
    authSession.setClientNote(NamensNames.NOTE_ACTING_FOR, NamensNames.SELF);
    authSession.setClientNote(NamensNames.NOTE_PRINCIPAL, "");
    authSession.setClientNote(NamensNames.NOTE_SERVICE, service == null ? "" : service);
    authSession.removeAuthNote(Offer.AUTH_NOTE);
    context.getEvent().detail("namens_acting_for", NamensNames.SELF);
    context.success();
  }

  private static Response page(AuthenticationFlowContext context, Offer offer, String error) {
    UserModel user = context.getUser();
    Locale locale = context.getSession().getContext().resolveLocale(user);
    LoginFormsProvider form =
        context.form().setAttribute(PAGE_ATTRIBUTE, new ActingForPage(offer, locale));
    if (error != null) {
      form.setError(error);
    }
    return form.createForm(TEMPLATE);
  }

  private static void storeOffer(AuthenticationSessionModel authSession, Offer offer) {
    try {
      authSession.setAuthNote(Offer.AUTH_NOTE, JsonSerialization.writeValueAsString(offer));
    } catch (IOException e) {
      throw new IllegalStateException("cannot store the acting-for offer", e);
    }
  }

  static Offer readOffer(AuthenticationSessionModel authSession) {
    String json = authSession.getAuthNote(Offer.AUTH_NOTE);
    if (json == null) {
      return null;
    }
    try {
      return JsonSerialization.readValue(json, Offer.class);
    } catch (IOException e) {
      LOG.warn("unreadable acting-for offer in the authentication session");
      return null;
    }
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
