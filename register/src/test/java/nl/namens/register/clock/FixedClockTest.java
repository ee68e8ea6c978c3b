package nl.namens.register.clock;

import static nl.namens.register.RegisterApi.asAdmin;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import nl.namens.register.EmbeddedPostgresResource;
import org.junit.jupiter.api.Test;

/** By default ({@code namens.clock.adjustable=false}) the clock resource answers 404, as if absent. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class FixedClockTest {

  @Test
  void theClockCannotBeMovedWhenTheSettingIsOff() {
    asAdmin()
        .body(Map.of("today", "2031-02-03"))
        .put("/admin/v1/clock")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:namens:problem:not-found"));
    asAdmin().delete("/admin/v1/clock").then().statusCode(404);
    asAdmin().get("/admin/v1/clock").then().statusCode(404);
  }
}
