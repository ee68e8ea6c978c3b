package nl.namens.keycloak.actingfor;

import nl.namens.keycloak.metrics.NamensMetrics;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Optional;
import nl.namens.keycloak.protocol.saml.SamlRepresentationMapper;
import nl.namens.keycloak.register.CapacityResult;
import nl.namens.keycloak.register.PrincipalSearch;
import nl.namens.keycloak.register.RepresentationsResult;
import nl.namens.keycloak.register.Usage;
import nl.namens.keycloak.representation.ActingFor;
import nl.namens.keycloak.representation.Choice;
import nl.namens.keycloak.representation.ChoiceLedger;
import nl.namens.keycloak.representation.NamensNames;
import nl.namens.keycloak.representation.RequestChoice;
import org.jboss.logging.Logger;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.protocol.saml.SamlProtocol;

/**
 * "Who are you acting for?" On every login to a client that lists services, asks the register whom
 * the user may represent for the login's service (a page of {@value #PAGE_SIZE} at a time, with
 * search) and lets the user choose; records the choice as a new entry of the client session's
 * {@link ChoiceLedger}, so every token keeps the choice of its own login.
 *
 * <p>Before the user continues as themselves it asks the register whether they may ({@code
 * /bvd/v1/capacity}): a person under curatele, beschermingsbewind or mentorschap is stopped at the
 * services the court order covers (incapacity page, or "myself" disabled when they can act for
 * someone else). When the register cannot answer that question, the user continues as themselves:
 * failing closed protects representation, not the user's own affairs (docs/providers.md).
 */
final class ActingForAuthenticator implements Authenticator {

  private static final Logger LOG = Logger.getLogger(ActingForAuthenticator.class);

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
  static final String EVENT_REFUSAL = "namens_refusal";

  /**
   * Login event error of a posted choice the page did not offer as choosable (a forged value, a
   * disabled option, "myself" where it was refused): counted by brute-force protection.
   */
  static final String EVENT_ERROR_NOT_OFFERED = "namens_choice_not_offered";

  @Override
  public void authenticate(AuthenticationFlowContext flow) {
    ActingForContext step = new ActingForContext(flow);
    step.forgetPages();
    Optional<String> service = step.service();
    if (service.isEmpty()) {
      succeedAsSelf(step, new ActingFor.Self(null), null);
      return;
    }
    ClientModel client = step.client();
    if (SamlProtocol.LOGIN_PROTOCOL.equals(client.getProtocol())
        && !SamlRepresentationMapper.carriedBy(client)) {
      LOG.errorf(
          "SAML client %s offers services but lacks mapper %s: login refused",
          client.getClientId(), SamlRepresentationMapper.PROVIDER_ID);
      flow.failure(AuthenticationFlowError.CLIENT_DISABLED);
      return;
    }
    if (step.actor().isEmpty()) {
      LOG.debugf("user %s has no actor identifier: acting for self", flow.getUser().getId());
      succeedAsSelf(step, new ActingFor.Self(service.get()), null);
      return;
    }
    RepresentationsResult result = step.representations(service.get(), null, 0);
    Offer offer;
    if (result instanceof RepresentationsResult.Principals principals
        && !(principals.representations().isEmpty() && principals.total() > 0)) {
      if (principals.representations().isEmpty()) {
        continueAsSelf(step, service.get());
        return;
      }
      offer =
          OfferBuilder.firstPage(
              service.get(), principals.representations(), principals.total(), step.loa());
    } else {
      // no answer, or principals counted but none readable (every entry of the page malformed): the
      // person has someone to act for whom the broker cannot show, so the page says "unavailable"
      offer = Offer.registerUnavailable(service.get(), step.loa().orElse(null));
    }
    Optional<CapacityResult> capacity = step.capacity(service.get());
    if (offer.unavailable()
        && capacity.orElse(null) instanceof CapacityResult.Incapable incapable) {
      // nobody to offer (the register could not list them) and not themselves
      showIncapacity(step, Incapacity.of(service.get(), incapable));
      return;
    }
    offer =
        offer.withCapacity(
            CapacityOutcome.of(capacity.orElse(null)), selfRefusal(capacity.orElse(null)));
    step.keep(offer);
    step.pages().open(step.pages().actingFor(offer));
  }

  @Override
  public void action(AuthenticationFlowContext flow) {
    ActingForContext step = new ActingForContext(flow);
    MultivaluedMap<String, String> form = flow.getHttpRequest().getDecodedFormParameters();
    PageAction action = PageAction.of(form);
    Incapacity incapacity = step.incapacity();
    if (incapacity != null) {
      // the incapacity page has one way out: back to the service without a login
      if (action == PageAction.CANCEL) {
        cancel(step, incapacity.reason());
      } else {
        flow.challenge(step.pages().incapacity(incapacity));
      }
      return;
    }
    Offer offer = step.offer();
    if (offer == null) {
      // no page was shown in this authentication session: start this step over
      authenticate(flow);
      return;
    }
    switch (action) {
      case CANCEL -> cancel(step, offer.selfRefusal());
      case SEARCH -> search(step, offer, SearchForm.parse(form));
      case CLEAR -> requery(step, offer, null, 0);
      case NEXT -> {
        if (offer.offset() + offer.options().size() < offer.total()) {
          requery(step, offer, offer.search(), offer.offset() + PAGE_SIZE);
        } else {
          flow.challenge(step.pages().actingFor(offer));
        }
      }
      case PREVIOUS ->
          requery(step, offer, offer.search(), Math.max(0, offer.offset() - PAGE_SIZE));
      case CHOOSE -> choose(step, offer, form.getFirst(ChoiceValidator.PARAM));
    }
  }

  private void choose(ActingForContext step, Offer offer, String submitted) {
    ChoiceValidator.Choice choice = ChoiceValidator.validate(offer, submitted);
    if (choice instanceof ChoiceValidator.Choice.Self) {
      // the register's capacity answer was read when the page was built
      succeedAsSelf(step, new ActingFor.Self(offer.service()), offer.capacity());
      return;
    }
    if (choice instanceof ChoiceValidator.Choice.Mandate chosen) {
      OfferOption option = chosen.option();
      Optional<ActingFor.Mandate> mandate =
          ActingFor.mandate(option.mandateId(), option.principal(), offer.service());
      if (mandate.isPresent()) {
        succeedFor(step, mandate.get(), option, offer);
        return;
      }
      LOG.warnf("offered option of mandate %s is not a usable choice", option.mandateId());
      step.flow().challenge(step.pages().actingFor(offer, MSG_INVALID_CHOICE, null, false));
      return;
    }
    ChoiceValidator.Refusal refusal = ((ChoiceValidator.Choice.Refused) choice).refusal();
    AuthenticationFlowContext flow = step.flow();
    if (refusal == ChoiceValidator.Refusal.NO_CHOICE) {
      flow.challenge(step.pages().actingFor(offer, MSG_NO_CHOICE, null, false));
      return;
    }
    // only a forged post chooses what the page did not offer as choosable
    LOG.infof("acting-for choice refused for user %s: %s", flow.getUser().getId(), refusal);
    String message =
        switch (refusal) {
          case NOT_SELECTABLE -> offer.unavailable() ? MSG_INVALID_CHOICE : MSG_LOA_TOO_LOW;
          case SELF_NOT_ALLOWED -> MSG_SELF_NOT_ALLOWED;
          default -> MSG_INVALID_CHOICE;
        };
    flow.getEvent().detail(EVENT_REFUSAL, refusal.name()).error(EVENT_ERROR_NOT_OFFERED);
    NamensMetrics.choice("other", "refused");
    flow.failureChallenge(
        AuthenticationFlowError.INVALID_CREDENTIALS,
        step.pages().actingFor(offer, message, null, false));
  }

  /** A search post: refused input is shown again without asking the register. */
  private void search(ActingForContext step, Offer offer, SearchForm.Result input) {
    if (offer.unavailable()) {
      step.flow().challenge(step.pages().actingFor(offer));
      return;
    }
    if (!input.valid()) {
      LOG.debugf(
          "acting-for search refused for user %s: %s",
          step.flow().getUser().getId(), input.errors());
      step.flow().challenge(step.pages().actingFor(offer, null, input, false));
      return;
    }
    requery(step, offer, input.search(), 0);
  }

  /**
   * Asks the register for another page (or search) and shows it. If the register cannot answer, the
   * page of before stays (its options are still the ones a choice is checked against).
   */
  private void requery(ActingForContext step, Offer offer, PrincipalSearch search, int offset) {
    if (offer.unavailable()) {
      step.flow().challenge(step.pages().actingFor(offer));
      return;
    }
    if (step.actor().isEmpty()) {
      authenticate(step.flow());
      return;
    }
    RepresentationsResult result = step.representations(offer.service(), search, offset);
    if (result instanceof RepresentationsResult.Principals principals
        && principals.representations().isEmpty()
        && offset > 0
        && principals.total() > 0) {
      // fewer principals than when the page was shown: go to the last page there is
      offset = ((principals.total() - 1) / PAGE_SIZE) * PAGE_SIZE;
      result = step.representations(offer.service(), search, offset);
    }
    if (!(result instanceof RepresentationsResult.Principals principals)) {
      step.flow().challenge(step.pages().actingFor(offer, MSG_SEARCH_UNAVAILABLE, null, false));
      return;
    }
    Offer next =
        offer.withPage(
            search,
            offset,
            principals.total(),
            OfferBuilder.options(
                principals.representations(), Optional.ofNullable(offer.sessionLoa())),
            OfferBuilder.serviceName(offer.service(), principals.representations()));
    step.keep(next);
    step.flow().challenge(step.pages().actingFor(next, null, null, true));
  }

  /**
   * Nobody to choose: the user continues as themselves, unless the register says they may not
   * (then the incapacity page).
   */
  private void continueAsSelf(ActingForContext step, String service) {
    Optional<CapacityResult> capacity = step.capacity(service);
    if (capacity.orElse(null) instanceof CapacityResult.Incapable incapable) {
      showIncapacity(step, Incapacity.of(service, incapable));
      return;
    }
    succeedAsSelf(step, new ActingFor.Self(service), CapacityOutcome.of(capacity.orElse(null)));
  }

  private static String selfRefusal(CapacityResult capacity) {
    return capacity instanceof CapacityResult.Incapable incapable
        ? Incapacity.reasonCode(incapable.reason())
        : null;
  }

  private void showIncapacity(ActingForContext step, Incapacity incapacity) {
    LOG.infof(
        "user %s may not act for self at service %s (%s): incapacity page",
        step.flow().getUser().getId(), incapacity.service(), incapacity.reason());
    step.keep(incapacity);
    step.pages().open(step.pages().incapacity(incapacity));
  }

  /**
   * Ends the login: the client gets the protocol's "cancelled by user" error (OIDC {@code
   * error=access_denied}); Keycloak logs {@code LOGIN_ERROR} {@code rejected_by_user}.
   */
  private static void cancel(ActingForContext step, String reason) {
    step.forgetPages();
    NamensMetrics.choice(NamensNames.SELF, "incapable");
    if (reason != null) {
      step.flow()
          .getEvent()
          .detail(EVENT_CAPACITY, CapacityOutcome.INCAPABLE.code())
          .detail(EVENT_CAPACITY_REASON, reason);
    }
    step.flow().cancelLogin();
  }

  private static void succeedAsSelf(
      ActingForContext step, ActingFor.Self self, CapacityOutcome capacity) {
    record(step, self);
    NamensMetrics.choice(NamensNames.SELF, "chosen");
    step.flow().getEvent().detail(EVENT_ACTING_FOR, NamensNames.SELF);
    if (capacity != null) {
      step.flow().getEvent().detail(EVENT_CAPACITY, capacity.code());
    }
    step.flow().success();
  }

  private static void succeedFor(
      ActingForContext step, ActingFor.Mandate mandate, OfferOption option, Offer offer) {
    record(step, mandate);
    NamensMetrics.choice(option.kind(), "chosen");
    step.flow()
        .getEvent()
        .detail(EVENT_ACTING_FOR, "mandate")
        .detail(EVENT_MANDATE_ID, mandate.mandateId());
    if (option.kind() != null) {
      step.flow().getEvent().detail(EVENT_KIND, option.kind());
    }
    recordUsage(step, mandate, offer);
    step.flow().success();
  }

  /**
   * Records the choice of this login in the client session's {@link ChoiceLedger} (a new entry:
   * an earlier login's choice at this client stays as it was) and binds it to this request (see
   * {@link RequestChoice}: a SAML assertion built at the end of the login describes it).
   */
  private static void record(ActingForContext step, ActingFor chosen) {
    step.forgetPages();
    Choice choice = ChoiceLedger.record(step.authSession(), chosen);
    RequestChoice.bind(step.flow().getSession(), step.client(), choice);
  }

  /**
   * Tells the register that the user chose this mandate ("who acted for me"); legal representations
   * and survivor mandates alike (their id is the "mandate" id). Best effort: the register client
   * logs a failure (without identifiers) and the login goes on.
   */
  private static void recordUsage(ActingForContext step, ActingFor.Mandate mandate, Offer offer) {
    try {
      step.register()
          .recordUsage(
              step.flow().getRealm(),
              new Usage(
                  mandate.mandateId(),
                  step.actor().orElseThrow(),
                  mandate.principal(),
                  mandate.service(),
                  offer.sessionLoa() == null ? null : offer.sessionLoa().code()));
    } catch (RuntimeException e) {
      LOG.warnf("mandate %s: use not recorded: %s", mandate.mandateId(), e.getClass().getName());
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
