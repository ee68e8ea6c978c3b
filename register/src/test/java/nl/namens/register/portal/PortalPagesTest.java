package nl.namens.register.portal;

import static io.restassured.RestAssured.given;
import static nl.namens.register.RegisterApi.person;
import static nl.namens.register.RegisterApi.registerParty;
import static nl.namens.register.RegisterApi.service;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.namens.register.EmbeddedPostgresResource;
import nl.namens.register.PortalApi;
import nl.namens.register.TestClock;
import nl.namens.register.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The portal pages with a test identity: the same bearer tokens the JSON API takes (in the test profile the
 * portal tenant verifies them like the default tenant; in production it is the browser login).
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class PortalPagesTest {

  private static final Pattern CSRF_FIELD =
      Pattern.compile("name=\"csrf-token\" value=\"([A-Za-z0-9_-]+)\"");
  private static final Pattern CODE = Pattern.compile("id=\"activation-code\">([A-Z0-9-]{14})<");
  private static final Pattern MANDATE_ID = Pattern.compile("id=\"mandate-id\">([0-9a-f-]{36})<");

  // --- rendering and language ------------------------------------------------------------------------------

  @Test
  void overviewRendersInDutchByDefault() {
    as(person())
        .get("/portal")
        .then()
        .statusCode(200)
        .contentType(startsWith("text/html"))
        .header("Content-Language", "nl")
        .body(containsString("<html lang=\"nl\">"))
        .body(containsString("<title>Mijn machtigingen — Namens</title>"))
        .body(containsString("href=\"#main\""))
        .body(containsString("Machtigingen die ik gaf"));
  }

  @Test
  void anAddressThatDoesNotExistIsAReadablePageNotJson() {
    as(person())
        .get("/portal/does-not-exist/either")
        .then()
        .statusCode(404)
        .contentType(startsWith("text/html"))
        .body(containsString("<html lang=\"nl\">"))
        .body(containsString("Dit bestaat niet (meer)."))
        .body(containsString(" — Namens</title>"));
    as(person())
        .header("Accept-Language", "en")
        .get("/portal/nope")
        .then()
        .statusCode(404)
        .body(containsString("This does not exist (any longer)."));
    // the portal's stylesheet is still served
    given().get("/portal/assets/portal.css").then().statusCode(200).contentType(startsWith("text/css"));
  }

  @Test
  void browserAskingForEnglishGetsEnglish() {
    as(person())
        .header("Accept-Language", "en-GB,en;q=0.9,nl;q=0.5")
        .get("/portal")
        .then()
        .statusCode(200)
        .body(containsString("<html lang=\"en\">"))
        .body(containsString("Mandates I gave"));
  }

  @Test
  void languageSwitchRemembersTheChoiceAndReturnsToThePage() {
    given()
        .redirects()
        .follow(false)
        .get("/portal/public/language/en?return=/portal/post")
        .then()
        .statusCode(303)
        .header("Location", endsWith("/portal/post"))
        .cookie("namens-lang", "en");
    as(person())
        .cookie("namens-lang", "en")
        .header("Accept-Language", "nl")
        .get("/portal/post")
        .then()
        .statusCode(200)
        .body(containsString("<html lang=\"en\">"))
        .body(containsString("My letters"));
  }

  @Test
  void languageSwitchNeverRedirectsOutsideThePortal() {
    given()
        .redirects()
        .follow(false)
        .get("/portal/public/language/en?return=https://evil.example/portal")
        .then()
        .statusCode(303)
        .header("Location", endsWith("/portal"));
  }

  @Test
  void pagesNeedALogin() {
    given().get("/portal").then().statusCode(401);
    given().get("/portal/post").then().statusCode(401);
  }

  // --- CSRF ---------------------------------------------------------------------------------------------------

  @Test
  void formPostWithoutCsrfTokenIsRefusedAndStoresNothing() {
    Map<String, Object> bea = person();
    String belasting = service("Belastingaangifte");
    as(bea)
        .contentType("application/x-www-form-urlencoded")
        .formParam("counterpartType", "BSN")
        .formParam("counterpartId", person().get("id"))
        .formParam("services", belasting)
        .formParam("validFrom", TestClock.TODAY.toString())
        .formParam("validUntil", TestClock.TODAY.plusYears(1).toString())
        .post("/portal/mandates")
        .then()
        .statusCode(400);
    PortalApi.as(bea).get("/api/v1/mandates/pending").then().statusCode(200).body("size()", org.hamcrest.Matchers.is(0));
  }

  @Test
  void formPostWithAWrongCsrfTokenIsRefused() {
    Map<String, Object> bea = person();
    String token = csrf(as(bea).get("/portal/mandates/new"));
    as(bea)
        .cookie("csrf-token", token)
        .contentType("application/x-www-form-urlencoded")
        .formParam("csrf-token", token.substring(1) + "x")
        .formParam("counterpartType", "BSN")
        .post("/portal/mandates")
        .then()
        .statusCode(400);
  }

  // --- the lifecycle through the pages ---------------------------------------------------------------------

  @Test
  void registerThenActivateWithTheCode() {
    Map<String, Object> bea = registerParty(person(), "Bea de Vries");
    Map<String, Object> piet = registerParty(person(), "Piet Pieters");
    String belasting = service("Belastingaangifte");

    Response registered =
        post(bea, "/portal/mandates/new", "/portal/mandates",
            Map.of(
                "counterpartType", "BSN",
                "counterpartId", piet.get("id"),
                "services", belasting,
                "validFrom", TestClock.TODAY.toString(),
                "validUntil", TestClock.TODAY.plusYears(1).toString()));
    registered.then().statusCode(200).body(containsString("Machtiging geregistreerd"));
    String code = group(CODE, registered.asString());
    String mandateId = group(MANDATE_ID, registered.asString());

    as(piet).get("/portal").then().statusCode(200).body(containsString("Activeren met code")).body(containsString("Bea de Vries"));

    Response wrong = post(piet, "/portal/mandates/" + mandateId, "/portal/mandates/" + mandateId + "/activate", Map.of("code", "AAAA-AAAA-AAAA"));
    wrong.then()
        .statusCode(400)
        .body(containsString("Deze code klopt niet. U kunt het nog 4 keer proberen"))
        .body(containsString("href=\"#code\""))
        .body(containsString("aria-invalid=\"true\""));

    Response right = post(piet, "/portal/mandates/" + mandateId, "/portal/mandates/" + mandateId + "/activate", Map.of("code", code));
    right.then().statusCode(303).header("Location", endsWith("/portal/mandates/" + mandateId + "?done=activated"));

    as(piet)
        .get("/portal/mandates/" + mandateId + "?done=activated")
        .then()
        .statusCode(200)
        .body(containsString("De machtiging is geactiveerd."))
        .body(containsString("data-status=\"active\""))
        .body(containsString("Geactiveerd"));
    as(bea).get("/portal/post").then().statusCode(200).body(containsString("Mijn post"));
  }

  @Test
  void fiveWrongCodesLockTheMandate() {
    Map<String, Object> bea = person();
    Map<String, Object> piet = person();
    String belasting = service("Belastingaangifte");
    String[] m = PortalApi.registered(bea, piet, belasting);
    for (int i = 0; i < 4; i++) {
      post(piet, "/portal/mandates/" + m[0], "/portal/mandates/" + m[0] + "/activate", Map.of("code", "AAAA-AAAA-AAAA"))
          .then()
          .statusCode(400);
    }
    post(piet, "/portal/mandates/" + m[0], "/portal/mandates/" + m[0] + "/activate", Map.of("code", "AAAA-AAAA-AAAA"))
        .then()
        .statusCode(409)
        .body(containsString("De machtiging is geblokkeerd"));
    as(piet).get("/portal/mandates/" + m[0]).then().body(containsString("data-status=\"locked\""));
  }

  @Test
  void revokeAsksForConfirmationThenRevokes() {
    Map<String, Object> bea = person();
    Map<String, Object> piet = person();
    String id = PortalApi.activeThroughLifecycle(bea, piet, service("Belastingaangifte"));
    as(bea).get("/portal/mandates/" + id + "/revoke").then().statusCode(200).body(containsString("Machtiging intrekken?"));
    post(bea, "/portal/mandates/" + id + "/revoke", "/portal/mandates/" + id + "/revoke", Map.of())
        .then()
        .statusCode(303);
    as(bea).get("/portal/mandates/" + id).then().body(containsString("data-status=\"revoked\""));
  }

  // --- errors: readable, keep the input, nothing stored -------------------------------------------------------

  @Test
  void invalidInputShowsTheErrorsAndKeepsTheInput() {
    Map<String, Object> bea = person();
    Response answer =
        post(bea, "/portal/mandates/new", "/portal/mandates",
            Map.of(
                "counterpartType", "BSN",
                "counterpartId", "123456789",
                "validFrom", "2026-13-01",
                "validUntil", TestClock.TODAY.plusYears(1).toString()));
    answer.then()
        .statusCode(400)
        .contentType(startsWith("text/html"))
        .body(containsString("<title>Er is een probleem: Machtiging geven — Namens</title>"))
        .body(containsString("<a href=\"#counterpartId\">Dit is geen geldig BSN"))
        .body(containsString("<a href=\"#services-0\">Kies ten minste één dienst.</a>"))
        .body(containsString("<a href=\"#validFrom\">Vul een datum in"))
        .body(containsString("value=\"123456789\""))
        .body(containsString("value=\"2026-13-01\""));
    PortalApi.as(bea).get("/api/v1/mandates/pending").then().body("size()", org.hamcrest.Matchers.is(0));
  }

  @Test
  void mandateToOneselfIsRefusedInTheUsersLanguage() {
    Map<String, Object> bea = person();
    post(bea, "/portal/mandates/new", "/portal/mandates",
            Map.of(
                "counterpartType", "BSN",
                "counterpartId", bea.get("id"),
                "services", service("Belastingaangifte"),
                "validFrom", TestClock.TODAY.toString(),
                "validUntil", TestClock.TODAY.plusYears(1).toString()),
            "en")
        .then()
        .statusCode(400)
        .body(containsString("<html lang=\"en\">"))
        .body(containsString("<a href=\"#counterpartId\">You cannot authorise yourself.</a>"));
  }

  @Test
  void htmlInAnyFieldIsEscaped() {
    Map<String, Object> bea = person();
    Response answer =
        post(bea, "/portal/mandates/new", "/portal/mandates",
            Map.of(
                "counterpartType", "BSN",
                "counterpartId", "\"><script>alert(1)</script>",
                "validFrom", "<img src=x onerror=alert(2)>",
                "validUntil", TestClock.TODAY.toString()));
    String html = answer.asString();
    assertEquals(400, answer.statusCode());
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
    assertTrue(html.contains("&lt;img src=x onerror=alert(2)&gt;"), html);
    assertTrue(!html.contains("<script>") && !html.contains("<img"), html);
  }

  @Test
  void aMandateThatIsNotYoursIsNotFoundAsAPage() {
    Map<String, Object> bea = person();
    String id = PortalApi.activeThroughLifecycle(person(), person(), service("Belastingaangifte"));
    as(bea)
        .get("/portal/mandates/" + id)
        .then()
        .statusCode(404)
        .contentType(startsWith("text/html"))
        .body(containsString("Deze machtiging bestaat niet, of het is niet uw machtiging."));
    as(bea).get("/portal/mandates/not-a-uuid").then().statusCode(404).contentType(startsWith("text/html"));
    post(bea, "/portal", "/portal/mandates/" + id + "/revoke", Map.of())
        .then()
        .statusCode(404)
        .contentType(startsWith("text/html"));
  }

  // --- helpdesk ---------------------------------------------------------------------------------------------

  @Test
  void helpdeskPagesNeedTheHelpdeskRole() {
    as(person())
        .get("/portal/helpdesk")
        .then()
        .statusCode(403)
        .contentType(startsWith("text/html"))
        .body(containsString("alleen voor helpdeskmedewerkers"));
  }

  @Test
  void helpdeskRegistersForACallerAndTheUndoLetterIsSent() {
    Map<String, Object> caller = person();
    Map<String, Object> piet = person();
    String belasting = service("Belastingaangifte");
    RequestSpecification agent = given().auth().oauth2(Tokens.helpdesk("henk"));
    Response page = agent.get("/portal/helpdesk");
    page.then().statusCode(200).body(containsString("Machtiging voorstellen voor een beller"));
    String token = csrf(page);
    Response done =
        given()
            .auth()
            .oauth2(Tokens.helpdesk("henk"))
            .cookie("csrf-token", token)
            .contentType("application/x-www-form-urlencoded")
            .formParam("csrf-token", token)
            .formParam("callerType", "BSN")
            .formParam("callerId", caller.get("id"))
            .formParam("identityCheck", "paspoort gecontroleerd, gesprek 4711")
            .formParam("counterpartType", "BSN")
            .formParam("counterpartId", piet.get("id"))
            .formParam("services", belasting)
            .formParam("validFrom", TestClock.TODAY.toString())
            .formParam("validUntil", TestClock.TODAY.plusYears(1).toString())
            .post("/portal/helpdesk/mandates");
    done.then()
        .statusCode(200)
        .body(containsString("Machtiging voorgesteld via de helpdesk"))
        .body(containsString("data-status=\"proposed\""))
        .body(not(containsString("activation-code")))
        .body(not(containsString("undo-letter-sent")));
    String id = group(MANDATE_ID, done.asString());
    as(caller).get("/portal/post").then().body(not(containsString("helpdesk-registration")));

    // Henk cannot approve his own proposal: the list again with the reason, nothing changes
    String henksToken = csrf(given().auth().oauth2(Tokens.helpdesk("henk")).get("/portal/helpdesk/proposals"));
    given()
        .auth()
        .oauth2(Tokens.helpdesk("henk"))
        .cookie("csrf-token", henksToken)
        .contentType("application/x-www-form-urlencoded")
        .formParam("csrf-token", henksToken)
        .post("/portal/helpdesk/proposals/mandates/" + id + "/approve")
        .then()
        .statusCode(403)
        .body(containsString("U heeft dit voorstel zelf gedaan."));
    as(caller).get("/portal/post").then().body(not(containsString("helpdesk-registration")));

    // Anna approves: the letters go out; she sees which, never their text (the code)
    String annasToken = csrf(given().auth().oauth2(Tokens.helpdesk("anna")).get("/portal/helpdesk/proposals"));
    Response approved =
        given()
            .auth()
            .oauth2(Tokens.helpdesk("anna"))
            .cookie("csrf-token", annasToken)
            .contentType("application/x-www-form-urlencoded")
            .formParam("csrf-token", annasToken)
            .post("/portal/helpdesk/proposals/mandates/" + id + "/approve");
    approved.then()
        .statusCode(200)
        .body(containsString("Voorstel goedgekeurd"))
        .body(containsString("id=\"undo-letter-sent\""))
        .body(containsString("Bevestiging: machtiging geregistreerd via de helpdesk"))
        .body(containsString("data-status=\"pending\""));
    String letter =
        PortalApi.outbox(caller).extract().path("find { it.kind == 'helpdesk-registration' }.body");
    Matcher code = Pattern.compile("(?<![0-9A-Za-z-])[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}(?![0-9A-Za-z-])")
            .matcher(letter);
    assertTrue(code.find(), letter);
    assertFalse(approved.asString().contains(code.group()), "the code is not on the agent's page");
    // the caller reads that an agent acted, with the identity check, never the agent's account
    as(caller)
        .get("/portal/mandates/" + id)
        .then()
        .statusCode(200)
        .body(containsString("een medewerker van de helpdesk (paspoort gecontroleerd, gesprek 4711)"))
        .body(not(containsString(">henk")))
        .body(containsString("undo-form"));
    // the caller's post: each letter's subject one level below the page's h1 (WCAG heading order)
    as(caller).get("/portal/post").then().statusCode(200).body(containsString("<h2 id=\"letter-"));
  }

  @Test
  void helpdeskIdentityCheckMustBePlainText() {
    RequestSpecification agent = given().auth().oauth2(Tokens.helpdesk("henk"));
    String token = csrf(agent.get("/portal/helpdesk"));
    given()
        .auth()
        .oauth2(Tokens.helpdesk("henk"))
        .cookie("csrf-token", token)
        .contentType("application/x-www-form-urlencoded")
        .formParam("csrf-token", token)
        .formParam("callerType", "BSN")
        .formParam("callerId", person().get("id"))
        .formParam("identityCheck", "<b>ok</b>")
        .formParam("mandateId", "8968c4ae-b77b-49ad-9347-0cdb1507871a")
        .post("/portal/helpdesk/revocations")
        .then()
        .statusCode(400)
        .body(containsString("href=\"#revoke-identityCheck\""))
        .body(containsString("value=\"&lt;b&gt;ok&lt;/b&gt;\""))
        .body(not(containsString("<b>ok</b>")));
  }

  // --- helpers ------------------------------------------------------------------------------------------------

  private static RequestSpecification as(Map<String, Object> party) {
    return given().auth().oauth2(Tokens.portal(party)).redirects().follow(false);
  }

  /** GETs the form page for its CSRF token, then posts the form with cookie and field. */
  private static Response post(Map<String, Object> party, String formPage, String action, Map<String, ?> fields) {
    return post(party, formPage, action, fields, "nl");
  }

  private static Response post(
      Map<String, Object> party, String formPage, String action, Map<String, ?> fields, String language) {
    String token = csrf(as(party).get(formPage));
    RequestSpecification request =
        as(party)
            .header("Accept-Language", language)
            .cookie("csrf-token", token)
            .contentType("application/x-www-form-urlencoded")
            .formParam("csrf-token", token);
    fields.forEach(
        (k, v) -> {
          if (v instanceof List<?> list) {
            list.forEach(x -> request.formParam(k, x));
          } else {
            request.formParam(k, v);
          }
        });
    return request.post(action);
  }

  private static String csrf(Response page) {
    String cookie = page.getCookie("csrf-token");
    if (cookie == null) {
      throw new AssertionError("no CSRF cookie: " + page.statusCode() + " " + page.asString());
    }
    Matcher field = CSRF_FIELD.matcher(page.asString());
    if (field.find()) {
      assertEquals(cookie, field.group(1));
    }
    return cookie;
  }

  private static String group(Pattern pattern, String html) {
    Matcher m = pattern.matcher(html);
    assertTrue(m.find(), html);
    assertNotNull(m.group(1));
    return m.group(1);
  }
}
