package nl.namens.keycloak.admin;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import nl.namens.keycloak.catalogue.CatalogueEntry;
import nl.namens.keycloak.catalogue.ServiceCataloguePage;
import nl.namens.keycloak.register.CorrelationIds;
import nl.namens.keycloak.register.Party;
import nl.namens.keycloak.representation.NamensNames;
import org.jboss.logging.Logger;
import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.AuthenticatedClientSessionModel;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.models.UserSessionProvider;
import org.keycloak.services.ErrorResponse;
import org.keycloak.services.managers.AuthenticationManager;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/**
 * {@code /admin/realms/{realm}/namens}: Namens' admin operations, guarded by Keycloak's admin
 * permissions.
 */
public final class NamensAdminResource {

  private static final Logger LOG = Logger.getLogger(NamensAdminResource.class);

  static final String SESSIONS_ENDED = "sessionsEnded";

  /** The realm role that may read the service catalogue (the register's notifier service account has it). */
  public static final String CATALOGUE_READER_ROLE = "namens-catalogue-reader";

  /** The realm role of the register's notifier service account. */
  public static final String NOTIFIER_ROLE = "namens-session-notifier";

  private final KeycloakSession session;
  private final RealmModel realm;
  private final AdminPermissionEvaluator auth;
  private final AdminEventBuilder adminEvent;

  NamensAdminResource(
      KeycloakSession session,
      RealmModel realm,
      AdminPermissionEvaluator auth,
      AdminEventBuilder adminEvent) {
    this.session = session;
    this.realm = realm;
    this.auth = auth;
    this.adminEvent = adminEvent;
  }

  /**
   * {@code POST mandates/{mandateId}/revoked}, body optional {@code {"representative": {"type",
   * "id"}}}: ends (back-channel logout) every user session, online or offline, in which a client
   * session acts under the mandate. Needs realm role {@value #NOTIFIER_ROLE}. Answers {@code {"sessionsEnded":
   * n}}.
   */
  @POST
  @Path("mandates/{mandateId}/revoked")
  @Produces(MediaType.APPLICATION_JSON)
  public Response mandateRevoked(@PathParam("mandateId") String mandateIdParam, String body) {
    int ended;
    try {
      ended = endSessions(mandateIdParam, body);
    } catch (InvalidRequestException e) {
      throw ErrorResponse.error(e.getMessage(), Response.Status.BAD_REQUEST);
    }
    return Response.ok(Map.of(SESSIONS_ENDED, ended)).type(MediaType.APPLICATION_JSON_TYPE).build();
  }

  /**
   * {@code GET catalogue}: the realm's service catalogue ({@link ServiceCataloguePage}), by service UUID, as the
   * register reads it: {@code [{"id", "name", "provider", "category", "minimumLoa", "settlesEstate",
   * "allowsSelfServiceUnderRepresentation", "retired"}]}. For a caller of this realm with realm role {@value
   * #CATALOGUE_READER_ROLE}, or an administrator who may view the realm.
   */
  @GET
  @Path("catalogue")
  @Produces(MediaType.APPLICATION_JSON)
  public List<Map<String, Object>> catalogue() {
    if (!hasRealmRole(CATALOGUE_READER_ROLE) && !auth.realm().canViewRealm()) {
      throw new ForbiddenException("needs realm role " + CATALOGUE_READER_ROLE + " or view-realm");
    }
    return ServiceCataloguePage.entries(realm)
        .sorted(java.util.Comparator.comparing(CatalogueEntry::serviceId))
        .map(CatalogueEntry::toJson)
        .toList();
  }

  private boolean hasRealmRole(String name) {
    UserModel caller = auth.adminAuth().getUser();
    RoleModel role = realm.getRole(name);
    return caller != null
        && role != null
        && realm.getId().equals(auth.adminAuth().getRealm().getId())
        && caller.hasRole(role);
  }

  /**
   * Only a caller of this realm with realm role {@value #NOTIFIER_ROLE} (the register's notifier
   * service account) may end sessions here; that role grants nothing else, and the notifier has no
   * other (least privilege: not realm-wide {@code manage-users}).
   */
  private void requireNotifier() {
    UserModel caller = auth.adminAuth().getUser();
    RoleModel role = realm.getRole(NOTIFIER_ROLE);
    if (caller == null
        || role == null
        || !realm.getId().equals(auth.adminAuth().getRealm().getId())
        || !caller.hasRole(role)) {
      throw new ForbiddenException("needs realm role " + NOTIFIER_ROLE);
    }
  }

  /**
   * The work of {@link #mandateRevoked}: checks the caller's {@value #NOTIFIER_ROLE} role, finds the sessions, ends
   * them, records an admin event.
   *
   * @return the number of user sessions ended
   * @throws InvalidRequestException for a mandate id that is no UUID or a bad body
   */
  int endSessions(String mandateIdParam, String body) {
    // the register's correlation id of the revocation, so both sides' lines about it are found together
    jakarta.ws.rs.core.HttpHeaders headers = session.getContext().getRequestHeaders();
    try (CorrelationIds.Scope correlation =
        CorrelationIds.adopt(headers == null ? null : headers.getHeaderString(CorrelationIds.HEADER))) {
      return endSessionsOfMandate(mandateIdParam, body);
    }
  }

  private int endSessionsOfMandate(String mandateIdParam, String body) {
    requireNotifier();
    String mandateId =
        MandateSessions.mandateId(mandateIdParam)
            .orElseThrow(() -> new InvalidRequestException("mandateId is not a UUID"));
    Optional<Party> representative = MandateSessions.representative(body);
    List<MandateSessions.Candidate<UserSessionModel>> selected =
        MandateSessions.select(mandateId, candidates(representative));
    int ended = 0;
    for (MandateSessions.Candidate<UserSessionModel> candidate : selected) {
      if (end(candidate)) {
        ended++;
      }
    }
    LOG.infof(
        "realm %s: mandate %s revoked, %d session(s) ended (representative %s)",
        realm.getName(), mandateId, ended, representative.map(Party::logRef).orElse("not given"));
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("mandateId", mandateId);
    event.put(SESSIONS_ENDED, ended);
    adminEvent
        .operation(OperationType.ACTION)
        .resource(ResourceType.USER_SESSION)
        .resourcePath(session.getContext().getUri())
        .representation(event)
        .success();
    return ended;
  }

  /**
   * The sessions to look at: those of the representative's broker users when given (and known by a
   * user attribute), else every session of every client that offers services.
   */
  private Stream<MandateSessions.Candidate<UserSessionModel>> candidates(
      Optional<Party> representative) {
    UserSessionProvider sessions = session.sessions();
    Optional<String> attribute =
        representative.flatMap(p -> MandateSessions.userAttribute(p.type()));
    Stream<UserSessionModel> found;
    if (attribute.isPresent()) {
      List<UserModel> users =
          session
              .users()
              .searchForUserByUserAttributeStream(realm, attribute.get(), representative.get().id())
              .toList();
      found =
          users.stream()
              .flatMap(
                  user ->
                      Stream.concat(
                          sessions.getUserSessionsStream(realm, user),
                          sessions.getOfflineUserSessionsStream(realm, user)));
    } else {
      List<ClientModel> clients =
          realm
              .getClientsStream()
              .filter(c -> hasServices(c.getAttribute(NamensNames.CLIENT_SERVICES)))
              .toList();
      found =
          clients.stream()
              .flatMap(
                  client ->
                      Stream.concat(
                          sessions.getUserSessionsStream(realm, client),
                          sessions.getOfflineUserSessionsStream(realm, client, null, null)));
    }
    // materialise: the sessions are removed afterwards
    return found.map(NamensAdminResource::candidate).toList().stream();
  }

  private static boolean hasServices(String services) {
    return services != null && !services.isBlank();
  }

  private static MandateSessions.Candidate<UserSessionModel> candidate(UserSessionModel us) {
    List<Map<String, String>> notes =
        us.getAuthenticatedClientSessions().values().stream()
            .map(AuthenticatedClientSessionModel::getNotes)
            .toList();
    return new MandateSessions.Candidate<>(us, us.getId(), us.isOffline(), notes);
  }

  /**
   * Back-channel logout of one session: clients with a back-channel logout URL are told, the
   * session is removed. The user's session at DigiD/eHerkenning is left alone ({@code
   * logoutBroker=false}). Re-reads the session: an offline logout also removes its online twin.
   */
  private boolean end(MandateSessions.Candidate<UserSessionModel> candidate) {
    UserSessionModel current =
        candidate.offline()
            ? session.sessions().getOfflineUserSession(realm, candidate.id())
            : session.sessions().getUserSession(realm, candidate.id());
    if (current == null) {
      return false;
    }
    KeycloakContext context = session.getContext();
    AuthenticationManager.backchannelLogout(
        session,
        realm,
        current,
        context.getUri(),
        context.getConnection(),
        context.getRequestHeaders(),
        false,
        candidate.offline());
    return true;
  }
}
