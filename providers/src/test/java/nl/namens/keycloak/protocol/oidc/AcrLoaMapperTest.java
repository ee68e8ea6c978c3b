package nl.namens.keycloak.protocol.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ProtocolMapperModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.protocol.oidc.mappers.OIDCAttributeMapperHelper;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.representations.AccessToken;
import org.keycloak.representations.IDToken;

class AcrLoaMapperTest {

  private final AcrLoaMapper mapper = new AcrLoaMapper();
  private KeycloakSession session;
  private UserSessionModel userSession;
  private ProtocolMapperModel model;

  @BeforeEach
  void setUp() {
    session = mock(KeycloakSession.class, RETURNS_DEEP_STUBS);
    userSession = mock(UserSessionModel.class);
    model = new ProtocolMapperModel();
    Map<String, String> config = new HashMap<>();
    config.put(OIDCAttributeMapperHelper.INCLUDE_IN_ID_TOKEN, "true");
    config.put(OIDCAttributeMapperHelper.INCLUDE_IN_ACCESS_TOKEN, "true");
    config.put(OIDCAttributeMapperHelper.INCLUDE_IN_USERINFO, "true");
    model.setConfig(config);
  }

  @ParameterizedTest
  @CsvSource({
    "basis, http://eID.logius.nl/LoA/basic",
    "midden, http://eidas.europa.eu/LoA/low",
    "substantieel, http://eidas.europa.eu/LoA/substantial",
    "hoog, http://eidas.europa.eu/LoA/high"
  })
  void loaNoteBecomesTheAcrUri(String note, String acr) {
    assertEquals(acr, AcrLoaMapper.acrFor(note));
  }

  @Test
  void idTokenGetsTheAcrFromTheSessionNote() {
    when(userSession.getNote("namens.loa")).thenReturn("substantieel");

    IDToken token = mapper.transformIDToken(new IDToken(), model, session, userSession, null);

    assertEquals("http://eidas.europa.eu/LoA/substantial", token.getAcr());
    assertFalse(token.getOtherClaims().containsKey("acr"));
    assertFalse(token.getOtherClaims().containsKey("amr"));
  }

  @Test
  void accessTokenAndUserInfoGetTheAcr() {
    when(userSession.getNote("namens.loa")).thenReturn("hoog");

    AccessToken access =
        mapper.transformAccessToken(new AccessToken(), model, session, userSession, null);
    AccessToken userInfo =
        mapper.transformUserInfoToken(new AccessToken(), model, session, userSession, null);

    assertEquals("http://eidas.europa.eu/LoA/high", access.getAcr());
    assertEquals("http://eidas.europa.eu/LoA/high", userInfo.getAcr());
    assertTrue(access.getOtherClaims().isEmpty());
  }

  @Test
  void withoutAKnownNoteKeycloaksNumericAcrIsRemoved() {
    IDToken token = new IDToken();
    token.setAcr("1");

    mapper.transformIDToken(token, model, session, userSession, null);
    assertNull(token.getAcr());

    when(userSession.getNote("namens.loa")).thenReturn("super");
    token.setAcr("0");
    mapper.transformIDToken(token, model, session, userSession, null);
    assertNull(token.getAcr());
  }

  @Test
  void tokensNotSelectedInTheConfigAreLeftAlone() {
    model.getConfig().put(OIDCAttributeMapperHelper.INCLUDE_IN_ID_TOKEN, "false");
    when(userSession.getNote("namens.loa")).thenReturn("hoog");

    IDToken token = mapper.transformIDToken(new IDToken(), model, session, userSession, null);

    assertNull(token.getAcr());
  }

  @Test
  void describesItself() {
    assertEquals("namens-acr-mapper", mapper.getId());
    assertEquals("openid-connect", mapper.getProtocol());
    assertTrue(mapper.getPriority() > 0);
    List<String> names =
        mapper.getConfigProperties().stream().map(ProviderConfigProperty::getName).toList();
    assertTrue(names.contains(OIDCAttributeMapperHelper.INCLUDE_IN_ID_TOKEN));
    assertTrue(names.contains(OIDCAttributeMapperHelper.INCLUDE_IN_ACCESS_TOKEN));
    assertTrue(names.contains(OIDCAttributeMapperHelper.INCLUDE_IN_USERINFO));
    assertFalse(names.contains(OIDCAttributeMapperHelper.TOKEN_CLAIM_NAME));
  }
}
