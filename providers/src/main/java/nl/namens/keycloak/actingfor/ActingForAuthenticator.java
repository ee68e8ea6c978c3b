package nl.namens.keycloak.actingfor;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import nl.namens.identifiers.LevelOfAssurance;
import nl.namens.keycloak.protocol.saml.SamlRepresentationMapper;
import nl.namens.keycloak.register.Actor;
import nl.namens.keycloak.register.CapacityResult;
import nl.namens.keycloak.register.Party;
import nl.namens.keycloak.register.PrincipalSearch;
import nl.namens.keycloak.register.RegisterClient;
import nl.namens.keycloak.register.RepresentationsQuery;
import nl.namens.keycloak.register.RepresentationsResult;
import nl.namens.keycloak.register.Unavailability;
import nl.namens.keycloak.register.Usage;
import nl.namens.keycloak.representation.Actors;
import nl.namens.keycloak.representation.Capacity;
import nl.namens.keycloak.representation.ActingFor;
import nl.namens.keycloak.representation.Choice;
import nl.namens.keycloak.representation.ChoiceLedger;
import nl.namens.keycloak.representation.NamensNames;
import nl.namens.keycloak.representation.RequestChoice;
import org.jboss.logging.Logger;
import org.keycloak.OAuth2Constants;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.AuthenticationProcessor;
import org.keycloak.authentication.Authenticator;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.protocol.LoginProtocol;
import org.keycloak.protocol.oidc.OIDCLoginProtocol;
import org.keycloak.protocol.saml.SamlProtocol;
import org.keycloak.sessions.AuthenticationSessionModel;
import org.keycloak.util.JsonSerialization;
import org.keycloak.util.TokenUtil;

/**
 * "Who are you acting for?" On every login to a client that lists services, asks the register whom
 * the user may represent for the login's service (a page of {@value #PAGE_SIZE} at a time, with
 * search) and lets the user choose; records the choice as a new entry of the client session's
 * {@link ChoiceLedger}, bound to the login's PKCE challenge, so every token keeps the choice of its
 * own login.
 *
 * <p>Before the user continues as themselves it asks the register whether they may ({@code
 * /bvd/v1/capacity}): a person under curatele, beschermingsbewind or mentorschap is stopped at the
 * services the court order covers (incapacity page, or "myself" disabled when they can act for
 * someone else). When the register cannot answer that question, the user continues as themselves:
 * failing closed protects representation, not the user's own affairs (docs/providers.md).
 */
final class ActingForAuthenticator implements Authenticator {

  private static final Logger LOG = Logger.getLogger(ActingForAuthenticator.class);

  static final String TEMPLATE = "namens-acting-for.ftl";
  static final String INCAPACITY_TEMPLATE = "namens-incapacity.ftl";
  static final String PAGE_ATTRIBUTE = "actingFor";
  static final String INCAPACITY_ATTRIBUTE = "incapacity";

  /** Principals per page of the acting-for page. */
  static final int PAGE_SIZE = 10;

  static final String MSG_NO_CHOICE = "namensActingForErrorNoChoice";
  static final String MSG_INVALID_CHOICE = "namensActingForErrorInvalidChoice";
  static final String MSG_LOA_TOO_LOW = "namensActingForErrorLoaTooLow";
  static final String MSG_SELF_NOT_ALLOWED = "namensActingForErrorSelfNotAllowed";
  static final String MSG_SEARCH_UNAVAILABLE = "namensActingForErrorSearchUnavailable";

  /** Login event details. */
  static final String EVENT_ACTING_FOR = "namens_acting_for";

  static final String EVENT_MANDATE_ID = "namens_mandate_id";
  static final String EVENT_KIND = "namens_kind";
  static final String EVENT_CAPACITY = "namens_capacity";
  static final String EVENT_CAPACITY_REASON = "namens_capacity_reason";

  @Override
  public void authenticate(AuthenticationFlowContext context) {
    AuthenticationSessionModel authSession = context.getAuthenticationSession();
    authSession.removeAuthNote(Offer.AUTH_NOTE);
    authSession.removeAuthNote(Incapacity.AUTH_NOTE);
    ClientModel client = authSession.getClient();
    Optional<String> service =
        ServiceResolver.resolve(
            authSession.getClientNote(OAuth2Constants.SCOPE),
            client.getAttribute(NamensNames.CLIENT_SERVICES));
    if (service.isEmpty()) {
      succeedAsSelf(context, null, null);
      return;
    }
    if (SamlProtocol.LOGIN_PROTOCOL.equals(client.getProtocol())
        && !SamlRepresentationMapper.carriedBy(client)) {
      LOG.errorf(
          "SAML client %s offers services but lacks mapper %s: login refused",
          client.getClientId(), SamlRepresentationMapper.PROVIDER_ID);
      context.failure(AuthenticationFlowError.CLIENT_DISABLED);
      return;
    }
    Optional<Actor> actor = Actors.registerActorOf(context.getUser());
    if (actor.isEmpty()) {
      LOG.debugf("user %s has no actor identifier: acting for self", context.getUser().getId());
      succeedAsSelf(context, service.get(), null);
      return;
    }
    Optional<LevelOfAssurance> loa = SessionLoa.of(context);
    RepresentationsResult result =
        representations(
            context, new RepresentationsQuery(actor.get(), service.get(), null, 0, PAGE_SIZE));
    Offer offer;
    if (result instanceof RepresentationsResult.Principals principals
        && !(principals.representations().isEmpty() && principals.total() > 0)) {
      if (principals.representations().isEmpty()) {
        continueAsSelf(context, actor.get(), service.get());
        return;
      }
      offer =
          OfferBuilder.firstPage(
              service.get(), principals.representations(), principals.total(), loa);
    } else {
      // no answer, or principals counted but none readable (every entry of the page malformed): the
      // person has someone to act for whom the broker cannot show, so the page says "unavailable"
      offer =
          Offer.registerUnavailable(service.get(), loa.map(LevelOfAssurance::code).orElse(null));
    }
    CapacityResult capacity = capacity(context, actor.get(), service.get());
    if (offer.unavailable() && capacity instanceof CapacityResult.Incapable incapable) {
      // nobody to offer (the register could not list them) and not themselves
      showIncapacity(context, Incapacity.of(service.get(), incapable));
      return;
    }
    offer = offer.withCapacity(outcome(capacity), selfRefusal(capacity));
    storeOffer(authSession, offer);
    challenge(context, page(context, offer, null, null, false));
  }

  @Override
  public void action(AuthenticationFlowContext context) {
    AuthenticationSessionModel authSession = context.getAuthenticationSession();
    MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
    PageAction action = PageAction.of(form);
    Incapacity incapacity = readNote(authSession, Incapacity.AUTH_NOTE, Incapacity.class);
    if (incapacity != null) {
      // the incapacity page has one way out: back to the service without a login
      if (action == PageAction.CANCEL) {
        cancel(context, incapacity.reason());
      } else {
        context.challenge(incapacityPage(context, incapacity));
      }
      return;
    }
    Offer offer = readOffer(authSession);
    if (offer == null) {
      // no page was shown in this authentication session: start this step over
      authenticate(context);
      return;
    }
    switch (action) {
      case CANCEL -> cancel(context, offer.selfRefusal());
      case SEARCH -> search(context, offer, SearchForm.parse(form));
      case CLEAR -> requery(context, offer, null, 0);
      case NEXT -> {
        if (offer.offset() + offer.options().size() < offer.total()) {
          requery(context, offer, offer.search(), offer.offset() + PAGE_SIZE);
        } else {
          context.challenge(page(context, offer, null, null, false));
        }
      }
      case PREVIOUS ->
          requery(context, offer, offer.search(), Math.max(0, offer.offset() - PAGE_SIZE));
      case CHOOSE -> choose(context, offer, form.getFirst(ChoiceValidator.PARAM));
    }
  }

  private void choose(AuthenticationFlowContext context, Offer offer, String submitted) {
    AuthenticationSessionModel authSession = context.getAuthenticationSession();
    ChoiceValidator.Choice choice = ChoiceValidator.validate(offer, submitted);
    if (choice instanceof ChoiceValidator.Choice.Self) {
      // the register's capacity answer was read when the page was built
      succeedAsSelf(context, offer.service(), offer.capacity());
    } else if (choice instanceof ChoiceValidator.Choice.Mandate mandate) {
      OfferOption option = mandate.option();
      ActingFor chosen = ActingFor.of(option.mandateId(), option.principal(), offer.service());
      if (!(chosen instanceof ActingFor.Mandate)) {
        LOG.warnf("offered option of mandate %s is not a usable choice", option.mandateId());
        context.challenge(page(context, offer, MSG_INVALID_CHOICE, null, false));
        return;
      }
      record(context, chosen);
      authSession.removeAuthNote(Offer.AUTH_NOTE);
      context
          .getEvent()
          .detail(EVENT_ACTING_FOR, "mandate")
          .detail(EVENT_MANDATE_ID, option.mandateId());
      if (option.kind() != null) {
        context.getEvent().detail(EVENT_KIND, option.kind());
      }
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
            case SELF_NOT_ALLOWED -> MSG_SELF_NOT_ALLOWED;
          };
      context.challenge(page(context, offer, message, null, false));
    }
  }

  /** A search post: refused input is shown again without asking the register. */
  private void search(AuthenticationFlowContext context, Offer offer, SearchForm.Result input) {
    if (offer.unavailable()) {
      context.challenge(page(context, offer, null, null, false));
      return;
    }
    if (!input.valid()) {
      LOG.debugf(
          "acting-for search refused for user %s: %s", context.getUser().getId(), input.errors());
      context.challenge(page(context, offer, null, input, false));
      return;
    }
    requery(context, offer, input.search(), 0);
  }

  /**
   * Asks the register for another page (or search) and shows it. If the register cannot answer, the
   * page of before stays (its options are still the ones a choice is checked against).
   */
  private void requery(
      AuthenticationFlowContext context, Offer offer, PrincipalSearch search, int offset) {
    if (offer.unavailable()) {
      context.challenge(page(context, offer, null, null, false));
      return;
    }
    Optional<Actor> actor = Actors.registerActorOf(context.getUser());
    if (actor.isEmpty()) {
      authenticate(context);
      return;
    }
    RepresentationsResult result =
        representations(
            context,
            new RepresentationsQuery(actor.get(), offer.service(), search, offset, PAGE_SIZE));
    if (result instanceof RepresentationsResult.Principals principals
        && principals.representations().isEmpty()
        && offset > 0
        && principals.total() > 0) {
      // fewer principals than when the page was shown: go to the last page there is
      offset = ((principals.total() - 1) / PAGE_SIZE) * PAGE_SIZE;
      result =
          representations(
              context,
              new RepresentationsQuery(actor.get(), offer.service(), search, offset, PAGE_SIZE));
    }
    if (!(result instanceof RepresentationsResult.Principals principals)) {
      context.challenge(page(context, offer, MSG_SEARCH_UNAVAILABLE, null, false));
      return;
    }
    Optional<LevelOfAssurance> loa = LevelOfAssurance.fromCode(offer.sessionLoa());
    Offer next =
        offer.withPage(
            search,
            offset,
            principals.total(),
            OfferBuilder.options(principals.representations(), loa),
            OfferBuilder.serviceName(offer.service(), principals.representations()));
    storeOffer(context.getAuthenticationSession(), next);
    context.challenge(page(context, next, null, null, true));
  }

  /**
   * The user continues as themselves, unless the register says they may not: then the incapacity
   * page (this path has nobody they could act for).
   */
  private void continueAsSelf(AuthenticationFlowContext context, Actor actor, String service) {
    CapacityResult capacity = capacity(context, actor, service);
    if (capacity instanceof CapacityResult.Incapable incapable) {
      showIncapacity(context, Incapacity.of(service, incapable));
      return;
    }
    succeedAsSelf(context, service, outcome(capacity));
  }

  /**
   * {@code POST /bvd/v1/capacity} for a DigiD user (a company cannot be under curatele: an
   * eHerkenning user is not asked, null). Logs "cannot answer" (no identifiers) and lets it
   * through.
   */
  private static CapacityResult capacity(
      AuthenticationFlowContext context, Actor actor, String service) {
    if (!actor.party().type().isPersonal()) {
      return null;
    }
    return Capacity.ask(context.getSession(), context.getRealm(), actor, service);
  }

  private static String outcome(CapacityResult capacity) {
    if (capacity == null) {
      return null;
    }
    if (capacity instanceof CapacityResult.Free) {
      return Offer.CAPACITY_FREE;
    }
    return capacity instanceof CapacityResult.Incapable
        ? Offer.CAPACITY_INCAPABLE
        : Offer.CAPACITY_UNAVAILABLE;
  }

  private static String selfRefusal(CapacityResult capacity) {
    return capacity instanceof CapacityResult.Incapable incapable
        ? Incapacity.reasonCode(incapable.reason())
        : null;
  }

  private void showIncapacity(AuthenticationFlowContext context, Incapacity incapacity) {
    AuthenticationSessionModel authSession = context.getAuthenticationSession();
    LOG.infof(
        "user %s may not act for self at service %s (%s): incapacity page",
        context.getUser().getId(), incapacity.service(), incapacity.reason());
    authSession.removeAuthNote(Offer.AUTH_NOTE);
    writeNote(authSession, Incapacity.AUTH_NOTE, incapacity);
    challenge(context, incapacityPage(context, incapacity));
  }

  /**
   * Ends the login: the client gets the protocol's "cancelled by user" error (OIDC {@code
   * error=access_denied}); Keycloak logs {@code LOGIN_ERROR} {@code rejected_by_user}.
   */
  private static void cancel(AuthenticationFlowContext context, String reason) {
    AuthenticationSessionModel authSession = context.getAuthenticationSession();
    authSession.removeAuthNote(Offer.AUTH_NOTE);
    authSession.removeAuthNote(Incapacity.AUTH_NOTE);
    if (reason != null) {
      context
          .getEvent()
          .detail(EVENT_CAPACITY, Offer.CAPACITY_INCAPABLE)
          .detail(EVENT_CAPACITY_REASON, reason);
    }
    context.cancelLogin();
  }

  /**
   * Tells the register that the user chose this mandate ("who acted for me"); legal representations
   * and survivor mandates alike (their id is the "mandate" id). Best effort: a failure is logged by
   * the register client (without identifiers) and the login goes on.
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
      AuthenticationFlowContext context, RepresentationsQuery query) {
    KeycloakSession session = context.getSession();
    RealmModel realm = context.getRealm();
    RegisterClient register = session.getProvider(RegisterClient.class);
    if (register == null) {
      return new RepresentationsResult.Unavailable(
          new Unavailability(Unavailability.Reason.NOT_CONFIGURED, "no namens-register provider"));
    }
    RepresentationsResult result = register.representations(realm, query);
    return result != null
        ? result
        : new RepresentationsResult.Unavailable(
            new Unavailability(Unavailability.Reason.INTERNAL, "no representations answer"));
  }

  private static void succeedAsSelf(
      AuthenticationFlowContext context, String service, String capacity) {
    AuthenticationSessionModel authSession = context.getAuthenticationSession();
    record(context, new ActingFor.Self(service));
    authSession.removeAuthNote(Offer.AUTH_NOTE);
    authSession.removeAuthNote(Incapacity.AUTH_NOTE);
    context.getEvent().detail(EVENT_ACTING_FOR, NamensNames.SELF);
    if (capacity != null) {
      context.getEvent().detail(EVENT_CAPACITY, capacity);
    }
    context.success();
  }

  /**
   * Records the choice of this login in the client session's {@link ChoiceLedger} (a new entry:
   * an earlier login's choice at this client stays as it was) and binds it to this request (see
   * {@link RequestChoice}: a SAML assertion built at the end of the login describes it).
   */
  private static void record(AuthenticationFlowContext context, ActingFor chosen) {
    AuthenticationSessionModel authSession = context.getAuthenticationSession();
    Choice choice = ChoiceLedger.record(authSession, chosen);
    RequestChoice.bind(context.getSession(), authSession.getClient(), choice);
  }

  /**
   * Shows a page, or, when the client asked for no interaction ({@code prompt=none}), answers
   * {@code interaction_required} (OIDC Core 3.1.2.6): the person is logged in, but only they can
   * say whom they act for. Keycloak turns any challenge under {@code prompt=none} into {@code
   * login_required} unless the challenge is itself the answer to forward (the note it sets for a
   * passive login forwarded to an identity provider).
   */
  private static void challenge(AuthenticationFlowContext context, Response page) {
    AuthenticationSessionModel authSession = context.getAuthenticationSession();
    if (!TokenUtil.hasPrompt(
        authSession.getClientNote(OIDCLoginProtocol.PROMPT_PARAM),
        OIDCLoginProtocol.PROMPT_VALUE_NONE)) {
      context.challenge(page);
      return;
    }
    authSession.removeAuthNote(Offer.AUTH_NOTE);
    authSession.removeAuthNote(Incapacity.AUTH_NOTE);
    LoginProtocol protocol =
        context.getSession().getProvider(LoginProtocol.class, authSession.getProtocol());
    protocol
        .setRealm(context.getRealm())
        .setHttpHeaders(context.getHttpRequest().getHttpHeaders())
        .setUriInfo(context.getUriInfo())
        .setEventBuilder(context.getEvent());
    authSession.setAuthNote(AuthenticationProcessor.FORWARDED_PASSIVE_LOGIN, "true");
    context.getEvent().detail(EVENT_ACTING_FOR, "interaction_required");
    context.forceChallenge(
        protocol.sendError(authSession, LoginProtocol.Error.PASSIVE_INTERACTION_REQUIRED, null));
  }

  private static Response page(
      AuthenticationFlowContext context,
      Offer offer,
      String error,
      SearchForm.Result refusedSearch,
      boolean focusResults) {
    UserModel user = context.getUser();
    Locale locale = context.getSession().getContext().resolveLocale(user);
    LoginFormsProvider form =
        context
            .form()
            .setAttribute(
                PAGE_ATTRIBUTE,
                new ActingForPage(offer, locale, PAGE_SIZE, refusedSearch, focusResults));
    if (error != null) {
      form.setError(error);
    }
    return form.createForm(TEMPLATE);
  }

  private static Response incapacityPage(AuthenticationFlowContext context, Incapacity incapacity) {
    return context
        .form()
        .setAttribute(INCAPACITY_ATTRIBUTE, new IncapacityPage(incapacity))
        .createForm(INCAPACITY_TEMPLATE);
  }

  private static void storeOffer(AuthenticationSessionModel authSession, Offer offer) {
    writeNote(authSession, Offer.AUTH_NOTE, offer);
  }

  static Offer readOffer(AuthenticationSessionModel authSession) {
    return readNote(authSession, Offer.AUTH_NOTE, Offer.class);
  }

  private static void writeNote(AuthenticationSessionModel authSession, String note, Object value) {
    try {
      authSession.setAuthNote(note, JsonSerialization.writeValueAsString(value));
    } catch (IOException e) {
      throw new IllegalStateException("cannot store " + note, e);
    }
  }

  private static <T> T readNote(
      AuthenticationSessionModel authSession, String note, Class<T> type) {
    String json = authSession.getAuthNote(note);
    if (json == null) {
      return null;
    }
    try {
      return JsonSerialization.readValue(json, type);
    } catch (IOException e) {
      LOG.warnf("unreadable %s in the authentication session", note);
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
