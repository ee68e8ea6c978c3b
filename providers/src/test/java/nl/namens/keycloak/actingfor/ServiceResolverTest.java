package nl.namens.keycloak.actingfor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ServiceResolverTest {

  private static final String TAX = "0b6a4f5e-7c1d-4c3e-9a59-0d2b5b1f6a01";
  private static final String CARE = "7d3c2b1a-0f9e-4d8c-b7a6-5e4d3c2b1a09";

  @Test
  void requestedScopeWinsWhenTheClientListsIt() {
    assertEquals(
        Optional.of(CARE),
        ServiceResolver.resolve("openid urn:uuid:" + CARE + " profile", TAX + " " + CARE));
  }

  @Test
  void requestedScopeNotListedFallsBackToTheFirstService() {
    String other = "11111111-2222-4333-8444-555555555555";

    assertEquals(
        Optional.of(TAX), ServiceResolver.resolve("openid urn:uuid:" + other, TAX + " " + CARE));
  }

  @Test
  void theOnlyServiceWithoutScope() {
    assertEquals(Optional.of(TAX), ServiceResolver.resolve("openid", TAX));
  }

  @Test
  void firstServiceWhenSeveralAndNoScope() {
    assertEquals(Optional.of(TAX), ServiceResolver.resolve(null, TAX + "  " + CARE));
  }

  @Test
  void clientWithoutServicesHasNoService() {
    assertEquals(Optional.empty(), ServiceResolver.resolve("openid urn:uuid:" + TAX, null));
    assertEquals(Optional.empty(), ServiceResolver.resolve("openid", "   "));
  }

  @Test
  void attributeIsNormalisedAndJunkIgnored() {
    assertEquals(
        List.of(TAX, CARE),
        ServiceResolver.services(TAX.toUpperCase() + " not-a-uuid " + CARE + " " + TAX));
  }

  @Test
  void scopeMatchIgnoresCase() {
    assertEquals(
        Optional.of(CARE),
        ServiceResolver.resolve("URN:UUID:" + CARE.toUpperCase(), TAX + " " + CARE));
  }

  @Test
  void aSamlServiceProvidersChosenServiceWinsAndAnUnknownOneServesNothing() {
    assertEquals(
        Optional.of(CARE), ServiceResolver.resolve(CARE, "openid urn:uuid:" + TAX, TAX + " " + CARE));
    assertEquals(
        Optional.empty(),
        ServiceResolver.resolve("unknown", null, TAX + " " + CARE),
        "an index that names no service: no service at all, not the first");
    assertEquals(Optional.of(TAX), ServiceResolver.resolve(null, null, TAX + " " + CARE));
  }
}
