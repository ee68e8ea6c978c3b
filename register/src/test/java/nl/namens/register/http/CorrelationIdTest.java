package nl.namens.register.http;

import static io.restassured.RestAssured.given;
import static nl.namens.register.RegisterApi.asAdmin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import nl.namens.register.EmbeddedPostgresResource;
import org.jboss.logging.MDC;
import org.junit.jupiter.api.Test;

/**
 * The broker's {@code X-Correlation-ID}: taken over when it is a plain token, replaced by a fresh UUID when
 * it is anything else or missing, echoed in the answer, and in the MDC of the register's lines meanwhile.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class CorrelationIdTest {

  private static final String HEADER = "X-Correlation-ID";

  /** Any request: without a token the API answers 401 (problem+json), through the mappers and filters. */
  private static final String PATH = "/api/v1/mandates/given";

  private static String echoedFor(String sent) {
    return given().header(HEADER, sent).get(PATH).then().statusCode(401).extract().header(HEADER);
  }

  private static void assertFreshUuid(String echoed, String sent) {
    assertEquals(echoed, UUID.fromString(echoed).toString(), echoed);
    assertNotEquals(sent, echoed);
  }

  @Test
  void aPlainIdIsEchoed() {
    String id = "broker-" + UUID.randomUUID();

    assertEquals(id, echoedFor(id));
  }

  @Test
  void anIdOf64CharactersIsStillTakenOver() {
    String id = "a.b_c-" + "9".repeat(58);

    assertEquals(id, echoedFor(id));
  }

  @Test
  void markupIsReplacedByAFreshUuid() {
    String hostile = "<script>alert(1)</script>";

    assertFreshUuid(echoedFor(hostile), hostile);
  }

  @Test
  void anIdTooLongIsReplacedByAFreshUuid() {
    String tooLong = "a".repeat(65);

    assertFreshUuid(echoedFor(tooLong), tooLong);
  }

  @Test
  void spacesAndSeparatorsAreReplacedByAFreshUuid() {
    for (String hostile : List.of("a b", "a,b", "a;b", "id=\"x\"", "%0d%0aForged: 1")) {
      assertFreshUuid(echoedFor(hostile), hostile);
    }
  }

  @Test
  void withoutAHeaderEachRequestGetsAFreshUuid() {
    String first = given().get(PATH).then().statusCode(401).extract().header(HEADER);
    String second = given().get(PATH).then().statusCode(401).extract().header(HEADER);

    assertEquals(first, UUID.fromString(first).toString());
    assertEquals(second, UUID.fromString(second).toString());
    assertNotEquals(first, second);
  }

  @Test
  void theRegistersLinesAboutTheRequestCarryTheId() {
    String id = "broker-" + UUID.randomUUID();
    List<Object> idsInLines = new CopyOnWriteArrayList<>();
    Handler capture =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            if (record.getMessage() != null && record.getMessage().startsWith("Service ")) {
              idsInLines.add(String.valueOf(MDC.get(CorrelationIds.MDC_KEY)));
            }
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    Logger catalogue = Logger.getLogger("nl.namens.register.service.Catalogue");
    catalogue.addHandler(capture);
    try {
      String echoed =
          asAdmin()
              .header(HEADER, id)
              .body(
                  Map.of(
                      "id", UUID.randomUUID().toString(),
                      "name", "Correlatie",
                      "provider", "Belastingdienst",
                      "category", "financial",
                      "minimumLoa", "substantieel",
                      "retired", false))
              .post("/admin/v1/services")
              .then()
              .statusCode(201)
              .extract()
              .header(HEADER);
      assertEquals(id, echoed);
    } finally {
      catalogue.removeHandler(capture);
    }

    assertEquals(List.of(id), idsInLines, "the line 'Service ... added' was logged with the broker's id");
  }
}
