package nl.namens.keycloak.actingfor;

import java.io.IOException;
import java.util.Optional;
import nl.namens.identifiers.LevelOfAssurance;
import nl.namens.keycloak.loa.SessionLoa;
import nl.namens.keycloak.register.Actor;
import nl.namens.keycloak.register.CapacityResult;
import nl.namens.keycloak.register.PrincipalSearch;
import nl.namens.keycloak.register.RegisterClient;
import nl.namens.keycloak.register.RegisterClients;
import nl.namens.keycloak.register.RepresentationsQuery;
import nl.namens.keycloak.register.RepresentationsResult;
import nl.namens.keycloak.register.Unavailability;
import nl.namens.keycloak.representation.Actors;
import nl.namens.keycloak.representation.Capacity;
import nl.namens.keycloak.representation.NamensNames;
import org.jboss.logging.Logger;
import org.keycloak.OAuth2Constants;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.models.ClientModel;
import org.keycloak.sessions.AuthenticationSessionModel;
import org.keycloak.util.JsonSerialization;

/**
 * One request of the acting-for step: what it needs from Keycloak and the register, each looked up
 * once and only when first asked, and the page state kept in the authentication session (the offer
 * shown, or the incapacity page).
 */
final class ActingForContext {

  private static final Logger LOG = Logger.getLogger(ActingForContext.class);

  private final AuthenticationFlowContext flow;
  private Optional<String> service;
  private Optional<Actor> actor;
  private Optional<LevelOfAssurance> loa;
  private ActingForPages pages;

  ActingForContext(AuthenticationFlowContext flow) {
    this.flow = flow;
  }

  AuthenticationFlowContext flow() {
    return flow;
  }

  AuthenticationSessionModel authSession() {
    return flow.getAuthenticationSession();
  }

  ClientModel client() {
    return authSession().getClient();
  }

  /** The service of this login (see {@link ServiceResolver}); empty for a client without one. */
  Optional<String> service() {
    if (service == null) {
      service =
          ServiceResolver.resolve(
              authSession().getClientNote(NamensNames.NOTE_REQUESTED_SERVICE),
              authSession().getClientNote(OAuth2Constants.SCOPE),
              client().getAttribute(NamensNames.CLIENT_SERVICES));
    }
    return service;
  }

  /** The person who logs in, as the register knows them; empty without a usable identifier. */
  Optional<Actor> actor() {
    if (actor == null) {
      actor = Actors.registerActorOf(flow.getUser());
    }
    return actor;
  }

  Optional<LevelOfAssurance> loa() {
    if (loa == null) {
      loa = SessionLoa.of(flow);
    }
    return loa;
  }

  RegisterClient register() {
    return RegisterClients.of(flow.getSession());
  }

  /** One page of the principals the actor may represent at this login's service. */
  RepresentationsResult representations(String service, PrincipalSearch search, int offset) {
    RepresentationsResult result =
        register()
            .representations(
                flow.getRealm(),
                new RepresentationsQuery(
                    actor().orElseThrow(), service, search, offset, ActingForAuthenticator.PAGE_SIZE));
    return result != null
        ? result
        : new RepresentationsResult.Unavailable(
            new Unavailability(Unavailability.Reason.INTERNAL, "no representations answer"));
  }

  /**
   * May the actor act for themselves at {@code service} ({@code POST /bvd/v1/capacity}); empty for
   * an eHerkenning user, whom it does not concern (a company cannot be under curatele).
   */
  Optional<CapacityResult> capacity(String service) {
    return actor()
        .filter(a -> a.party().type().isPersonal())
        .map(a -> Capacity.ask(flow.getSession(), flow.getRealm(), a, service));
  }

  ActingForPages pages() {
    if (pages == null) {
      pages = new ActingForPages(this);
    }
    return pages;
  }

  /** The offer the page showed in this authentication session, or null. */
  Offer offer() {
    return read(Offer.AUTH_NOTE, Offer.class);
  }

  void keep(Offer offer) {
    write(Offer.AUTH_NOTE, offer);
  }

  /** The incapacity page shown in this authentication session, or null. */
  Incapacity incapacity() {
    return read(Incapacity.AUTH_NOTE, Incapacity.class);
  }

  void keep(Incapacity incapacity) {
    authSession().removeAuthNote(Offer.AUTH_NOTE);
    write(Incapacity.AUTH_NOTE, incapacity);
  }

  /** Forgets the page state: the step is done, or starts over. */
  void forgetPages() {
    authSession().removeAuthNote(Offer.AUTH_NOTE);
    authSession().removeAuthNote(Incapacity.AUTH_NOTE);
  }

  private void write(String note, Object value) {
    try {
      authSession().setAuthNote(note, JsonSerialization.writeValueAsString(value));
    } catch (IOException e) {
      throw new IllegalStateException("cannot store " + note, e);
    }
  }

  private <T> T read(String note, Class<T> type) {
    String json = authSession().getAuthNote(note);
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
}
