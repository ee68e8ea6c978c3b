package nl.namens.keycloak.admin;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.namens.keycloak.representation.NamensNames;
import org.junit.jupiter.api.Test;
import org.keycloak.common.util.MultivaluedHashMap;
import org.keycloak.component.ComponentModel;
import org.keycloak.component.ComponentValidationException;
import org.keycloak.models.ClientModel;
import org.keycloak.models.ClientScopeModel;
import org.keycloak.models.RealmModel;

class ClientServicesTabTest {

  private static final String AFVALPAS = "5b1e2c64-0f55-4b8e-9d0a-3a1f2b3c4d03";
  private static final String CLIENT_ID = "client-uuid";

  private final ClientServicesTab tab = new ClientServicesTab();
  private final RealmModel realm = mock(RealmModel.class);
  private final ClientModel client = mock(ClientModel.class);
  private final ClientScopeModel scope = mock(ClientScopeModel.class);

  ClientServicesTabTest() {
    when(realm.getClientById(CLIENT_ID)).thenReturn(client);
    when(scope.getName()).thenReturn("urn:uuid:" + AFVALPAS);
    when(realm.getClientScopesStream()).thenAnswer(i -> Stream.of(scope));
    when(client.getClientScopes(false)).thenReturn(Map.of());
  }

  private static ComponentModel form(String parent, List<String> services, String bsn) {
    ComponentModel model = new ComponentModel();
    model.setParentId(parent);
    MultivaluedHashMap<String, String> config = new MultivaluedHashMap<>();
    config.put(ClientServicesTab.SERVICES, services);
    if (bsn != null) {
      config.putSingle(ClientServicesTab.BSN_ALLOWED, bsn);
    }
    model.setConfig(config);
    return model;
  }

  @Test
  void aKnownServiceOnAClientIsAccepted() {
    assertDoesNotThrow(() -> tab.validateConfiguration(null, realm, form(CLIENT_ID, List.of(AFVALPAS), "false")));
  }

  @Test
  void badFormsAreRefusedWithAReason() {
    assertTrue(refusal(form("not-a-client", List.of(AFVALPAS), "false")).contains("client of this realm"));
    assertTrue(refusal(form(null, List.of(AFVALPAS), "false")).contains("client of this realm"));
    assertTrue(refusal(form(CLIENT_ID, List.of("afvalpas"), "false")).contains("UUID"));
    assertTrue(refusal(form(CLIENT_ID, List.of(AFVALPAS, AFVALPAS.toUpperCase()), "false")).contains("once"));
    assertTrue(
        refusal(form(CLIENT_ID, List.of("0b7e8f0e-1d43-4c4c-9a3c-5e2a1b0c9d8e"), "false")).contains("Unknown service"));
    assertTrue(refusal(form(CLIENT_ID, List.of(AFVALPAS), "yes")).contains("true or false"));
  }

  @Test
  void savingWritesTheClientsAttributesAndScope() {
    tab.onCreate(null, realm, form(CLIENT_ID, List.of(AFVALPAS), "true"));
    verify(client).setAttribute(NamensNames.CLIENT_SERVICES, AFVALPAS);
    verify(client).setAttribute(NamensNames.CLIENT_BSN_ALLOWED, "true");
    verify(client).addClientScope(scope, false);
  }

  @Test
  void removingTheTabTakesTheServiceAway() {
    tab.preRemove(null, realm, form(CLIENT_ID, List.of(AFVALPAS), "true"));
    verify(client).removeClientScope(scope);
    verify(client).removeAttribute(NamensNames.CLIENT_SERVICES);
    verify(client).setAttribute(NamensNames.CLIENT_BSN_ALLOWED, "false");
    verify(client, never()).addClientScope(scope, false);
  }

  private String refusal(ComponentModel model) {
    return assertThrows(ComponentValidationException.class, () -> tab.validateConfiguration(null, realm, model))
        .getMessage();
  }

  @Test
  void theTabIsAnnouncedForClients() {
    assertEquals("/:realm/clients/:id/:tab", tab.getTypeMetadata().get("path"));
  }
}
