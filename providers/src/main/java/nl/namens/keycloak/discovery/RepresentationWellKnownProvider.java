package nl.namens.keycloak.discovery;

import java.util.ArrayList;
import java.util.List;
import org.keycloak.protocol.oidc.representations.OIDCConfigurationRepresentation;
import org.keycloak.wellknown.WellKnownProvider;

/** Adds {@link #CLAIMS} to the {@code claims_supported} of the wrapped provider's metadata. */
final class RepresentationWellKnownProvider implements WellKnownProvider {

  static final List<String> CLAIMS = List.of("represents", "representation");

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
    }
    return config;
  }

  @Override
  public void close() {
    delegate.close();
  }
}
