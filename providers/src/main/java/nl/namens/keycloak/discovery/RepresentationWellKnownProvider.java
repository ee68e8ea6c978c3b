package nl.namens.keycloak.discovery;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import nl.namens.identifiers.LevelOfAssurance;
import org.keycloak.protocol.oidc.representations.OIDCConfigurationRepresentation;
import org.keycloak.wellknown.WellKnownProvider;

/**
 * Keycloak's OpenID Provider metadata as the OIDC NL GOV profile wants it: only what the broker allows. Adds
 * {@link #CLAIMS} to {@code claims_supported}; names the four levels of assurance (their eIDAS/Logius URIs, low
 * to high) as {@code acr_values_supported}, the only {@code acr} values a token carries; offers the
 * authorization code flow only ({@code response_types_supported} {@code code}, no response mode that returns
 * in the fragment), the grants a client may use ({@link #GRANT_TYPES}: the code flow, refresh, and client
 * credentials for the register's service accounts), PKCE with {@code S256} only, client authentication by key
 * only ({@link #CLIENT_AUTH_METHODS}), and no {@code none} algorithm anywhere. Endpoints of grants nobody may use (device, CIBA) are left out. Each of these is enforced by the
 * realm's client policies, not by this list (docs/conformance.md).
 */
final class RepresentationWellKnownProvider implements WellKnownProvider {

  static final List<String> CLAIMS = List.of("represents", "representation");

  static final List<String> ACR_VALUES =
      Arrays.stream(LevelOfAssurance.values()).map(LevelOfAssurance::uri).toList();

  static final List<String> RESPONSE_TYPES = List.of("code");

  static final List<String> GRANT_TYPES = List.of("authorization_code", "refresh_token", "client_credentials");

  static final List<String> CODE_CHALLENGE_METHODS = List.of("S256");

  /**
   * Client authentication by key only (OAuth NL GOV; client policy {@code namens-client-keys}): no client secret,
   * plain ({@code client_secret_basic}/{@code _post}) or as HMAC key ({@code client_secret_jwt}).
   */
  static final List<String> CLIENT_AUTH_METHODS = List.of("private_key_jwt", "tls_client_auth");

  private final WellKnownProvider delegate;

  RepresentationWellKnownProvider(WellKnownProvider delegate) {
    this.delegate = delegate;
  }

  @Override
  public Object getConfig() {
    Object config = delegate.getConfig();
    if (config instanceof OIDCConfigurationRepresentation oidc) {
      restrict(oidc);
    }
    return config;
  }

  /** The metadata narrowed to what the broker allows (package-private for the unit test). */
  static void restrict(OIDCConfigurationRepresentation oidc) {
    List<String> claims =
        oidc.getClaimsSupported() == null ? new ArrayList<>() : new ArrayList<>(oidc.getClaimsSupported());
    for (String claim : CLAIMS) {
      if (!claims.contains(claim)) {
        claims.add(claim);
      }
    }
    oidc.setClaimsSupported(claims);
    oidc.setAcrValuesSupported(ACR_VALUES);
    oidc.setResponseTypesSupported(RESPONSE_TYPES);
    oidc.setGrantTypesSupported(GRANT_TYPES);
    oidc.setCodeChallengeMethodsSupported(CODE_CHALLENGE_METHODS);
    oidc.setResponseModesSupported(
        keep(oidc.getResponseModesSupported(), m -> !m.toLowerCase(Locale.ROOT).contains("fragment")));
    oidc.setIdTokenSigningAlgValuesSupported(withoutNone(oidc.getIdTokenSigningAlgValuesSupported()));
    oidc.setUserInfoSigningAlgValuesSupported(withoutNone(oidc.getUserInfoSigningAlgValuesSupported()));
    oidc.setRequestObjectSigningAlgValuesSupported(withoutNone(oidc.getRequestObjectSigningAlgValuesSupported()));
    oidc.setAuthorizationSigningAlgValuesSupported(withoutNone(oidc.getAuthorizationSigningAlgValuesSupported()));
    oidc.setTokenEndpointAuthMethodsSupported(keyed(oidc.getTokenEndpointAuthMethodsSupported()));
    oidc.setIntrospectionEndpointAuthMethodsSupported(keyed(oidc.getIntrospectionEndpointAuthMethodsSupported()));
    oidc.setRevocationEndpointAuthMethodsSupported(keyed(oidc.getRevocationEndpointAuthMethodsSupported()));
    oidc.setTokenEndpointAuthSigningAlgValuesSupported(asymmetric(oidc.getTokenEndpointAuthSigningAlgValuesSupported()));
    oidc.setIntrospectionEndpointAuthSigningAlgValuesSupported(
        asymmetric(oidc.getIntrospectionEndpointAuthSigningAlgValuesSupported()));
    oidc.setRevocationEndpointAuthSigningAlgValuesSupported(
        asymmetric(oidc.getRevocationEndpointAuthSigningAlgValuesSupported()));
    oidc.setDeviceAuthorizationEndpoint(null);
    oidc.setBackchannelAuthenticationEndpoint(null);
    oidc.setBackchannelTokenDeliveryModesSupported(null);
    oidc.setBackchannelAuthenticationRequestSigningAlgValuesSupported(null);
  }

  private static List<String> keyed(List<String> methods) {
    return keep(methods, CLIENT_AUTH_METHODS::contains);
  }

  /** Without {@code none} and the HMAC algorithms (a client assertion signed with a shared secret). */
  private static List<String> asymmetric(List<String> algorithms) {
    return keep(withoutNone(algorithms), a -> !a.toUpperCase(Locale.ROOT).startsWith("HS"));
  }

  private static List<String> withoutNone(List<String> algorithms) {
    return keep(algorithms, a -> !"none".equalsIgnoreCase(a));
  }

  private static List<String> keep(List<String> values, Predicate<String> wanted) {
    return values == null ? null : values.stream().filter(wanted).toList();
  }

  @Override
  public void close() {
    delegate.close();
  }
}
