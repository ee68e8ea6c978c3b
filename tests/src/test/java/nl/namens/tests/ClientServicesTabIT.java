package nl.namens.tests;

import static nl.namens.tests.support.DemoServices.AFVALPAS;
import static nl.namens.tests.support.DemoServices.JAN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import nl.namens.tests.support.BrokerTestBase;
import nl.namens.tests.support.NamensServerConfig;
import nl.namens.tests.support.ServiceClients;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.common.util.MultivaluedHashMap;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ComponentRepresentation;
import org.keycloak.representations.idm.ComponentTypeRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.oauth.OAuthClient;
import org.keycloak.testframework.oauth.annotations.InjectOAuthClient;
import org.keycloak.testsuite.util.oauth.AccessTokenResponse;

/**
 * The "Namens services" tab on a client in the Keycloak admin console (issue 12), through the admin API the console
 * itself calls: the server announces the tab for clients; a form naming an unknown service is refused with a clear
 * message and changes nothing; a valid one gives the client Afvalpas, after which Jan's login there asks whom he acts
 * for and the token says he represents Dirk; removing the tab takes the service away again.
 */
@KeycloakIntegrationTest(config = NamensServerConfig.class)
class ClientServicesTabIT extends BrokerTestBase {

  private static final String TAB = "org.keycloak.services.ui.extend.UiTabProvider";

  @InjectAdminClient Keycloak admin;

  @InjectOAuthClient(ref = "admin-console", realmRef = "namens", config = ServiceClients.FromTheAdminConsole.class)
  OAuthClient service;

  @Test
  void anAdministratorGivesAClientAServiceOnItsTabAndTheNextLoginActsForSomeone() {
    List<ComponentTypeRepresentation> tabs = admin.serverInfo().getInfo().getComponentTypes().getOrDefault(TAB, List.of());
    ComponentTypeRepresentation tab =
        tabs.stream().filter(t -> "namens-services".equals(t.getId())).findFirst().orElse(null);
    assertNotNull(tab, "the server announces the tab to the admin console: " + tabs);
    assertEquals("/:realm/clients/:clientId/:tab", tab.getMetadata().get("path"));

    ClientRepresentation client = broker.admin().clients().findByClientId("it-admin-console").get(0);

    // before: registered without services (the login would not even accept the service's scope)
    assertNull(client.getAttributes().get("namens.services"));

    // an unknown service: refused, nothing changed
    try (Response refused = broker.admin().components().add(tabForm(client, "0b7e8f0e-1d43-4c4c-9a3c-5e2a1b0c9d8e"))) {
      assertEquals(400, refused.getStatus());
      String message = refused.readEntity(String.class);
      assertTrue(message.contains("Unknown service"), message);
    }
    assertNull(broker.admin().clients().get(client.getId()).toRepresentation().getAttributes().get("namens.services"));

    // Afvalpas: the client's attributes and optional scope follow the tab
    String componentId;
    try (Response created = broker.admin().components().add(tabForm(client, AFVALPAS))) {
      assertEquals(201, created.getStatus(), () -> created.readEntity(String.class));
      String location = created.getLocation().toString();
      componentId = location.substring(location.lastIndexOf('/') + 1);
    }
    ClientRepresentation given = broker.admin().clients().get(client.getId()).toRepresentation();
    assertEquals(AFVALPAS, given.getAttributes().get("namens.services"));
    assertEquals("false", given.getAttributes().get("namens.bsn-allowed"));
    assertTrue(given.getOptionalClientScopes().contains("urn:uuid:" + AFVALPAS), given.getOptionalClientScopes().toString());

    openLogin(service, AFVALPAS);
    browser.loginWithDigid("jan");
    assertTrue(browser.onActingForPage(), browser.pageText());
    browser.actFor("Dirk Dekker");
    AccessTokenResponse tokens = tokensAfterLogin(service);
    Map<String, Object> represents = represents(service, tokens.getIdToken());
    assertNotNull(represents, "Jan represents Dirk at the client the tab gave Afvalpas");
    assertFalse(JAN.equals(represents.get("sub")));
    logoutEverywhere();

    // the tab removed: the client offers no service any more
    broker.admin().components().component(componentId).remove();
    ClientRepresentation taken = broker.admin().clients().get(client.getId()).toRepresentation();
    assertNull(taken.getAttributes().get("namens.services"));
    assertFalse(taken.getOptionalClientScopes().contains("urn:uuid:" + AFVALPAS));
  }

  private static ComponentRepresentation tabForm(ClientRepresentation client, String service) {
    ComponentRepresentation form = new ComponentRepresentation();
    form.setName("namens-services");
    form.setProviderId("namens-services");
    form.setProviderType(TAB);
    form.setParentId(client.getId()); // the tab of this client
    MultivaluedHashMap<String, String> config = new MultivaluedHashMap<>();
    config.put("services", List.of(service));
    config.putSingle("bsnAllowed", "false");
    config.putSingle("client", client.getClientId()); // the form names the client it is for
    form.setConfig(config);
    return form;
  }
}
