package nl.namens.register.service;

import static nl.namens.register.RegisterApi.activeMandate;
import static nl.namens.register.RegisterApi.asAdmin;
import static nl.namens.register.RegisterApi.asBroker;
import static nl.namens.register.RegisterApi.person;
import static nl.namens.register.RegisterApi.revoke;
import static nl.namens.register.RegisterApi.service;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.namens.identifiers.ServiceCategory;
import nl.namens.register.EmbeddedPostgresResource;
import org.junit.jupiter.api.Test;

/**
 * The register's side of the one catalogue (issue 12): the broker's list replaces the register's copy (new services
 * added, changed ones updated, services no longer listed retired, never deleted), an invalid answer changes nothing,
 * and the broker may ask whether live mandates name a service before it lets an administrator remove it.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class CatalogueFromBrokerTest {

  @Inject Catalogue catalogue;
  @Inject nl.namens.register.broker.CatalogueSync sync;

  private static NewService entry(UUID id, String name, String category, boolean retired) {
    return new NewService(id, name, "Dienst (test)", category, "substantieel", retired, false, false);
  }

  /** The rest of the shared test database's catalogue as it is, so other tests' services stay as they were. */
  private List<NewService> others() {
    return catalogue.all().stream()
        .map(
            s ->
                new NewService(
                    s.id(), s.name(), s.provider(), s.category().code(), s.minimumLoa().code(), s.retired(),
                    s.allowsSelfServiceUnderRepresentation(), s.settlesEstate()))
        .toList();
  }

  /** The service as the database holds it now (a fresh transaction: not the test's cached copy). */
  private Service stored(UUID id) {
    return QuarkusTransaction.requiringNew().call(() -> catalogue.find(id).orElseThrow());
  }

  private static List<NewService> with(List<NewService> others, NewService... entries) {
    List<NewService> all = new java.util.ArrayList<>(others);
    all.removeIf(o -> java.util.Arrays.stream(entries).anyMatch(e -> e.id().equals(o.id())));
    all.addAll(List.of(entries));
    return all;
  }

  @Test
  void theBrokersListReplacesTheCopyAndRetiresWhatItNoLongerLists() {
    UUID kept = UUID.randomUUID();
    UUID added = UUID.randomUUID();
    List<NewService> others = others();
    catalogue.replaceWith(with(others, entry(kept, "Eerst", "care", false)));
    catalogue.replaceWith(
        with(others, entry(kept, "Daarna", "financial", false), entry(added, "Nieuw", "general", false)));

    Service renamed = stored(kept);
    assertEquals("Daarna", renamed.name());
    assertEquals(Category.FINANCIAL, renamed.category());
    assertEquals("Nieuw", stored(added).name());

    catalogue.replaceWith(with(others, entry(added, "Nieuw", "general", false)));
    assertTrue(stored(kept).retired(), "no longer listed: retired, not deleted");
    assertEquals(
        0, catalogue.replaceWith(with(others(), entry(added, "Nieuw", "general", false))), "the same list: no change");
  }

  @Test
  void anInvalidRealmExportEntryStopsTheWholeList() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            sync.fromRealmExport(
                java.nio.file.Files.writeString(
                    java.nio.file.Files.createTempFile("realm", ".json"),
                    """
                    {"components": {"org.keycloak.services.ui.extend.UiPageProvider": [
                      {"providerId": "namens-dienstencatalogus", "config": {"serviceId": ["no-uuid"]}}]}}
                    """)));
  }

  @Test
  void theCategoriesAreTheSharedVocabulary() {
    for (Category category : Category.values()) {
      assertEquals(category.code(), ServiceCategory.fromCode(category.code()).orElseThrow().code());
    }
    assertEquals(ServiceCategory.values().length, Category.values().length);
  }

  @Test
  void theBrokerAsksWhetherLiveMandatesNameAService() {
    String service = service("Gebruikt");
    Map<String, Object> principal = nl.namens.register.RegisterApi.registerParty(person(), "Piet");
    Map<String, Object> representative = nl.namens.register.RegisterApi.registerParty(person(), "Klaas");
    String mandate = activeMandate(principal, representative, service);
    asBroker()
        .body(Map.of("service", service))
        .post("/bvd/v1/service-use")
        .then()
        .statusCode(200)
        .body("mandates", equalTo(1));
    revoke(mandate).statusCode(200);
    asBroker().body(Map.of("service", service)).post("/bvd/v1/service-use").then().body("mandates", equalTo(0));
    asBroker().body(Map.of("service", "nope")).post("/bvd/v1/service-use").then().statusCode(400);
    asAdmin().body(Map.of("service", service)).post("/bvd/v1/service-use").then().statusCode(403);
  }
}
