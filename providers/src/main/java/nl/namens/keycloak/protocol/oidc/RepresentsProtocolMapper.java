package nl.namens.keycloak.protocol.oidc;

import com.google.auto.service.AutoService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.namens.keycloak.keys.NamensKeys;
import nl.namens.keycloak.register.Party;
import nl.namens.keycloak.representation.Choice;
import nl.namens.keycloak.representation.ClientServices;
import nl.namens.keycloak.representation.NamensNames;
import nl.namens.keycloak.representation.Pseudonymizer;
import nl.namens.keycloak.representation.RepresentationVerifier;
import nl.namens.keycloak.representation.RequestChoice;
import nl.namens.keycloak.representation.SubjectId;
import nl.namens.keycloak.representation.Verdict;
import org.jboss.logging.Logger;
import org.keycloak.models.AuthenticatedClientSessionModel;
import org.keycloak.models.ClientModel;
import org.keycloak.models.ClientSessionContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ProtocolMapperModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.protocol.ProtocolMapper;
import org.keycloak.protocol.oidc.mappers.AbstractOIDCProtocolMapper;
import org.keycloak.protocol.oidc.mappers.OIDCAccessTokenMapper;
import org.keycloak.protocol.oidc.mappers.OIDCAttributeMapperHelper;
import org.keycloak.protocol.oidc.mappers.OIDCIDTokenMapper;
import org.keycloak.protocol.oidc.mappers.TokenIntrospectionTokenMapper;
import org.keycloak.protocol.oidc.mappers.UserInfoTokenMapper;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.representations.AccessToken;
import org.keycloak.representations.IDToken;
import org.keycloak.services.Urls;

/**
 * {@code namens-represents-mapper}: for tokens of a login in which the user chose to act for a
 * principal, re-checks the mandate with the register and adds {@code represents} and {@code
 * representation}. It describes only the choice bound to this request ({@link RequestChoice}: the
 * one the authorization code, refresh token or access token was issued for), never the client
 * session's newest one. An eHerkenning employee represents the company they logged in for: that company is
 * the outer {@code represents} (alone when they act for it, the principal nested beneath when they act for
 * someone else: OIDC NL GOV UseCase.md, "statutory signatory"). Nothing when a DigiD user acts for
 * themself; nothing when the register says no or cannot answer — the executor then refuses the tokens (no
 * token silently loses its representation).
 */
@AutoService(ProtocolMapper.class)
public final class RepresentsProtocolMapper extends AbstractOIDCProtocolMapper
    implements OIDCAccessTokenMapper,
        OIDCIDTokenMapper,
        UserInfoTokenMapper,
        TokenIntrospectionTokenMapper {

  public static final String PROVIDER_ID = "namens-represents-mapper";

  private static final Logger LOG = Logger.getLogger(RepresentsProtocolMapper.class);

  private static final List<ProviderConfigProperty> CONFIG_PROPERTIES = new ArrayList<>();

  static {
    OIDCAttributeMapperHelper.addIncludeInTokensConfig(
        CONFIG_PROPERTIES, RepresentsProtocolMapper.class);
  }

  @Override
  public String getId() {
    return PROVIDER_ID;
  }

  @Override
  public String getDisplayType() {
    return "Namens: represents";
  }

  @Override
  public String getDisplayCategory() {
    return TOKEN_MAPPER_CATEGORY;
  }

  @Override
  public String getHelpText() {
    return "Adds the OIDC NL GOV 'represents' claim and a 'representation' claim when the user acts"
        + " for a principal, after re-checking the mandate with the register. BSNs only in the ID"
        + " token and userinfo of clients with attribute namens.bsn-allowed=true; else, and in"
        + " every access token, a per-client pseudonym.";
  }

  @Override
  public List<ProviderConfigProperty> getConfigProperties() {
    return CONFIG_PROPERTIES;
  }

  /**
   * Userinfo is built as an {@link AccessToken} too but answers the client itself (encrypted to it
   * where BSNs are allowed), so it may carry the BSN as the ID token does.
   */
  @Override
  public AccessToken transformUserInfoToken(
      AccessToken token,
      ProtocolMapperModel mappingModel,
      KeycloakSession session,
      UserSessionModel userSession,
      ClientSessionContext clientSessionCtx) {
    if (OIDCAttributeMapperHelper.includeInUserInfo(mappingModel)) {
      addClaims(token, userSession, session, clientSessionCtx, true);
    }
    return token;
  }

  /**
   * ID token: BSNs where the client may have them; access and introspection tokens (read by
   * resource servers, never encrypted): always pseudonyms.
   */
  @Override
  protected void setClaim(
      IDToken token,
      ProtocolMapperModel mappingModel,
      UserSessionModel userSession,
      KeycloakSession session,
      ClientSessionContext clientSessionCtx) {
    addClaims(token, userSession, session, clientSessionCtx, !(token instanceof AccessToken));
  }

  private void addClaims(
      IDToken token,
      UserSessionModel userSession,
      KeycloakSession session,
      ClientSessionContext clientSessionCtx,
      boolean mayCarryBsn) {
    AuthenticatedClientSessionModel clientSession = clientSessionCtx.getClientSession();
    RealmModel realm = userSession.getRealm();
    Optional<Choice> choice = RequestChoice.of(session, clientSession.getClient());
    if (choice.isEmpty()) {
      // no login and no token of this request named a choice: nothing to describe
      return;
    }
    ClientModel client = clientSession.getClient();
    String issuer =
        token.getIssuer() != null
            ? token.getIssuer()
            : Urls.realmIssuer(session.getContext().getUri().getBaseUri(), realm.getName());
    // an eHerkenning employee acts for the company they logged in for: it is the outer represents (UseCase.md)
    Optional<SubjectId> company = SubjectId.loginCompany(userSession.getUser()::getFirstAttribute);
    Verdict verdict =
        RepresentationVerifier.verify(session, realm, userSession.getUser(), choice.get().actingFor());
    String branch = userSession.getNote(NamensNames.USER_SESSION_BRANCH);
    if (verdict instanceof Verdict.NotRepresented) {
      company.ifPresent(
          c -> token.getOtherClaims().put(RepresentsClaims.REPRESENTS, RepresentsClaims.company(c, branch, issuer)));
      return;
    }
    if (!(verdict instanceof Verdict.Authorized authorized)) {
      LOG.debugf("no represents claim for client %s: %s", client.getClientId(), verdict.getClass().getSimpleName());
      return;
    }
    boolean bsnAllowed =
        mayCarryBsn
            && Boolean.parseBoolean(client.getAttribute(NamensNames.CLIENT_BSN_ALLOWED));
    Optional<SubjectId> principal =
        subjectId(
            authorized.choice().principal(), bsnAllowed, session, realm, client);
    if (principal.isEmpty()) {
      return;
    }
    Optional<Party> intermediary = authorized.representation().chainIntermediary();
    Map<String, Object> represents;
    if (intermediary.isPresent()) {
      Optional<SubjectId> outer = subjectId(intermediary.get(), bsnAllowed, session, realm, client);
      if (outer.isEmpty()) {
        return;
      }
      represents =
          company.isPresent() && company.get().equals(outer.get())
              ? RepresentsClaims.nest(RepresentsClaims.company(outer.get(), branch, issuer), principal.get(), issuer)
              : RepresentsClaims.represents(principal.get(), outer.get(), issuer);
    } else if (company.isPresent()) {
      represents =
          RepresentsClaims.nest(RepresentsClaims.company(company.get(), branch, issuer), principal.get(), issuer);
    } else {
      represents = RepresentsClaims.represents(principal.get(), issuer);
    }
    // the principal by name where this client may know who it is (never beside a pseudonym)
    RepresentsClaims.withName(represents, principal.get(), authorized.representation().principalDisplayName());
    token.getOtherClaims().put(RepresentsClaims.REPRESENTS, represents);
    token
        .getOtherClaims()
        .put(
            RepresentsClaims.REPRESENTATION,
            RepresentsClaims.representation(
                authorized.representation(),
                authorized.choice().service(),
                ClientServices.parse(client.getAttribute(NamensNames.CLIENT_SERVICES))));
  }

  /**
   * The identifier of {@code party} for this client; empty (fail closed) without a pseudonym key.
   */
  private static Optional<SubjectId> subjectId(
      Party party,
      boolean bsnAllowed,
      KeycloakSession session,
      RealmModel realm,
      ClientModel client) {
    Optional<SubjectId> id =
        SubjectId.forClientIfKeyed(
            party,
            bsnAllowed,
            session.getProvider(NamensKeys.class).pseudonymizer().orElse(null),
            Pseudonymizer.scopeOf(client));
    if (id.isEmpty()) {
      LOG.warnf(
          "no pseudonym key configured (realm %s): represents left out (fail closed)", realm.getName());
    }
    return id;
  }

}
