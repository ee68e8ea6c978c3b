package nl.namens.keycloak.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.keycloak.protocol.oidc.representations.OIDCConfigurationRepresentation;

class RepresentationWellKnownProviderTest {

  @Test
  void keycloaksMetadataIsNarrowedToWhatTheBrokerAllows() {
    OIDCConfigurationRepresentation oidc = new OIDCConfigurationRepresentation();
    oidc.setResponseTypesSupported(List.of("code", "none", "id_token", "token", "code id_token"));
    oidc.setGrantTypesSupported(List.of("authorization_code", "implicit", "password", "refresh_token"));
    oidc.setCodeChallengeMethodsSupported(List.of("plain", "S256"));
    oidc.setResponseModesSupported(List.of("query", "fragment", "form_post", "query.jwt", "fragment.jwt"));
    oidc.setIdTokenSigningAlgValuesSupported(List.of("PS256", "RS256", "none"));
    oidc.setRequestObjectSigningAlgValuesSupported(List.of("none", "RS256"));
    oidc.setUserInfoSigningAlgValuesSupported(List.of("RS256", "NONE"));
    oidc.setClaimsSupported(List.of("sub", "acr"));
    oidc.setDeviceAuthorizationEndpoint("https://broker/device");
    oidc.setBackchannelAuthenticationEndpoint("https://broker/ciba");
    List<String> keycloaksMethods =
        List.of("private_key_jwt", "client_secret_basic", "client_secret_post", "tls_client_auth", "client_secret_jwt");
    oidc.setTokenEndpointAuthMethodsSupported(keycloaksMethods);
    oidc.setIntrospectionEndpointAuthMethodsSupported(keycloaksMethods);
    oidc.setRevocationEndpointAuthMethodsSupported(keycloaksMethods);
    oidc.setTokenEndpointAuthSigningAlgValuesSupported(List.of("PS256", "HS256", "RS256", "HS512", "ES256"));

    RepresentationWellKnownProvider.restrict(oidc);

    assertEquals(List.of("code"), oidc.getResponseTypesSupported());
    assertEquals(List.of("authorization_code", "refresh_token", "client_credentials"), oidc.getGrantTypesSupported());
    assertEquals(List.of("S256"), oidc.getCodeChallengeMethodsSupported());
    assertEquals(List.of("query", "form_post", "query.jwt"), oidc.getResponseModesSupported());
    assertEquals(List.of("PS256", "RS256"), oidc.getIdTokenSigningAlgValuesSupported());
    assertEquals(List.of("RS256"), oidc.getRequestObjectSigningAlgValuesSupported());
    assertEquals(List.of("RS256"), oidc.getUserInfoSigningAlgValuesSupported());
    assertEquals(List.of("sub", "acr", "represents", "representation"), oidc.getClaimsSupported());
    assertEquals(RepresentationWellKnownProvider.ACR_VALUES, oidc.getAcrValuesSupported());
    assertEquals(List.of("private_key_jwt", "tls_client_auth"), oidc.getTokenEndpointAuthMethodsSupported());
    assertEquals(List.of("private_key_jwt", "tls_client_auth"), oidc.getIntrospectionEndpointAuthMethodsSupported());
    assertEquals(List.of("private_key_jwt", "tls_client_auth"), oidc.getRevocationEndpointAuthMethodsSupported());
    assertEquals(List.of("PS256", "RS256", "ES256"), oidc.getTokenEndpointAuthSigningAlgValuesSupported());
    assertNull(oidc.getDeviceAuthorizationEndpoint());
    assertNull(oidc.getBackchannelAuthenticationEndpoint());
  }
}
