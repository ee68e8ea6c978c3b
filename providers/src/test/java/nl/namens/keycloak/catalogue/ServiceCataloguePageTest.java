package nl.namens.keycloak.catalogue;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.keycloak.common.util.MultivaluedHashMap;
import org.keycloak.component.ComponentModel;
import org.keycloak.component.ComponentValidationException;
import org.keycloak.models.RealmModel;

class ServiceCataloguePageTest {

  private static final String REALM_ID = "realm-uuid";
  private static final String AANGIFTE = "5b1e2c64-0f55-4b8e-9d0a-3a1f2b3c4d01";
  private static final String NEW = "7d3f1a52-8c4b-4e2a-9f10-2b6c8e4a1d07";

  private final ServiceCataloguePage page = new ServiceCataloguePage();
  private final RealmModel realm = mock(RealmModel.class);
  private final ComponentModel stored = entry("stored-component", AANGIFTE, "Belastingaangifte");

  ServiceCataloguePageTest() {
    when(realm.getId()).thenReturn(REALM_ID);
    when(realm.getComponentsStream(REALM_ID, ServiceCataloguePage.PROVIDER_TYPE)).thenAnswer(i -> Stream.of(stored));
    when(realm.getComponent("stored-component")).thenReturn(stored);
  }

  private static ComponentModel entry(String componentId, String serviceId, String name) {
    ComponentModel model = new ComponentModel();
    model.setId(componentId);
    model.setParentId(REALM_ID);
    model.setProviderId(ServiceCataloguePage.PROVIDER_ID);
    MultivaluedHashMap<String, String> config = new MultivaluedHashMap<>();
    config.putSingle(ServiceCataloguePage.SERVICE_ID, serviceId);
    config.putSingle(ServiceCataloguePage.NAME, name);
    config.putSingle(ServiceCataloguePage.PROVIDER, "Belastingdienst");
    config.putSingle(ServiceCataloguePage.CATEGORY, "financial");
    config.putSingle(ServiceCataloguePage.MINIMUM_LOA, "substantieel");
    config.putSingle(ServiceCataloguePage.SETTLES_ESTATE, "false");
    config.putSingle("realm", "namens"); // the console merges its route's parameters into every form
    model.setConfig(config);
    return model;
  }

  private ComponentModel with(String key, String value) {
    ComponentModel model = entry(null, NEW, "Toeslagen");
    model.getConfig().putSingle(key, value);
    return model;
  }

  private String refusal(ComponentModel model) {
    return assertThrows(ComponentValidationException.class, () -> page.validateConfiguration(null, realm, model))
        .getMessage();
  }

  @Test
  void aNewServiceIsAcceptedAndItsUuidStoredInOneSpelling() {
    ComponentModel model = entry(null, "  " + NEW.toUpperCase() + " ", "  Toeslagen ");
    assertDoesNotThrow(() -> page.validateConfiguration(null, realm, model));
    assertEquals(NEW, model.get(ServiceCataloguePage.SERVICE_ID));
    assertEquals("Toeslagen", model.get(ServiceCataloguePage.NAME));
  }

  @Test
  void invalidEntriesAreRefusedWithAClearMessage() {
    Map<String, String[]> cases =
        Map.of(
            "not a UUID", new String[] {ServiceCataloguePage.SERVICE_ID, "toeslagen"},
            "required", new String[] {ServiceCataloguePage.SERVICE_ID, " "},
            "Unknown category", new String[] {ServiceCataloguePage.CATEGORY, "tax"},
            "basis, midden, substantieel, hoog", new String[] {ServiceCataloguePage.MINIMUM_LOA, "high"},
            "Name is required", new String[] {ServiceCataloguePage.NAME, "   "},
            "longer than 200", new String[] {ServiceCataloguePage.PROVIDER, "x".repeat(201)},
            "control character", new String[] {ServiceCataloguePage.NAME, "Toe\u0007slagen"},
            "true or false", new String[] {ServiceCataloguePage.RETIRED, "ja"});
    cases.forEach(
        (expected, field) -> {
          String message = refusal(with(field[0], field[1]));
          assertTrue(message.contains(expected), field[0] + "=" + field[1] + ": " + message);
        });
  }

  @Test
  void aServiceUuidIsInTheCatalogueOnce() {
    String message = refusal(entry(null, AANGIFTE.toUpperCase(), "Aangifte bis"));
    assertTrue(message.contains("already in the catalogue (Belastingaangifte)"), message);
  }

  @Test
  void aStoredServiceKeepsItsUuid() {
    assertDoesNotThrow(() -> page.validateConfiguration(null, realm, entry("stored-component", AANGIFTE, "Aangifte")));
    String message = refusal(entry("stored-component", NEW, "Belastingaangifte"));
    assertTrue(message.contains("never changes"), message);
  }

  @Test
  void anEntryBelongsToTheRealm() {
    ComponentModel model = entry(null, NEW, "Toeslagen");
    model.setParentId("some-client");
    assertTrue(refusal(model).contains("realm itself"));
  }

  @Test
  void theRegisterReadsTheEntryAsItsNewService() {
    Map<String, Object> json = CatalogueEntry.of(stored).toJson();
    assertEquals(AANGIFTE, json.get("id"));
    assertEquals("financial", json.get("category"));
    assertEquals(false, json.get("retired"));
  }
}
