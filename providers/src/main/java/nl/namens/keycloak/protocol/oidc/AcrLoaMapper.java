package nl.namens.keycloak.protocol.oidc;

import com.google.auto.service.AutoService;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nl.namens.identifiers.LevelOfAssurance;
import org.jboss.logging.Logger;
import org.keycloak.models.ClientSessionContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ProtocolMapperModel;
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

/**
 * {@code namens-acr-mapper}: sets {@code acr} to the LoA URI ({@link LevelOfAssurance#uri()}) of
 * the user session note {@code namens.loa} that the DigiD/eHerkenning mappers set. Without a
 * (known) note the token gets no {@code acr} at all, also not Keycloak's numeric one. Never sets
 * {@code amr}. Runs after Keycloak's own {@code oidc-acr-mapper} (higher priority number), so its
 * value wins if both are configured.
 */
@AutoService(ProtocolMapper.class)
public final class AcrLoaMapper extends AbstractOIDCProtocolMapper
    implements OIDCAccessTokenMapper,
        OIDCIDTokenMapper,
        UserInfoTokenMapper,
        TokenIntrospectionTokenMapper {

  public static final String PROVIDER_ID = "namens-acr-mapper";

  /** The user session note with the LoA code (docs/architecture.md). */
  static final String LOA_NOTE = "namens.loa";

  /** After Keycloak's own mappers (priority 0). */
  static final int PRIORITY = 100;

  private static final Logger LOG = Logger.getLogger(AcrLoaMapper.class);

  private static final List<ProviderConfigProperty> CONFIG_PROPERTIES;

  static {
    List<ProviderConfigProperty> properties = new ArrayList<>();
    OIDCAttributeMapperHelper.addIncludeInTokensConfig(properties, AcrLoaMapper.class);
    CONFIG_PROPERTIES = Collections.unmodifiableList(properties);
  }

  @Override
  public String getId() {
    return PROVIDER_ID;
  }

  @Override
  public String getDisplayType() {
    return "Namens: acr = level of assurance";
  }

  @Override
  public String getDisplayCategory() {
    return TOKEN_MAPPER_CATEGORY;
  }

  @Override
  public String getHelpText() {
    return "Sets the acr claim to the LoA URI (e.g. http://eidas.europa.eu/LoA/substantial) of the"
               + " DigiD or eHerkenning login, from the user session note namens.loa. No acr"
               + " without that note; never amr.";
  }

  @Override
  public List<ProviderConfigProperty> getConfigProperties() {
    return CONFIG_PROPERTIES;
  }

  @Override
  public int getPriority() {
    return PRIORITY;
  }

  @Override
  protected void setClaim(
      IDToken token,
      ProtocolMapperModel mappingModel,
      UserSessionModel userSession,
      KeycloakSession keycloakSession,
      ClientSessionContext clientSessionCtx) {
    String note = userSession == null ? null : userSession.getNote(LOA_NOTE);
    String acr = acrFor(note);
    if (acr == null) {
      LOG.debugf("No known LoA in user session note %s: token without acr", LOA_NOTE);
    }
    token.setAcr(acr);
  }

  /**
   * Userinfo is built from a token's other claims ({@code TokenManager.generateUserInfoClaims}),
   * which do not include the {@code acr} field that {@link #setClaim} fills: copy it there, so
   * userinfo says {@code acr} as the ID token does.
   */
  @Override
  public AccessToken transformUserInfoToken(
      AccessToken token,
      ProtocolMapperModel mappingModel,
      KeycloakSession session,
      UserSessionModel userSession,
      ClientSessionContext clientSessionCtx) {
    AccessToken result =
        super.transformUserInfoToken(token, mappingModel, session, userSession, clientSessionCtx);
    if (OIDCAttributeMapperHelper.includeInUserInfo(mappingModel) && result.getAcr() != null) {
      result.getOtherClaims().put(IDToken.ACR, result.getAcr());
    }
    return result;
  }

  /** The acr value for a {@code namens.loa} note value, or null when missing or unknown. */
  static String acrFor(String loaNote) {
    return LevelOfAssurance.fromCode(loaNote).map(LevelOfAssurance::uri).orElse(null);
  }
}
