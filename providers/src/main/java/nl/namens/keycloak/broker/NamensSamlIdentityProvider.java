package nl.namens.keycloak.broker;

import jakarta.ws.rs.core.Response;
import java.util.Optional;
import nl.namens.identifiers.LevelOfAssurance;
import nl.namens.keycloak.loa.RequiredLoa;
import org.jboss.logging.Logger;
import org.keycloak.broker.provider.AuthenticationRequest;
import org.keycloak.broker.saml.SAMLIdentityProvider;
import org.keycloak.broker.saml.SAMLIdentityProviderConfig;
import org.keycloak.dom.saml.v2.protocol.AuthnContextComparisonType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.saml.validators.DestinationValidator;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Keycloak's SAML identity provider, asking DigiD or eHerkenning for the level of assurance the
 * login needs: a {@code RequestedAuthnContext} with that level's URI and comparison {@code
 * minimum} (DigiD: the eIDAS/Logius URI; eHerkenning, {@value #LOA_SCHEME} = {@code etoegang}: the
 * assurance-class URN), and {@code ForceAuthn} when it is a step-up of a session at a lower level.
 * A login that needs only basis is sent as configured. What comes back is checked by the IdP mapper
 * and {@code namens-loa-gate}, never trusted from the request.
 */
final class NamensSamlIdentityProvider extends SAMLIdentityProvider {

  /** IdP config key: {@code eidas} (default) or {@code etoegang}: which URIs name the levels. */
  static final String LOA_SCHEME = "namens.loa-scheme";

  private static final Logger LOG = Logger.getLogger(NamensSamlIdentityProvider.class);

  private final DestinationValidator destinationValidator;

  NamensSamlIdentityProvider(
      KeycloakSession session,
      SAMLIdentityProviderConfig config,
      DestinationValidator destinationValidator) {
    super(session, config, destinationValidator);
    this.destinationValidator = destinationValidator;
  }

  @Override
  public Response performLogin(AuthenticationRequest request) {
    AuthenticationSessionModel authSession = request.getAuthenticationSession();
    Optional<LevelOfAssurance> stepUp = RequiredLoa.stepUp(authSession);
    LevelOfAssurance required = stepUp.orElseGet(() -> RequiredLoa.of(authSession));
    if (required == LevelOfAssurance.BASIS && stepUp.isEmpty()) {
      return super.performLogin(request);
    }
    LOG.infof(
        "asking identity provider %s for LoA %s%s",
        getConfig().getAlias(), required.code(), stepUp.isPresent() ? " (step-up, ForceAuthn)" : "");
    SAMLIdentityProviderConfig asked = new SAMLIdentityProviderConfig(getConfig());
    asked.setAuthnContextClassRefs("[\"" + uri(required) + "\"]");
    asked.setAuthnContextComparisonType(AuthnContextComparisonType.MINIMUM);
    if (stepUp.isPresent()) {
      asked.setForceAuthn(true);
    }
    return new SAMLIdentityProvider(session, asked, destinationValidator).performLogin(request);
  }

  private String uri(LevelOfAssurance loa) {
    return "etoegang".equals(getConfig().getConfig().get(LOA_SCHEME))
        ? loa.eherkenningUri()
        : loa.uri();
  }
}
