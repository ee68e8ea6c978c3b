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
import nl.namens.keycloak.catalogue.ServiceCataloguePage;
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
  private static final String RETIRED = "5b1e2c64-0f55-4b8e-9d0a-3a1f2b3c4d09";
  private static final String CLIENT_ID = "client-uuid";
  private static final String REALM_ID = "realm-uuid";

  private final ClientServicesTab tab = new ClientServicesTab();
  private final RealmModel realm = mock(RealmModel.class);
  private final ClientModel client = mock(ClientModel.class);
  private final ClientScopeModel scope = mock(ClientScopeModel.class);

  ClientServicesTabTest() {
    when(realm.getId()).thenReturn(REALM_ID);
    when(realm.getClientById(CLIENT_ID)).thenReturn(client);
    when(client.getClientId()).thenReturn("demo-afvalpas");
    when(scope.getName()).thenReturn("urn:uuid:" + AFVALPAS);
    when(realm.getClientScopesStream()).thenAnswer(i -> Stream.of(scope));
    when(client.getClientScopes(false)).thenReturn(Map.of());
    when(realm.getComponentsStream(REALM_ID, ServiceCataloguePage.PROVIDER_TYPE))
        .thenAnswer(i -> Stream.of(service(AFVALPAS, "false"), service(RETIRED, "true")));
  }

  static ComponentModel service(String id, String retired) {
    ComponentModel model = new ComponentModel();
    model.setId("component-" + id);
    model.setParentId(REALM_ID);
    model.setProviderId(ServiceCataloguePage.PROVIDER_ID);
    MultivaluedHashMap<String, String> config = new MultivaluedHashMap<>();
    config.putSingle(ServiceCataloguePage.SERVICE_ID, id);
    config.putSingle(ServiceCataloguePage.NAME, "Dienst " + id.substring(34));
    config.putSingle(ServiceCataloguePage.RETIRED, retired);
    model.setConfig(config);
    return model;
  }

  /** A form as the admin API stores it: the client as parent. */
  private static ComponentModel form(String parent, List<String> services, String bsn) {
    return form(parent, null, services, bsn, "demo-afvalpas");
  }

  /** A form as the admin console stores it: the realm as parent, the client's id from the route. */
  private static ComponentModel consoleForm(String clientParam, List<String> services, String confirm) {
    return form(REALM_ID, clientParam, services, "false", confirm);
  }

  private static ComponentModel form(
      String parent, String clientParam, List<String> services, String bsn, String confirm) {
    ComponentModel model = new ComponentModel();
    model.setParentId(parent);
    MultivaluedHashMap<String, String> config = new MultivaluedHashMap<>();
    config.put(ClientServicesTab.SERVICES, services);
    if (bsn != null) {
      config.putSingle(ClientServicesTab.BSN_ALLOWED, bsn);
    }
    if (clientParam != null) {
      config.putSingle(ClientServicesTab.CLIENT_PARAM, clientParam);
      config.putSingle("realm", "namens"); // the console merges every route parameter
      config.putSingle("tab", ClientServicesTab.PROVIDER_ID);
    }
    if (confirm != null) {
      config.putSingle(ClientServicesTab.CONFIRM_CLIENT, confirm);
    }
    model.setConfig(config);
    return model;
  }

  @Test
  void aKnownServiceOnAClientIsAccepted() {
    assertDoesNotThrow(() -> tab.validateConfiguration(null, realm, form(CLIENT_ID, List.of(AFVALPAS), "false")));
    assertDoesNotThrow(
        () -> tab.validateConfiguration(null, realm, consoleForm(CLIENT_ID, List.of(AFVALPAS), "demo-afvalpas")));
  }

  @Test
  void badFormsAreRefusedWithAReason() {
    assertTrue(refusal(form("not-a-client", List.of(AFVALPAS), "false")).contains("client of this realm"));
    assertTrue(refusal(form(null, List.of(AFVALPAS), "false")).contains("client of this realm"));
    assertTrue(refusal(form(CLIENT_ID, List.of("afvalpas"), "false")).contains("UUID"));
    assertTrue(refusal(form(CLIENT_ID, List.of(AFVALPAS, AFVALPAS.toUpperCase()), "false")).contains("once"));
    assertTrue(
        refusal(form(CLIENT_ID, List.of("0b7e8f0e-1d43-4c4c-9a3c-5e2a1b0c9d8e"), "false")).contains("Unknown service"));
    assertTrue(refusal(form(CLIENT_ID, List.of(RETIRED), "false")).contains("retired"));
    assertTrue(refusal(form(CLIENT_ID, List.of(AFVALPAS), "yes")).contains("true or false"));
  }

  @Test
  void aConsoleFormStillShowingAnotherClientIsRefusedNotCopied() {
    String stale = refusal(consoleForm(CLIENT_ID, List.of(AFVALPAS), "demo-belastingaangifte"));
    assertTrue(stale.contains("demo-belastingaangifte") && stale.contains("type demo-afvalpas"), stale);
    assertTrue(refusal(consoleForm(CLIENT_ID, List.of(AFVALPAS), "")).contains("demo-afvalpas"));
    assertTrue(refusal(consoleForm("no-such-client", List.of(AFVALPAS), "demo-afvalpas")).contains("client of this"));
  }

  @Test
  void savingWritesTheClientsAttributesAndScope() {
    tab.onCreate(null, realm, form(CLIENT_ID, List.of(AFVALPAS), "true"));
    verify(client).setAttribute(NamensNames.CLIENT_SERVICES, AFVALPAS);
    verify(client).setAttribute(NamensNames.CLIENT_BSN_ALLOWED, "true");
    verify(client).addClientScope(scope, false);
  }

  @Test
  void theConsolesOneFormSavedForAnotherClientLeavesTheFirstAlone() {
    ClientModel first = mock(ClientModel.class);
    when(realm.getClientById("first-uuid")).thenReturn(first);
    tab.onUpdate(
        null,
        realm,
        consoleForm("first-uuid", List.of(AFVALPAS), "demo-first"),
        consoleForm(CLIENT_ID, List.of(), "demo-afvalpas"));
    verify(client).removeAttribute(NamensNames.CLIENT_SERVICES);
    verify(first, never()).removeClientScope(scope);
    verify(client, never()).removeClientScope(scope); // it never had it: the old form was the other client's
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
  void theTabIsAnnouncedForClientsOnTheConsolesOwnRoute() {
    // the console's client route is /:realm/clients/:clientId/:tab; another parameter name breaks its links
    assertEquals("/:realm/clients/:clientId/:tab", tab.getTypeMetadata().get("path"));
  }
}
