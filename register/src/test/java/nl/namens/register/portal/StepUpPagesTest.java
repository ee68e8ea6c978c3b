package nl.namens.register.portal;

import static io.restassured.RestAssured.given;
import static nl.namens.register.RegisterApi.person;
import static nl.namens.register.RegisterApi.service;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import nl.namens.register.EmbeddedPostgresResource;
import nl.namens.register.TestClock;
import nl.namens.register.Tokens;
import org.junit.jupiter.api.Test;

/**
 * An act refused for the login's level offers the way up: a form to log in again at the level the act needs,
 * back to the page the user was on, never to a page outside the portal. (The login itself, through the broker
 * with {@code acr_values}, is the end-to-end test {@code PortalStepUpIT}.)
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class StepUpPagesTest {

  private static final String STEP_UP_FORM = "<form method=\"post\" action=\"/portal/step-up\"";

  @Test
  void aGiftBelowTheServicesLevelOffersToLogInAgainAtThatLevelAndStoresNothing() {
    Map<String, Object> principal = person();
    String belasting = service("Belastingaangifte"); // substantieel
    String token = Tokens.portalAt(principal, Tokens.LOW);

    Map<String, Object> representative = person();
    Response page = give(token, belasting, representative, "http://localhost:8081/portal/mandates/new");

    page.then()
        .statusCode(403)
        .body(containsString("hoger inlogniveau"))
        .body(containsString(STEP_UP_FORM))
        .body(containsString("name=\"level\" value=\"substantieel\""))
        .body(containsString("name=\"return\" value=\"/portal/mandates/new\""))
        .body(containsString("Opnieuw inloggen met inlogniveau substantieel"))
        .body(containsString("value=\"" + representative.get("id") + "\"")); // the typed input kept
    given().auth().oauth2(token).get("/api/v1/mandates/given").then().statusCode(200).body("size()", is(0));
  }

  @Test
  void theWayBackNeverLeavesThePortal() {
    String belasting = service("Belastingaangifte");
    String token = Tokens.portalAt(person(), Tokens.LOW);
    for (String referer : new String[] {"https://evil.example/portal/x", "https://evil.example/phish", "nonsense ::"}) {
      String html = give(token, belasting, person(), referer).asString();
      String expected = referer.startsWith("https://evil.example/portal/") ? "/portal/x" : "/portal";
      assertEquals(true, html.contains("name=\"return\" value=\"" + expected + "\""), referer + ": " + html);
    }
  }

  @Test
  void atTheLevelAlreadyTheStepUpGoesStraightBackAndOnlyInsideThePortal() {
    Map<String, Object> bea = person();
    String token = Tokens.portalAt(bea, Tokens.SUBSTANTIAL);
    stepUp(token, "substantieel", "/portal/mandates/new").then().statusCode(303).header("Location", endsWith("/portal/mandates/new"));
    for (String hostile : new String[] {"https://evil.example/", "//evil.example/portal", "/portal/../admin", "javascript:alert(1)"}) {
      stepUp(token, "substantieel", hostile).then().statusCode(303).header("Location", endsWith("/portal"));
    }
    stepUp(token, "midden", "/portal/usages").then().statusCode(303).header("Location", endsWith("/portal/usages"));
  }

  @Test
  void theStepUpFormNeedsItsCsrfToken() {
    given()
        .auth()
        .oauth2(Tokens.portalAt(person(), Tokens.LOW))
        .redirects()
        .follow(false)
        .contentType("application/x-www-form-urlencoded")
        .formParam("level", "substantieel")
        .formParam("return", "/portal")
        .post("/portal/step-up")
        .then()
        .statusCode(400);
  }

  @Test
  void backFromALoginBelowTheLevelTheUserSeesWhyAndTheWayUpNotALoop() {
    Map<String, Object> bea = person();
    as(Tokens.portalAt(bea, Tokens.LOW))
        .get("/portal/step-up?level=substantieel&return=/portal/mandates/new")
        .then()
        .statusCode(403)
        .body(containsString("niet ingelogd met inlogniveau substantieel"))
        .body(containsString(STEP_UP_FORM))
        .body(containsString("name=\"return\" value=\"/portal/mandates/new\""));
    as(Tokens.portalAt(bea, Tokens.SUBSTANTIAL))
        .get("/portal/step-up?level=substantieel&return=/portal/mandates/new")
        .then()
        .statusCode(303)
        .header("Location", endsWith("/portal/mandates/new"));
  }

  @Test
  void anAgentBelowSubstantieelIsOfferedTheWayUpBackToTheHelpdesk() {
    as(Tokens.helpdesk("henk", null, Tokens.LOW))
        .header("Accept-Language", "en")
        .get("/portal/helpdesk")
        .then()
        .statusCode(403)
        .body(containsString("Log in again at login level substantial"))
        .body(containsString("href=\"/portal/step-up?level=substantieel&amp;return=/portal/helpdesk\""));
  }

  @Test
  void theLoginErrorPageSaysNothingChangedWithoutALogin() {
    given()
        .redirects()
        .follow(false)
        .get("/portal/public/login-error?error=unmet_authentication_requirements")
        .then()
        .statusCode(200)
        .body(containsString("Inloggen is niet gelukt"))
        .body(containsString("Er is niets gewijzigd"))
        .body(not(containsString("unmet_authentication_requirements")));
  }

  // --- helpers ------------------------------------------------------------------------------------------------

  private static RequestSpecification as(String token) {
    return given().auth().oauth2(token).redirects().follow(false);
  }

  /** The give form posted with its CSRF token, as from {@code referer}. */
  private static Response give(String token, String service, Map<String, Object> representative, String referer) {
    Response form = as(token).get("/portal/mandates/new");
    String csrf = form.getCookie("csrf-token");
    return as(token)
        .header("Referer", referer)
        .cookie("csrf-token", csrf)
        .contentType("application/x-www-form-urlencoded")
        .formParam("csrf-token", csrf)
        .formParam("counterpartType", "BSN")
        .formParam("counterpartId", representative.get("id"))
        .formParam("services", service)
        .formParam("validFrom", TestClock.TODAY.toString())
        .formParam("validUntil", TestClock.TODAY.plusYears(1).toString())
        .post("/portal/mandates");
  }

  private static Response stepUp(String token, String level, String back) {
    Response page = as(token).get("/portal/mandates/new");
    String csrf = page.getCookie("csrf-token");
    return as(token)
        .cookie("csrf-token", csrf)
        .contentType("application/x-www-form-urlencoded")
        .formParam("csrf-token", csrf)
        .formParam("level", level)
        .formParam("return", back)
        .post("/portal/step-up");
  }
}
