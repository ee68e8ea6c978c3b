package nl.namens.register.bvd;

import static nl.namens.register.RegisterApi.asBroker;
import static nl.namens.register.RegisterApi.party;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import nl.namens.identifiers.RepresentationKind;
import nl.namens.register.EmbeddedPostgresResource;
import nl.namens.register.demo.RealmDemoDataProfile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The contract between register and broker: for every representation kind, the register's real answers to
 * {@code POST /bvd/v1/representations} and {@code POST /bvd/v1/authorizations} (the realm's demo data, as
 * {@code ./namens run} and the end-to-end tests load it) are the golden files {@code contract/bvd/<kind>.json}
 * that the broker's tests parse with its {@code BvdApi} (contract/README.md). A change to the BVD JSON fails
 * here; rewrite the files on purpose with {@code -Dnamens.contract.write=true}.
 */
@QuarkusTest
@TestProfile(RealmDemoDataProfile.class)
@WithTestResource(EmbeddedPostgresResource.class)
class BvdContractTest {

  /** The golden files, from the register module's directory (the tests' working directory). */
  static final Path CONTRACT = Path.of("..", "contract", "bvd");

  /** What replaces the relation's id, which is new at every load. */
  static final String MANDATE_ID = "00000000-0000-4000-8000-000000000000";

  private static final String AANGIFTE = "5b1e2c64-0f55-4b8e-9d0a-3a1f2b3c4d01";
  private static final String ZORGDOSSIER = "5b1e2c64-0f55-4b8e-9d0a-3a1f2b3c4d02";
  private static final String NALATENSCHAP = "5b1e2c64-0f55-4b8e-9d0a-3a1f2b3c4d04";

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** Who asks, at which service, for whom: one relation of the kind in the realm's demo data. */
  private record Question(
      Map<String, Object> actor,
      String service,
      Map<String, Object> search,
      Map<String, Object> principal) {}

  private static Question question(RepresentationKind kind) {
    return switch (kind) {
      // Jan acts for Bea (Belastingaangifte)
      case VOLUNTARY ->
          new Question(
              party("BSN", "999990019"), AANGIFTE, null, party("BSN", "999990020"));
      // an employee of Cijfer Administratie acts for Kapsalon Krul through Cijfer
      case CHAIN -> {
        Map<String, Object> anna = new HashMap<>(party("KVK", "90000001"));
        anna.put("actingSubjectId", "7f3a1c9e2b5d4f60a8c1e2d3b4a59687@cijfer");
        yield new Question(anna, AANGIFTE, Map.of("name", "Krul"), party("KVK", "90000003"));
      }
      // Sanne for her son Tim
      case PARENTAL_AUTHORITY ->
          new Question(party("BSN", "999990159"), AANGIFTE, null, party("BSN", "999990160"));
      // Kees for Wim
      case CURATELE ->
          new Question(party("BSN", "999990214"), AANGIFTE, null, party("BSN", "999990226"));
      // Bart for Ria, at a financial service
      case BEWIND ->
          new Question(party("BSN", "999990172"), AANGIFTE, null, party("BSN", "999990184"));
      // Mira for Otto, at a care service
      case MENTORSCHAP ->
          new Question(party("BSN", "999990196"), ZORGDOSSIER, null, party("BSN", "999990202"));
      // Noor settles the estate of Gijs
      case SURVIVOR ->
          new Question(party("BSN", "999990238"), NALATENSCHAP, null, party("BSN", "999990251"));
    };
  }

  @ParameterizedTest
  @EnumSource(RepresentationKind.class)
  void theBvdAnswersOfEveryKindAreTheContract(RepresentationKind kind) throws IOException {
    Question question = question(kind);
    Map<String, Object> asked = new HashMap<>();
    asked.put("actor", question.actor());
    asked.put("service", question.service());
    if (question.search() != null) {
      asked.put("search", question.search());
    }
    JsonNode representations = answer("/bvd/v1/representations", asked);
    assertEquals(1, representations.get("total").asInt(), representations.toString());
    JsonNode offered = representations.get("principals").get(0);
    assertEquals(kind.code(), offered.get("kind").asText());

    Map<String, Object> check = new HashMap<>();
    check.put("actor", question.actor());
    check.put("principal", question.principal());
    check.put("service", question.service());
    check.put("mandateId", offered.get("mandateId").asText());
    JsonNode authorization = answer("/bvd/v1/authorizations", check);
    assertTrue(authorization.get("authorized").asBoolean(), authorization.toString());

    ObjectNode contract = JSON.createObjectNode();
    contract.put("kind", kind.code());
    contract.set("representations", normalized(representations));
    contract.set("authorizations", normalized(authorization));
    Path file = CONTRACT.resolve(kind.code() + ".json");
    if (Boolean.getBoolean("namens.contract.write")) {
      Files.createDirectories(CONTRACT);
      Files.writeString(file, JSON.writeValueAsString(contract) + "\n", StandardCharsets.UTF_8);
    }
    assertTrue(Files.exists(file), file + " is missing: run with -Dnamens.contract.write=true");
    assertEquals(
        JSON.readTree(Files.readString(file, StandardCharsets.UTF_8)),
        contract,
        file
            + " differs from the register's answers; if the change is meant, rewrite it with"
            + " -Dnamens.contract.write=true and tell the broker (contract/README.md)");
  }

  private static JsonNode answer(String path, Map<String, Object> body) throws IOException {
    String json = asBroker().body(body).post(path).then().statusCode(200).extract().asString();
    return JSON.readTree(json);
  }

  /** The answer with every {@code mandateId} replaced by {@link #MANDATE_ID}. */
  private static JsonNode normalized(JsonNode answer) {
    JsonNode copy = answer.deepCopy();
    copy.findParents("mandateId").forEach(p -> ((ObjectNode) p).put("mandateId", MANDATE_ID));
    return copy;
  }
}
