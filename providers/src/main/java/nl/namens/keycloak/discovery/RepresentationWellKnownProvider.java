package nl.namens.keycloak.discovery;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.namens.identifiers.LevelOfAssurance;
import org.keycloak.protocol.oidc.representations.OIDCConfigurationRepresentation;
import org.keycloak.wellknown.WellKnownProvider;

/**
 * Adds {@link #CLAIMS} to the {@code claims_supported} of the wrapped provider's metadata, and
 * names the four levels of assurance (their eIDAS/Logius URIs, low to high) as {@code
 * acr_values_supported}: the only {@code acr} values a token carries.
 */
final class RepresentationWellKnownProvider implements WellKnownProvider {

  static final List<String> CLAIMS = List.of("represents", "representation");

  static final List<String> ACR_VALUES =
      Arrays.stream(LevelOfAssurance.values()).map(LevelOfAssurance::uri).toList();

  private final WellKnownProvider delegate;

  RepresentationWellKnownProvider(WellKnownProvider delegate) {
    this.delegate = delegate;
  }

  @Override
  public Object getConfig() {
    Object config = delegate.getConfig();
    if (config instanceof OIDCConfigurationRepresentation oidc) {
      List<String> claims =
          oidc.getClaimsSupported() == null ? new ArrayList<>() : new ArrayList<>(oidc.getClaimsSupported());
      for (String claim : CLAIMS) {
        if (!claims.contains(claim)) {
          claims.add(claim);
        }
      }
      oidc.setClaimsSupported(claims);
      oidc.setAcrValuesSupported(ACR_VALUES);
    }
    return config;
  }

  @Override
  public void close() {
    delegate.close();
  }
}
