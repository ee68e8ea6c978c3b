package nl.namens.keycloak.protocol.oidc;

import com.google.auto.service.AutoService;
import java.util.List;
import java.util.Optional;
import nl.namens.keycloak.keys.NamensKeys;
import nl.namens.keycloak.representation.NamensNames;
import nl.namens.keycloak.representation.Pseudonymizer;
import nl.namens.keycloak.representation.SubjectId;
import org.jboss.logging.Logger;
import org.keycloak.models.ClientModel;
import org.keycloak.models.ClientSessionContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ProtocolMapperModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.protocol.ProtocolMapper;
import org.keycloak.protocol.oidc.mappers.AbstractOIDCProtocolMapper;
import org.keycloak.protocol.oidc.mappers.OIDCIDTokenMapper;
import org.keycloak.protocol.oidc.mappers.UserInfoTokenMapper;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.representations.AccessToken;
import org.keycloak.representations.IDToken;

/**
 * {@code namens-end-user-subject-mapper}: the End-User's {@code sub} as the OIDC NL GOV profile wants it, per
 * client, in the ID token and at userinfo, with {@code sub_id_type}. A DigiD user at a client allowed the BSN
 * ({@code namens.bsn-allowed}): the BSN, {@code urn:nl-eid-gdi:1.0:id:legacy-BSN}. At any other client: the
 * keyed pseudonym of the BSN for that client or its sector ({@link Pseudonymizer}, the same value a
 * {@code represents} of this person carries there), {@code urn:nl-eid-gdi:1.0:id:pseudonym}. An eHerkenning
 * employee: the keyed pseudonym of the employee (the company they log in for is not the End-User). The access
 * token keeps Keycloak's user id as {@code sub}: Keycloak finds the session by it.
 */
@AutoService(ProtocolMapper.class)
public final class EndUserSubjectMapper extends AbstractOIDCProtocolMapper
    implements OIDCIDTokenMapper, UserInfoTokenMapper {

  public static final String PROVIDER_ID = "namens-end-user-subject-mapper";

  static final String SUB_ID_TYPE = "sub_id_type";

  /** After Keycloak's own {@code sub} mapper (scope {@code basic}). */
  static final int PRIORITY = 110;

  private static final Logger LOG = Logger.getLogger(EndUserSubjectMapper.class);

  @Override
  public String getId() {
    return PROVIDER_ID;
  }

  @Override
  public String getDisplayType() {
    return "Namens: End-User sub per client";
  }

  @Override
  public String getDisplayCategory() {
    return TOKEN_MAPPER_CATEGORY;
  }

  @Override
  public String getHelpText() {
    return "ID token and userinfo sub with sub_id_type: the BSN for clients with namens.bsn-allowed=true, else a"
        + " keyed pseudonym per client (or namens.pseudonym-sector); an eHerkenning employee's pseudonym.";
  }

  @Override
  public List<ProviderConfigProperty> getConfigProperties() {
    return List.of();
  }

  @Override
  public int getPriority() {
    return PRIORITY;
  }

  @Override
  public IDToken transformIDToken(
      IDToken token,
      ProtocolMapperModel mappingModel,
      KeycloakSession session,
      UserSessionModel userSession,
      ClientSessionContext clientSessionCtx) {
    subject(session, userSession, clientSessionCtx)
        .ifPresent(
            id -> {
              token.setSubject(id.value());
              token.getOtherClaims().put(SUB_ID_TYPE, id.subIdType());
            });
    return token;
  }

  @Override
  public AccessToken transformUserInfoToken(
      AccessToken token,
      ProtocolMapperModel mappingModel,
      KeycloakSession session,
      UserSessionModel userSession,
      ClientSessionContext clientSessionCtx) {
    subject(session, userSession, clientSessionCtx)
        .ifPresent(
            id -> {
              token.getOtherClaims().put("sub", id.value());
              token.getOtherClaims().put(SUB_ID_TYPE, id.subIdType());
            });
    return token;
  }

  private static Optional<SubjectId> subject(
      KeycloakSession session, UserSessionModel userSession, ClientSessionContext clientSessionCtx) {
    UserModel user = userSession == null ? null : userSession.getUser();
    if (user == null || clientSessionCtx == null || clientSessionCtx.getClientSession() == null) {
      return Optional.empty();
    }
    ClientModel client = clientSessionCtx.getClientSession().getClient();
    Optional<Pseudonymizer> pseudonymizer = session.getProvider(NamensKeys.class).pseudonymizer();
    Optional<SubjectId> subject =
        SubjectId.ofEndUser(
            user::getFirstAttribute,
            Boolean.parseBoolean(client.getAttribute(NamensNames.CLIENT_BSN_ALLOWED)),
            pseudonymizer.orElse(null),
            Pseudonymizer.scopeOf(client));
    if (subject.isEmpty()) {
      LOG.debugf("no End-User identifier for client %s: Keycloak's sub kept", client.getClientId());
    }
    return subject;
  }
}
