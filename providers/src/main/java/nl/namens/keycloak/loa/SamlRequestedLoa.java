package nl.namens.keycloak.loa;

import com.google.auto.service.AutoService;
import java.util.List;
import java.util.Optional;
import nl.namens.identifiers.LevelOfAssurance;
import nl.namens.keycloak.representation.ClientServices;
import org.jboss.logging.Logger;
import org.keycloak.dom.saml.v2.protocol.AuthnRequestType;
import org.keycloak.dom.saml.v2.protocol.RequestedAuthnContextType;
import org.keycloak.models.Constants;
import nl.namens.keycloak.protocol.saml.AuthnRequestPreprocessor;
import org.keycloak.protocol.saml.preprocessor.SamlAuthenticationPreprocessor;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * {@code namens-saml-requested-loa}: a SAML service provider's {@code RequestedAuthnContext} asks the level
 * of its login, as {@code acr_values} does for an OIDC client: the lowest known class ref (comparison
 * {@code minimum}, ST-SAML) becomes Keycloak's requested level, which {@link RequiredLoa} raises to at least
 * the client's minimum and {@code namens-loa-gate} enforces (step-up, or {@code RequestDenied}). Only for
 * clients with services ({@code namens.services}); unknown class refs ask nothing. Never fails a request.
 */
@AutoService(SamlAuthenticationPreprocessor.class)
public final class SamlRequestedLoa extends AuthnRequestPreprocessor {

  public static final String PROVIDER_ID = "namens-saml-requested-loa";

  public SamlRequestedLoa() {
    super(PROVIDER_ID);
  }

  private static final Logger LOG = Logger.getLogger(SamlRequestedLoa.class);

  @Override
  public AuthnRequestType beforeProcessingLoginRequest(
      AuthnRequestType authnRequest, AuthenticationSessionModel authSession) {
    if (authnRequest == null
        || authSession == null
        || !ClientServices.offersServices(authSession.getClient())) {
      return authnRequest;
    }
    lowest(authnRequest.getRequestedAuthnContext())
        .ifPresent(
            loa -> {
              authSession.setClientNote(
                  Constants.REQUESTED_LEVEL_OF_AUTHENTICATION, String.valueOf(RequiredLoa.level(loa)));
              LOG.debugf("SAML client %s asks LoA %s", authSession.getClient().getClientId(), loa.code());
            });
    return authnRequest;
  }

  /** The lowest known level among the requested class refs (eIDAS/Logius URIs or eToegang classes). */
  public static Optional<LevelOfAssurance> lowest(RequestedAuthnContextType requested) {
    if (requested == null) {
      return Optional.empty();
    }
    List<String> refs = requested.getAuthnContextClassRef();
    return refs == null
        ? Optional.empty()
        : refs.stream().map(LevelOfAssurance::fromUri).flatMap(Optional::stream).min(Enum::compareTo);
  }
}
