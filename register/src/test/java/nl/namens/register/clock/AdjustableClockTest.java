package nl.namens.register.clock;

import static nl.namens.register.RegisterApi.activeMandate;
import static nl.namens.register.RegisterApi.asAdmin;
import static nl.namens.register.RegisterApi.person;
import static nl.namens.register.RegisterApi.representations;
import static nl.namens.register.RegisterApi.service;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import java.util.Map;
import nl.namens.register.EmbeddedPostgresResource;
import nl.namens.register.Identifiers;
import nl.namens.register.TestClock;
import nl.namens.register.Tokens;
import nl.namens.register.problem.ProblemCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code namens.clock.adjustable=true}: the admin moves the register's date; every use of the clock follows. */
@QuarkusTest
@TestProfile(AdjustableClockProfile.class)
@WithTestResource(EmbeddedPostgresResource.class)
class AdjustableClockTest {

  @AfterEach
  void backToRealTime() {
    asAdmin().delete("/admin/v1/clock").then().statusCode(200);
  }

  @Test
  void settingTodayMovesTheDateAndTheTimeOfDayRunsOn() {
    asAdmin()
        .body(Map.of("today", "2031-02-03"))
        .put("/admin/v1/clock")
        .then()
        .statusCode(200)
        .body("today", equalTo("2031-02-03"))
        .body("now", startsWith("2031-02-03T11:00")) // noon in Amsterdam (TestClock), winter time
        .body("shiftDays", equalTo((int) java.time.temporal.ChronoUnit.DAYS.between(
            TestClock.TODAY, java.time.LocalDate.of(2031, 2, 3))));
    asAdmin().get("/admin/v1/clock").then().statusCode(200).body("today", equalTo("2031-02-03"));
  }

  @Test
  void theBvdFollowsTheClockAndDeleteReturnsToRealTime() {
    String service = service("Belastingaangifte");
    Map<String, Object> principal = person();
    Map<String, Object> actor = person();
    activeMandate(principal, actor, service); // until TODAY + 1 year
    representations(actor, service).body("principals", hasSize(1));

    asAdmin()
        .body(Map.of("today", TestClock.TODAY.plusYears(1).plusDays(1).toString()))
        .put("/admin/v1/clock")
        .then()
        .statusCode(200);
    representations(actor, service).body("principals", empty());

    asAdmin()
        .delete("/admin/v1/clock")
        .then()
        .statusCode(200)
        .body("today", equalTo(TestClock.TODAY.toString()))
        .body("shiftDays", equalTo(0));
    representations(actor, service).body("principals", hasSize(1));
  }

  @Test
  void aBadDateIsRefusedAndOnlyAdministratorsMayMoveTheClock() {
    asAdmin()
        .body(Map.of("today", "31-02-2031"))
        .put("/admin/v1/clock")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations[0].field", equalTo("today"));
    asAdmin()
        .body(Map.of())
        .put("/admin/v1/clock")
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("today"));
    RestAssured.given()
        .auth()
        .oauth2(Tokens.bvd())
        .contentType("application/json")
        .body(Map.of("today", "2031-02-03"))
        .put("/admin/v1/clock")
        .then()
        .statusCode(403);
  }

  @Test
  void aDateOutsideTheRegistersRangeIsNotADayTheClockCanShowAndNothingMoves() {
    asAdmin()
        .body(Map.of("today", "+99999-01-01"))
        .put("/admin/v1/clock")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:namens:problem:invalid-request"))
        .body("violations[0].field", equalTo("today"))
        .body("violations[0].message", equalTo(ProblemCode.DATE_YEAR_INVALID.text()));
    asAdmin().get("/admin/v1/clock").then().body("shiftDays", equalTo(0));
  }

  @Test
  void theBirthDateRuleFollowsTheMovedClock() {
    String bornIn2030 = "2030-01-01";
    Map<String, Object> party =
        Map.of("type", "BSN", "id", Identifiers.bsn(), "displayName", "Toekomst Kind", "birthDate", bornIn2030);
    asAdmin()
        .body(party)
        .post("/admin/v1/parties")
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("birthDate"))
        .body("violations[0].message", equalTo(ProblemCode.DATE_IN_FUTURE.text()));

    asAdmin().body(Map.of("today", "2031-02-03")).put("/admin/v1/clock").then().statusCode(200);
    asAdmin().body(party).post("/admin/v1/parties").then().statusCode(201);
  }
}
