package nl.namens.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.namens.tests.support.BrokerTestBase;
import nl.namens.tests.support.DemoServices;
import nl.namens.tests.support.NamensServerConfig;
import nl.namens.tests.support.RealmJson;
import nl.namens.tests.support.RegisterAdmin;
import nl.namens.tests.support.RegisterStack;
import nl.namens.tests.support.ServiceClients;
import org.junit.jupiter.api.Test;
import org.keycloak.common.util.MultivaluedHashMap;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ComponentRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.oauth.OAuthClient;
import org.keycloak.testframework.oauth.annotations.InjectOAuthClient;
import org.keycloak.testsuite.util.oauth.AccessTokenResponse;
import org.keycloak.util.JsonSerialization;

/**
 * The service catalogue kept in the broker (issue 12), through the admin API the console's page and tab call: invalid
 * entries refused with a clear message and nothing stored; a new service gets its client scope and is known to the
 * register at the next question (the register takes the catalogue from the broker, its own admin API refuses to add
 * one); given to a client on its tab, Bart logs in there and acts for Ria, whose bewind holds for every financial
 * service; the service cannot be removed while a client offers it or a mandate names it; retired, the register stops
 * offering it; an unused one is removed with its scope.
 */
@KeycloakIntegrationTest(config = NamensServerConfig.class)
class ServiceCatalogueIT extends BrokerTestBase {

  private static final String PAGE = "org.keycloak.services.ui.extend.UiPageProvider";
  private static final String TAB = "org.keycloak.services.ui.extend.UiTabProvider";
  private static final String PAGE_ID = "namens-dienstencatalogus";

  @InjectOAuthClient(ref = "admin-console", realmRef = "namens", config = ServiceClients.FromTheAdminConsole.class)
  OAuthClient service;

  private final RegisterAdmin register = new RegisterAdmin();

  @Test
  void theRegisterTakesTheCatalogueFromTheBrokerAndRefusesItsOwn() throws Exception {
    JsonNode services = JsonSerialization.mapper.readTree(register.call("GET", "/admin/v1/services", null).body());
    for (String id :
        List.of(DemoServices.BELASTINGAANGIFTE, DemoServices.ZORGDOSSIER, DemoServices.AFVALPAS, DemoServices.NALATENSCHAP)) {
      assertTrue(services.toString().contains(id), "the realm's catalogue in the register: " + id);
    }
    HttpResponse<String> refused =
        register.call(
            "POST",
            "/admin/v1/services",
            Map.of("id", UUID.randomUUID().toString(), "name", "Eigen kopie", "provider", "Register",
                "category", "general", "minimumLoa", "basis"));
    assertEquals(409, refused.statusCode(), refused.body());
    assertTrue(refused.body().contains("catalogue-in-broker"), refused.body());
  }

  @Test
  void invalidEntriesAreRefusedAndNothingIsStored() {
    long before = catalogue().size();
    Map<String, String[]> cases =
        Map.of(
            "already in the catalogue", new String[] {"serviceId", DemoServices.AFVALPAS},
            "Unknown category", new String[] {"category", "belasting"},
            "basis, midden, substantieel, hoog", new String[] {"minimumLoa", "high"},
            "not a UUID", new String[] {"serviceId", "toeslagen"},
            "Name is required", new String[] {"name", " "});
    cases.forEach(
        (message, field) -> {
          ComponentRepresentation entry = entry(UUID.randomUUID().toString(), "Toeslagen", "financial");
          entry.getConfig().putSingle(field[0], field[1]);
          try (Response response = broker.admin().components().add(entry)) {
            assertEquals(400, response.getStatus(), field[0]);
            String body = response.readEntity(String.class);
            assertTrue(body.contains(message), field[0] + ": " + body);
          }
        });
    assertEquals(before, catalogue().size(), "nothing stored");
  }

  @Test
  void aNewServiceGivenToAClientIsUsedActingForSomeoneAndCannotBeRemovedWhileUsed() throws Exception {
    String id = UUID.randomUUID().toString();
    String componentId = add(entry(id, "Toeslagen (test)", "financial"));
    assertTrue(
        broker.admin().clientScopes().findAll().stream().anyMatch(s -> ("urn:uuid:" + id).equals(s.getName())),
        "the new service has its client scope");

    // the client's tab, stored as the admin console stores it: the realm as parent, the client from the route
    ClientRepresentation client = broker.admin().clients().findByClientId("it-admin-console").get(0);
    ComponentRepresentation tab = tabForm(client, List.of(id), client.getClientId());
    try (Response stale = broker.admin().components().add(tabForm(client, List.of(id), "demo-afvalpas"))) {
      assertEquals(400, stale.getStatus(), "a form naming another client is not saved onto this one");
    }
    String tabId = add(tab);

    // the register has never heard of the service: asked at the login, it takes the broker's catalogue first
    openLogin(service, id);
    browser.loginWithDigid("bart");
    assertTrue(browser.onActingForPage(), browser.pageText());
    browser.actFor("Ria Ruiters");
    AccessTokenResponse tokens = tokensAfterLogin(service);
    Map<String, Object> represents = represents(service, tokens.getIdToken());
    assertNotNull(represents, "Bart represents Ria (bewind, financial) at the new service");
    logoutEverywhere();

    // removal refused while a client offers it, then while a mandate names it
    assertRemovalRefused(componentId, "still offered by client(s) it-admin-console");
    broker.admin().components().component(tabId).remove();
    register.createMandate(
        "BSN", DemoServices.JAN, "BSN", DemoServices.BEA, List.of(id),
        RegisterStack.today(), RegisterStack.today().plusMonths(1));
    assertRemovalRefused(componentId, "named by 1 mandate(s)");

    // retired instead: the register follows (it takes the catalogue every few seconds in this run)
    ComponentRepresentation retired = broker.admin().components().component(componentId).toRepresentation();
    retired.getConfig().putSingle("retired", "true");
    broker.admin().components().component(componentId).update(retired);
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    boolean retiredInRegister = false;
    while (!retiredInRegister && Instant.now().isBefore(deadline)) {
      JsonNode all = JsonSerialization.mapper.readTree(register.call("GET", "/admin/v1/services", null).body());
      for (JsonNode s : all) {
        if (id.equals(s.path("id").asText()) && s.path("retired").asBoolean()) {
          retiredInRegister = true;
        }
      }
      Thread.sleep(500);
    }
    assertTrue(retiredInRegister, "the register took the retirement from the broker");
  }

  @Test
  void anUnusedServiceIsRemovedWithItsScope() {
    String id = UUID.randomUUID().toString();
    String componentId = add(entry(id, "Parkeervergunning (test)", "general"));
    broker.admin().components().component(componentId).remove();
    assertFalse(catalogue().stream().anyMatch(c -> id.equals(c.getConfig().getFirst("serviceId"))));
    assertFalse(broker.admin().clientScopes().findAll().stream().anyMatch(s -> ("urn:uuid:" + id).equals(s.getName())));
  }

  @Test
  void onlyTheCatalogueReaderAndRealmViewersReadTheCatalogue() throws Exception {
    String url = RealmJson.KEYCLOAK_URL + "/admin/realms/namens/namens/catalogue";
    HttpResponse<String> reader = get(url, register.notifierToken());
    assertEquals(200, reader.statusCode(), reader.body());
    assertTrue(reader.body().contains(DemoServices.AFVALPAS), reader.body());

    // the broker's BVD client has a token of this realm, but neither the reader's role nor view-realm
    HttpResponse<String> other = get(url, register.bvdClientToken());
    assertEquals(403, other.statusCode(), other.body());
    assertFalse(other.body().contains(DemoServices.AFVALPAS), other.body());

    HttpResponse<String> nobody = get(url, null);
    assertEquals(401, nobody.statusCode(), nobody.body());
    assertFalse(nobody.body().contains(DemoServices.AFVALPAS), nobody.body());
  }

  private static HttpResponse<String> get(String url, String token) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private void assertRemovalRefused(String componentId, String reason) {
    try {
      broker.admin().components().component(componentId).remove();
      throw new AssertionError("removed although " + reason);
    } catch (jakarta.ws.rs.WebApplicationException e) {
      String body = e.getResponse().readEntity(String.class);
      assertEquals(400, e.getResponse().getStatus(), body);
      assertTrue(body.contains(reason), body);
    }
    assertTrue(catalogue().stream().anyMatch(c -> componentId.equals(c.getId())), "still in the catalogue");
  }

  private List<ComponentRepresentation> catalogue() {
    return broker.admin().components().query(broker.admin().toRepresentation().getId(), PAGE).stream()
        .filter(c -> PAGE_ID.equals(c.getProviderId()))
        .toList();
  }

  private String add(ComponentRepresentation component) {
    try (Response created = broker.admin().components().add(component)) {
      assertEquals(201, created.getStatus(), () -> created.readEntity(String.class));
      String location = created.getLocation().toString();
      return location.substring(location.lastIndexOf('/') + 1);
    }
  }

  private ComponentRepresentation entry(String serviceId, String name, String category) {
    ComponentRepresentation entry = new ComponentRepresentation();
    entry.setProviderId(PAGE_ID);
    entry.setProviderType(PAGE);
    entry.setParentId(broker.admin().toRepresentation().getId());
    MultivaluedHashMap<String, String> config = new MultivaluedHashMap<>();
    config.putSingle("serviceId", serviceId);
    config.putSingle("name", name);
    config.putSingle("provider", "Belastingdienst (test)");
    config.putSingle("category", category);
    config.putSingle("minimumLoa", "substantieel");
    config.putSingle("settlesEstate", "false");
    entry.setConfig(config);
    return entry;
  }

  private ComponentRepresentation tabForm(ClientRepresentation client, List<String> services, String confirm) {
    ComponentRepresentation form = new ComponentRepresentation();
    form.setProviderId("namens-services");
    form.setProviderType(TAB);
    form.setParentId(broker.admin().toRepresentation().getId());
    MultivaluedHashMap<String, String> config = new MultivaluedHashMap<>();
    config.put("services", services);
    config.putSingle("bsnAllowed", "false");
    config.putSingle("client", confirm);
    config.putSingle("clientId", client.getId()); // the console's route parameter
    config.putSingle("realm", "namens");
    config.putSingle("tab", "namens-services");
    form.setConfig(config);
    return form;
  }
}
