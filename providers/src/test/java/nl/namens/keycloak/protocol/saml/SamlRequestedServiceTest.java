package nl.namens.keycloak.protocol.saml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SamlRequestedServiceTest {

  private static final String TAX = "0b6a4f5e-7c1d-4c3e-9a59-0d2b5b1f6a01";
  private static final String CARE = "7d3c2b1a-0f9e-4d8c-b7a6-5e4d3c2b1a09";

  @Test
  void indexesMapToLowerCaseServiceUuids() {
    assertEquals(
        Map.of(1, TAX, 2, CARE),
        SamlRequestedService.indexes("1=" + TAX.toUpperCase() + " , 2=" + CARE));
  }

  @Test
  void malformedEntriesAreIgnoredAndTheFirstOfAnIndexCounts() {
    assertEquals(
        Map.of(1, TAX),
        SamlRequestedService.indexes("x=" + CARE + " 1=" + TAX + " 1=" + CARE + " 3=not-a-uuid 4"));
    assertEquals(Map.of(), SamlRequestedService.indexes(null));
  }
}
