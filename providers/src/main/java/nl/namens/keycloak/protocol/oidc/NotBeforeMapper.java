package nl.namens.keycloak.protocol.oidc;

import com.google.auto.service.AutoService;
import java.util.List;
import java.util.UUID;
import org.keycloak.models.ClientSessionContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ProtocolMapperModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.protocol.ProtocolMapper;
import org.keycloak.protocol.oidc.mappers.AbstractOIDCProtocolMapper;
import org.keycloak.protocol.oidc.mappers.OIDCAccessTokenMapper;
import org.keycloak.protocol.oidc.mappers.OIDCIDTokenMapper;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.representations.AccessToken;
import org.keycloak.representations.IDToken;

/**
 * {@code namens-not-before-mapper}: every ID token and access token carries {@code nbf} (= {@code iat}) and a
 * {@code jti}, as the OIDC NL GOV profile asks of an ID token (Keycloak sets neither {@code nbf} nor, on every
 * token, {@code jti}). In the realm's {@code basic} scope, so in every client's tokens. Has no configuration.
 */
@AutoService(ProtocolMapper.class)
public final class NotBeforeMapper extends AbstractOIDCProtocolMapper
    implements OIDCAccessTokenMapper, OIDCIDTokenMapper {

  public static final String PROVIDER_ID = "namens-not-before-mapper";

  @Override
  public String getId() {
    return PROVIDER_ID;
  }

  @Override
  public String getDisplayType() {
    return "Namens: nbf and jti";
  }

  @Override
  public String getDisplayCategory() {
    return TOKEN_MAPPER_CATEGORY;
  }

  @Override
  public String getHelpText() {
    return "Sets nbf to the token's iat, and a jti when the token has none (OIDC NL GOV).";
  }

  @Override
  public List<ProviderConfigProperty> getConfigProperties() {
    return List.of();
  }

  /**
   * Keycloak's {@code AbstractOIDCProtocolMapper} would stamp only where the mapper's "include in" options say
   * so; this mapper always applies, so both transforms stamp themselves.
   */
  @Override
  public AccessToken transformAccessToken(
      AccessToken token,
      ProtocolMapperModel mappingModel,
      KeycloakSession session,
      UserSessionModel userSession,
      ClientSessionContext clientSessionCtx) {
    stamp(token);
    return token;
  }

  @Override
  public IDToken transformIDToken(
      IDToken token,
      ProtocolMapperModel mappingModel,
      KeycloakSession session,
      UserSessionModel userSession,
      ClientSessionContext clientSessionCtx) {
    stamp(token);
    return token;
  }

  /** {@code nbf} = {@code iat} (if the token has an {@code iat}); a random {@code jti} if it has none. */
  static void stamp(IDToken token) {
    if (token.getIat() != null) {
      token.nbf(token.getIat());
    }
    if (token.getId() == null) {
      token.id(UUID.randomUUID().toString());
    }
  }
}
