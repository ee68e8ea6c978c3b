package nl.namens.keycloak.simulator;

import com.google.auto.service.AutoService;
import java.util.List;
import java.util.Optional;
import nl.namens.identifiers.LevelOfAssurance;
import nl.namens.keycloak.loa.SamlRequestedLoa;
import nl.namens.keycloak.protocol.saml.AuthnRequestPreprocessor;
import org.jboss.logging.Logger;
import org.keycloak.dom.saml.v2.protocol.AuthnRequestType;
import org.keycloak.dom.saml.v2.protocol.RequestedAuthnContextType;
import org.keycloak.protocol.saml.preprocessor.SamlAuthenticationPreprocessor;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * {@code namens-sim-requested-loa}: the simulators read the level of assurance the broker asks for,
 * as DigiD and eHerkenning do: the lowest {@code AuthnContextClassRef} of the AuthnRequest's {@code
 * RequestedAuthnContext} (Keycloak's SAML preprocessing hook, before the login starts). Kept as the
 * client note {@value #NOTE}, which {@link SimLoaProtocolMapper} of the simulator's client reads;
 * other realms have no such mapper and ignore it. Never fails a request.
 */
@AutoService(SamlAuthenticationPreprocessor.class)
public final class RequestedLoaPreprocessor extends AuthnRequestPreprocessor {

  public static final String PROVIDER_ID = "namens-sim-requested-loa";

  public RequestedLoaPreprocessor() {
    super(PROVIDER_ID);
  }

  static final String NOTE = "sim.requested-loa";

  private static final Logger LOG = Logger.getLogger(RequestedLoaPreprocessor.class);

  @Override
  public AuthnRequestType beforeProcessingLoginRequest(
      AuthnRequestType authnRequest, AuthenticationSessionModel authSession) {
    Optional<LevelOfAssurance> requested =
        authnRequest == null ? Optional.empty() : SamlRequestedLoa.lowest(authnRequest.getRequestedAuthnContext());
    if (requested.isPresent()) {
      authSession.setClientNote(NOTE, requested.get().code());
      LOG.infof(
          "realm %s: the AuthnRequest asks for LoA %s%s",
          authSession.getRealm().getName(),
          requested.get().code(),
          Boolean.TRUE.equals(authnRequest.isForceAuthn()) ? " (ForceAuthn)" : "");
    }
    return authnRequest;
  }
}
