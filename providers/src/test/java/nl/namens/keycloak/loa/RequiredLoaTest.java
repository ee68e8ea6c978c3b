package nl.namens.keycloak.loa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.namens.identifiers.LevelOfAssurance;
import org.junit.jupiter.api.Test;
import org.keycloak.models.ClientModel;
import org.keycloak.models.Constants;
import org.keycloak.sessions.AuthenticationSessionModel;

class RequiredLoaTest {

  private static final Path RESOURCES = Path.of("..", "realm-config", "src", "main", "resources");

  @Test
  void theHighestOfTheRequestAndTheClientsMinimum() {
    assertEquals(LevelOfAssurance.BASIS, RequiredLoa.of(session(null, null)));
    assertEquals(LevelOfAssurance.SUBSTANTIEEL, RequiredLoa.of(session(null, "http://eidas.europa.eu/LoA/substantial")));
    assertEquals(LevelOfAssurance.HOOG, RequiredLoa.of(session("4", "http://eidas.europa.eu/LoA/substantial")));
    assertEquals(LevelOfAssurance.SUBSTANTIEEL, RequiredLoa.of(session("2", "substantieel")));
    assertEquals(LevelOfAssurance.MIDDEN, RequiredLoa.of(session("2", null)));
  }

  @Test
  void unknownOrMalformedValuesAskNothingExtra() {
    assertEquals(LevelOfAssurance.BASIS, RequiredLoa.of(session("0", "urn:unknown")));
    assertEquals(LevelOfAssurance.BASIS, RequiredLoa.of(session("x", null)));
    assertEquals(LevelOfAssurance.HOOG, RequiredLoa.ofLevel(9));
  }

  @Test
  void theRealmMapsTheFourUrisToTheirLevels() throws Exception {
    JsonNode realm = new ObjectMapper().readTree(RESOURCES.resolve("realms/namens-realm.json").toFile());
    Map<String, Integer> map =
        new ObjectMapper().readValue(realm.path("attributes").path(Constants.ACR_LOA_MAP).asText(), Map.class);
    assertEquals(RequiredLoa.acrLoaMap(), map);
  }

  /**
   * One source: each demo client's minimum.acr.value is the highest minimum LoA of its services in the
   * catalogue (the realm's catalogue page components).
   */
  @Test
  void eachDemoClientsMinimumIsItsServicesMinimumFromTheCatalogue() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    JsonNode realm = mapper.readTree(RESOURCES.resolve("realms/namens-realm.json").toFile());
    Map<String, LevelOfAssurance> minimum = new HashMap<>();
    realm
        .path("components")
        .path("org.keycloak.services.ui.extend.UiPageProvider")
        .forEach(
            s ->
                minimum.put(
                    s.path("config").path("serviceId").path(0).asText(),
                    LevelOfAssurance.fromCode(s.path("config").path("minimumLoa").path(0).asText()).orElseThrow()));
    assertEquals(4, minimum.size(), "the demo catalogue");
    int checked = 0;
    for (JsonNode client : realm.path("clients")) {
      String services = client.path("attributes").path("namens.services").asText("");
      if (services.isBlank()) {
        continue;
      }
      LevelOfAssurance highest =
          List.of(services.trim().split("\\s+")).stream().map(minimum::get).max(Enum::compareTo).orElseThrow();
      assertEquals(
          highest.uri(),
          client.path("attributes").path(Constants.MINIMUM_ACR_VALUE).asText(),
          client.path("clientId").asText());
      checked++;
    }
    assertEquals(5, checked);
  }

  private static AuthenticationSessionModel session(String requestedLevel, String clientMinimum) {
    AuthenticationSessionModel session = mock(AuthenticationSessionModel.class);
    ClientModel client = mock(ClientModel.class);
    when(session.getClient()).thenReturn(client);
    when(session.getClientNote(Constants.REQUESTED_LEVEL_OF_AUTHENTICATION)).thenReturn(requestedLevel);
    when(client.getAttribute(Constants.MINIMUM_ACR_VALUE)).thenReturn(clientMinimum);
    return session;
  }
}
