package nl.namens.keycloak.protocol.saml;

import com.google.auto.service.AutoService;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.namens.keycloak.representation.ActingFor;
import nl.namens.keycloak.representation.ClientServices;
import nl.namens.keycloak.representation.NamensNames;
import org.jboss.logging.Logger;
import org.keycloak.dom.saml.v2.protocol.AuthnRequestType;
import org.keycloak.protocol.saml.preprocessor.SamlAuthenticationPreprocessor;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * {@code namens-saml-requested-service}: a SAML service provider chooses the service of its login by
 * the {@code AttributeConsumingServiceIndex} of its AuthnRequest (ST-SAML), as an OIDC client does by
 * its service scope. The client's {@code namens.saml.service-indexes} ({@code 1=<uuid> 2=<uuid>})
 * maps each index of its metadata to one of its services; the choice goes to the login as client
 * note {@code namens.requested-service}. An index that names none of its services makes the login
 * serve nothing (fail closed: the assertion would name a service the provider did not ask for), so
 * the broker answers {@code RequestDenied}. Without an index the client's first service, as before.
 */
@AutoService(SamlAuthenticationPreprocessor.class)
public final class SamlRequestedService extends AuthnRequestPreprocessor {

  public static final String PROVIDER_ID = "namens-saml-requested-service";

  public SamlRequestedService() {
    super(PROVIDER_ID);
  }

  private static final Logger LOG = Logger.getLogger(SamlRequestedService.class);

  @Override
  public AuthnRequestType beforeProcessingLoginRequest(
      AuthnRequestType authnRequest, AuthenticationSessionModel authSession) {
    if (authnRequest == null
        || authSession == null
        || authnRequest.getAttributeConsumingServiceIndex() == null
        || !ClientServices.offersServices(authSession.getClient())) {
      return authnRequest;
    }
    int index = authnRequest.getAttributeConsumingServiceIndex();
    Optional<String> service =
        Optional.ofNullable(
                indexes(authSession.getClient().getAttribute(NamensNames.CLIENT_SAML_SERVICE_INDEXES))
                    .get(index))
            .filter(
                uuid ->
                    ClientServices.parse(
                            authSession.getClient().getAttribute(NamensNames.CLIENT_SERVICES))
                        .contains(uuid));
    authSession.setClientNote(
        NamensNames.NOTE_REQUESTED_SERVICE, service.orElse(NamensNames.UNKNOWN_SERVICE));
    if (service.isEmpty()) {
      LOG.infof(
          "SAML client %s asks AttributeConsumingServiceIndex %d, which names none of its services",
          authSession.getClient().getClientId(), index);
    }
    return authnRequest;
  }

  /** {@code "1=<uuid> 2=<uuid>"} (spaces or commas between) as index to lower-case UUID. */
  static Map<Integer, String> indexes(String attribute) {
    Map<Integer, String> indexes = new LinkedHashMap<>();
    if (attribute == null) {
      return indexes;
    }
    for (String entry : attribute.trim().split("[\\s,]+")) {
      int eq = entry.indexOf('=');
      if (eq <= 0) {
        continue;
      }
      try {
        int index = Integer.parseInt(entry.substring(0, eq).trim());
        ActingFor.uuid(entry.substring(eq + 1).trim().toLowerCase(Locale.ROOT))
            .ifPresent(uuid -> indexes.putIfAbsent(index, uuid));
      } catch (NumberFormatException e) {
        // not an index: ignored
      }
    }
    return indexes;
  }
}
