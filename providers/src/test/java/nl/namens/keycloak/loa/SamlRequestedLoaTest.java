package nl.namens.keycloak.loa;

import static nl.namens.identifiers.LevelOfAssurance.SUBSTANTIEEL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.keycloak.dom.saml.v2.protocol.AuthnRequestType;
import org.keycloak.dom.saml.v2.protocol.RequestedAuthnContextType;
import org.keycloak.models.ClientModel;
import org.keycloak.models.Constants;
import org.keycloak.sessions.AuthenticationSessionModel;

class SamlRequestedLoaTest {

  private final SamlRequestedLoa preprocessor = new SamlRequestedLoa();

  @Test
  void theLowestKnownRequestedClassRefIsTheMinimum() {
    RequestedAuthnContextType requested = new RequestedAuthnContextType();
    requested.addAuthnContextClassRef("http://eidas.europa.eu/LoA/high");
    requested.addAuthnContextClassRef("http://eidas.europa.eu/LoA/substantial");
    requested.addAuthnContextClassRef("urn:unknown");
    assertEquals(SUBSTANTIEEL, SamlRequestedLoa.lowest(requested).orElseThrow());
    assertTrue(SamlRequestedLoa.lowest(null).isEmpty());
  }

  @Test
  void aServiceProvidersRequestBecomesTheRequestedLevel() {
    AuthenticationSessionModel authSession = session("5b1e2c64-0f55-4b8e-9d0a-3a1f2b3c4d01");
    preprocessor.beforeProcessingLoginRequest(request("http://eidas.europa.eu/LoA/high"), authSession);
    verify(authSession).setClientNote(Constants.REQUESTED_LEVEL_OF_AUTHENTICATION, "4");
  }

  @Test
  void clientsWithoutServicesAndUnknownRefsAskNothing() {
    AuthenticationSessionModel withoutServices = session(null);
    preprocessor.beforeProcessingLoginRequest(request("http://eidas.europa.eu/LoA/high"), withoutServices);
    verify(withoutServices, never()).setClientNote(anyString(), anyString());

    AuthenticationSessionModel unknown = session("5b1e2c64-0f55-4b8e-9d0a-3a1f2b3c4d01");
    preprocessor.beforeProcessingLoginRequest(request("urn:oasis:names:tc:SAML:2.0:ac:classes:Password"), unknown);
    verify(unknown, never()).setClientNote(anyString(), anyString());
  }

  private static AuthnRequestType request(String classRef) {
    AuthnRequestType request = new AuthnRequestType("ID_1", null);
    RequestedAuthnContextType requested = new RequestedAuthnContextType();
    requested.addAuthnContextClassRef(classRef);
    request.setRequestedAuthnContext(requested);
    return request;
  }

  private static AuthenticationSessionModel session(String services) {
    ClientModel client = mock(ClientModel.class);
    when(client.getAttribute("namens.services")).thenReturn(services);
    when(client.getClientId()).thenReturn("sp");
    AuthenticationSessionModel authSession = mock(AuthenticationSessionModel.class);
    when(authSession.getClient()).thenReturn(client);
    return authSession;
  }
}
