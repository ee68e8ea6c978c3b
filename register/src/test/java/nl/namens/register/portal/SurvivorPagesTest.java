package nl.namens.register.portal;

import static io.restassured.RestAssured.given;
import static nl.namens.register.RegisterApi.asAdmin;
import static nl.namens.register.RegisterApi.person;
import static nl.namens.register.RegisterApi.registerParty;
import static nl.namens.register.RegisterApi.service;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import nl.namens.register.Database;
import nl.namens.register.EmbeddedPostgresResource;
import nl.namens.register.PortalApi;
import nl.namens.register.TestClock;
import nl.namens.register.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The helpdesk's survivor-mandate pages (nabestaandenmachtiging): register and end through the portal, with
 * the rules, conflicts and audit of {@code SurvivorMandates} (the JSON API's service), read back through the
 * JSON API.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class SurvivorPagesTest {

  private static final String NEW = "/portal/helpdesk/survivor-mandates/new";
  private static final String REGISTER = "/portal/helpdesk/survivor-mandates";
  private static final String END = "/portal/helpdesk/survivor-mandates/end";
  private static final String PROPOSALS = "/portal/helpdesk/proposals";
  private static final Pattern SURVIVOR_ID = Pattern.compile("id=\"namens-survivor-id\">([0-9a-f-]{36})<");

  @Inject DataSource dataSource;

  // --- register ---------------------------------------------------------------------------------------------

  @Test
  void theHelpdeskPageLinksToTheSurvivorForms() {
    agent()
        .get("/portal/helpdesk")
        .then()
        .statusCode(200)
        .body(containsString("href=\"/portal/helpdesk/survivor-mandates/new\" id=\"namens-survivor-register-link\">Nabestaandenmachtiging voorstellen</a>"))
        .body(containsString("href=\"/portal/helpdesk/survivor-mandates/end\" id=\"namens-survivor-end-link\">Nabestaandenmachtiging beëindigen</a>"));
  }

  @Test
  void theFormOffersOnlyTheEstateServicesAndStartsToday() {
    String estate = estateService("Nalatenschap afwikkelen");
    String tax = service("Belastingaangifte");
    String retired = estateService("Oude nalatenschapsdienst", true);
    agent()
        .get(NEW)
        .then()
        .statusCode(200)
        .header("Content-Language", "nl")
        .body(containsString("<title>Nabestaandenmachtiging voorstellen — Namens</title>"))
        .body(containsString("id=\"namens-survivor-form\""))
        .body(containsString("id=\"namens-survivor-service-" + estate + "\""))
        .body(not(containsString(tax)))
        .body(not(containsString(retired)))
        .body(containsString("id=\"namens-survivor-role-executor\""))
        .body(containsString("id=\"namens-survivor-role-heir\""))
        .body(containsString("id=\"namens-survivor-evidence-executele\""))
        .body(containsString("id=\"namens-survivor-evidence-erfrecht\""))
        .body(containsString("id=\"namens-survivor-valid-from\" name=\"validFrom\" value=\"" + TestClock.TODAY + "\""))
        .body(containsString("aria-describedby=\"namens-survivor-deceased-hint\""))
        .body(containsString("<legend>In welke rol handelt deze persoon?"));
  }

  @Test
  void helpdeskRegistersAnExecutorAndTheConfirmationShowsNamesNotNumbers() {
    String estate = estateService("Nalatenschap afwikkelen");
    String deceased = named("Gijs Nagel");
    String executor = named("Noor Nagel");

    knownDead(deceased);
    Response done = registerAs("henk", form(deceased, executor, "executor", "executele", "DEMO-NOT-2026-0042", estate));

    done.then()
        .statusCode(200)
        .body(containsString("<title>Nabestaandenmachtiging voorgesteld — Namens</title>"))
        .body(containsString("id=\"namens-survivor-registered\""))
        .body(containsString("id=\"namens-survivor-fact-deceased\">Gijs Nagel<"))
        .body(containsString("id=\"namens-survivor-fact-holder\">Noor Nagel<"))
        .body(containsString("id=\"namens-survivor-fact-role\">Executeur<"))
        .body(containsString("id=\"namens-survivor-fact-services\">Nalatenschap afwikkelen<"))
        .body(containsString("Verklaring van executele: DEMO-NOT-2026-0042"))
        .body(containsString("BW 4:144"))
        .body(containsString("data-status=\"proposed\""))
        .body(containsString("href=\"/portal/helpdesk/proposals\""))
        .body(not(containsString(deceased)))
        .body(not(containsString(executor)));
    String id = group(SURVIVOR_ID, done.asString());
    PortalApi.asHelpdesk("anna")
        .get("/api/v1/helpdesk/survivor-mandates/" + id)
        .then()
        .statusCode(200)
        .body("deceased.id", equalTo(deceased))
        .body("holder.id", equalTo(executor))
        .body("role", equalTo("executor"))
        .body("evidence.reference", equalTo("DEMO-NOT-2026-0042"))
        .body("services[0].id", equalTo(estate))
        .body("validFrom", equalTo(TestClock.TODAY.toString()))
        .body("status", equalTo("proposed"))
        .body("agentId", equalTo("henk"));
  }

  @Test
  void anHeirWithAVerklaringVanErfrechtFromALaterDateInEnglish() {
    String estate = estateService("Nalatenschap afwikkelen");
    Map<String, Object> fields = form(person().get("id").toString(), person().get("id").toString(), "heir", "verklaring-van-erfrecht", "VVE 2026/17", estate);
    knownDead(fields.get("deceased").toString());
    fields.put("validFrom", TestClock.TODAY.plusDays(3).toString());
    Response done = post(() -> agent().header("Accept-Language", "en"), NEW, REGISTER, fields);
    done.then()
        .statusCode(200)
        .body(containsString("<html lang=\"en\">"))
        .body(containsString("Survivor mandate proposed"))
        .body(containsString("id=\"namens-survivor-fact-deceased\">Name not known to the register<"))
        .body(containsString("id=\"namens-survivor-fact-role\">Heir (erfgenaam)<"))
        .body(containsString("Certificate of inheritance (verklaring van erfrecht): VVE 2026/17"))
        .body(containsString("BW 4:182"));
    PortalApi.asHelpdesk("anna")
        .get("/api/v1/helpdesk/survivor-mandates/" + group(SURVIVOR_ID, done.asString()))
        .then()
        .body("validFrom", equalTo(TestClock.TODAY.plusDays(3).toString()));
  }

  @Test
  void anEmptyFormShowsEveryErrorAndStoresNothing() {
    estateService("Nalatenschap afwikkelen");
    Map<String, Long> before = Database.counts(dataSource);
    Map<String, Object> fields = new HashMap<>();
    fields.put("validFrom", "");
    Response answer = registerAs("henk", fields);
    answer.then()
        .statusCode(400)
        .contentType(startsWith("text/html"))
        .body(containsString("<title>Er is een probleem: Nabestaandenmachtiging voorstellen — Namens</title>"))
        .body(containsString("id=\"error-summary\""))
        .body(containsString("<a href=\"#namens-survivor-deceased\">Vul dit veld in.</a>"))
        .body(containsString("<a href=\"#namens-survivor-holder\">Vul dit veld in.</a>"))
        .body(containsString("<a href=\"#namens-survivor-role-executor\">Maak een keuze.</a>"))
        .body(containsString("<a href=\"#namens-survivor-evidence-executele\">Maak een keuze.</a>"))
        .body(containsString("<a href=\"#namens-survivor-reference\">Vul dit veld in.</a>"))
        .body(containsString("<a href=\"#namens-survivor-service-"))
        .body(containsString("Kies ten minste één dienst."))
        .body(containsString("<a href=\"#namens-survivor-valid-from\">Vul dit veld in.</a>"))
        .body(containsString("aria-describedby=\"namens-survivor-deceased-hint namens-survivor-deceased-error\" aria-invalid=\"true\""))
        .body(containsString("aria-describedby=\"namens-survivor-role-hint namens-survivor-role-error\""));
    assertEquals(before, Database.counts(dataSource));
  }

  @Test
  void badInputIsShownAgainEscapedAndStoresNothing() {
    String estate = estateService("Nalatenschap afwikkelen");
    Map<String, Long> before = Database.counts(dataSource);
    Map<String, Object> fields = form("123456789", person().get("id").toString(), "executor", "executele", "<b>NOT-1</b>", estate);
    fields.put("validFrom", "2026-13-01");
    Response answer = registerAs("henk", fields);
    String html = answer.asString();
    answer.then()
        .statusCode(400)
        .body(containsString("<a href=\"#namens-survivor-deceased\">Dit is geen geldig BSN"))
        .body(containsString("<a href=\"#namens-survivor-reference\">Gebruik gewone tekst"))
        .body(containsString("<a href=\"#namens-survivor-valid-from\">Vul een datum in"))
        .body(containsString("value=\"123456789\""))
        .body(containsString("value=\"&lt;b&gt;NOT-1&lt;/b&gt;\""))
        .body(containsString("value=\"2026-13-01\""))
        .body(containsString("id=\"namens-survivor-role-executor\" name=\"role\" value=\"executor\" checked"))
        .body(containsString("id=\"namens-survivor-service-" + estate + "\" name=\"services\" value=\"" + estate + "\" checked"));
    assertTrue(!html.contains("<b>NOT-1</b>"), html);
    assertEquals(before, Database.counts(dataSource));
  }

  @Test
  void anHeirNeedsAVerklaringVanErfrechtTheServicesRule() {
    String estate = estateService("Nalatenschap afwikkelen");
    Map<String, Long> before = Database.counts(dataSource);
    registerAs("henk", form(person().get("id").toString(), person().get("id").toString(), "heir", "executele", "NOT-7", estate))
        .then()
        .statusCode(400)
        .body(containsString("<a href=\"#namens-survivor-evidence-executele\">Een erfgenaam toont een verklaring van erfrecht"))
        .body(containsString("id=\"namens-survivor-evidence-error\""));
    assertEquals(before, Database.counts(dataSource));
  }

  @Test
  void aServiceThatDoesNotSettleAnEstateAndTheDeceasedAsHolderAreRefused() {
    String estate = estateService("Nalatenschap afwikkelen");
    String tax = service("Belastingaangifte");
    Map<String, Long> before = Database.counts(dataSource);
    registerAs("henk", form(person().get("id").toString(), person().get("id").toString(), "executor", "executele", "NOT-8", estate, tax))
        .then()
        .statusCode(400)
        .body(containsString("Een gekozen dienst is geen dienst voor het afwikkelen van een nalatenschap."))
        .body(containsString("<a href=\"#namens-survivor-service-"));
    String same = person().get("id").toString();
    registerAs("henk", form(same, same, "executor", "executele", "NOT-9", estate))
        .then()
        .statusCode(400)
        .body(containsString("<a href=\"#namens-survivor-holder\">De erfgenaam of executeur kan niet de overledene zelf zijn.</a>"));
    assertEquals(before, Database.counts(dataSource));
  }

  @Test
  void aSecondHolderForTheSameEstateAndServiceIsAReadableConflict() {
    String estate = estateService("Nalatenschap afwikkelen");
    String deceased = person().get("id").toString();
    knownDead(deceased);
    registerAs("henk", form(deceased, person().get("id").toString(), "executor", "executele", "NOT-10", estate))
        .then()
        .statusCode(200);
    Map<String, Long> before = Database.counts(dataSource);
    String second = person().get("id").toString();
    registerAs("henk", form(deceased, second, "heir", "verklaring-van-erfrecht", "VVE-11", estate))
        .then()
        .statusCode(409)
        .contentType(startsWith("text/html"))
        .body(containsString("Voor deze nalatenschap is er al een actieve nabestaandenmachtiging voor een van deze diensten."))
        .body(containsString("value=\"" + second + "\""));
    assertEquals(before, Database.counts(dataSource));
  }

  // --- end --------------------------------------------------------------------------------------------------

  @Test
  void helpdeskEndsASettledEstateAndASecondEndIsReadable() {
    String estate = estateService("Nalatenschap afwikkelen");
    String deceased = named("Gijs Nagel");
    String id = registered(deceased, named("Noor Nagel"), estate);
    agent()
        .get(END)
        .then()
        .statusCode(200)
        .body(containsString("id=\"namens-survivor-end-form\""))
        .body(containsString("id=\"namens-survivor-end-reason-settled\""))
        .body(containsString("id=\"namens-survivor-end-reason-revoked\""))
        .body(containsString("id=\"namens-survivor-end-submit\""));

    Response ended = endAs("ellen", id, "settled");
    ended.then()
        .statusCode(200)
        .body(containsString("<title>Nabestaandenmachtiging beëindigd — Namens</title>"))
        .body(containsString("id=\"namens-survivor-ended\""))
        .body(containsString("id=\"namens-survivor-id\">" + id + "<"))
        .body(containsString("id=\"namens-survivor-fact-deceased\">Gijs Nagel<"))
        .body(containsString("data-reason=\"settled\">Nalatenschap afgewikkeld<"))
        .body(containsString("data-status=\"ended\""))
        .body(not(containsString(deceased)));
    PortalApi.asHelpdesk("anna")
        .get("/api/v1/helpdesk/survivor-mandates/" + id)
        .then()
        .body("status", equalTo("ended"))
        .body("endReason", equalTo("settled"));

    Map<String, Long> before = Database.counts(dataSource);
    endAs("ellen", id, "revoked")
        .then()
        .statusCode(409)
        .contentType(startsWith("text/html"))
        .body(containsString("Deze nabestaandenmachtiging is al beëindigd."))
        .body(containsString("value=\"" + id + "\""));
    assertEquals(before, Database.counts(dataSource));
    PortalApi.asHelpdesk("anna").get("/api/v1/helpdesk/survivor-mandates/" + id).then().body("endReason", equalTo("settled"));
  }

  @Test
  void anUnknownIdAndABadEndFormAreReadable() {
    String unknown = UUID.randomUUID().toString();
    endAs("ellen", unknown, "revoked")
        .then()
        .statusCode(404)
        .contentType(startsWith("text/html"))
        .body(containsString("<a href=\"#namens-survivor-end-id\">Er is geen nabestaandenmachtiging met dit kenmerk.</a>"))
        .body(containsString("aria-invalid=\"true\""));

    String id = registered(person().get("id").toString(), person().get("id").toString(), estateService("Nalatenschap afwikkelen"));
    Map<String, Long> before = Database.counts(dataSource);
    Map<String, Object> fields = new HashMap<>();
    fields.put("survivorMandateId", "not-an-id");
    fields.put("reason", "forgotten");
    post(SurvivorPagesTest::agent, END, END, fields)
        .then()
        .statusCode(400)
        .body(containsString("<a href=\"#namens-survivor-end-id\">Vul het kenmerk in zoals het op de bevestiging staat"))
        .body(containsString("<a href=\"#namens-survivor-end-reason-settled\">Maak een keuze.</a>"));
    assertEquals(before, Database.counts(dataSource));
    PortalApi.asHelpdesk("anna").get("/api/v1/helpdesk/survivor-mandates/" + id).then().body("status", equalTo("active"));
  }

  // --- who may, and CSRF --------------------------------------------------------------------------------------

  @Test
  void peopleWithoutTheHelpdeskRoleGetAForbiddenPage() {
    Map<String, Object> bea = person();
    String estate = estateService("Nalatenschap afwikkelen");
    String id = registered(person().get("id").toString(), person().get("id").toString(), estate);
    Supplier<RequestSpecification> asBea = () -> given().auth().oauth2(Tokens.portal(bea)).redirects().follow(false);
    for (String page : List.of(NEW, END)) {
      given()
          .auth()
          .oauth2(Tokens.portal(bea))
          .get(page)
          .then()
          .statusCode(403)
          .contentType(startsWith("text/html"))
          .body(containsString("Deze pagina is alleen voor helpdeskmedewerkers."));
    }
    Map<String, Long> before = Database.counts(dataSource);
    post(asBea, "/portal/mandates/new", REGISTER, form(person().get("id").toString(), person().get("id").toString(), "executor", "executele", "NOT-12", estate))
        .then()
        .statusCode(403)
        .contentType(startsWith("text/html"));
    Map<String, Object> end = new HashMap<>();
    end.put("survivorMandateId", id);
    end.put("reason", "revoked");
    post(asBea, "/portal/mandates/new", END, end)
        .then()
        .statusCode(403);
    assertEquals(before, Database.counts(dataSource));
    given().get(NEW).then().statusCode(401);
  }

  @Test
  void formPostsWithoutTheCsrfTokenAreRefusedAndChangeNothing() {
    String estate = estateService("Nalatenschap afwikkelen");
    String id = registered(person().get("id").toString(), person().get("id").toString(), estate);
    Map<String, Long> before = Database.counts(dataSource);
    RequestSpecification register =
        agent().contentType("application/x-www-form-urlencoded");
    form(person().get("id").toString(), person().get("id").toString(), "executor", "executele", "NOT-13", estate)
        .forEach((k, v) -> add(register, k, v));
    register.post(REGISTER).then().statusCode(400);
    agent()
        .contentType("application/x-www-form-urlencoded")
        .formParam("survivorMandateId", id)
        .formParam("reason", "revoked")
        .post(END)
        .then()
        .statusCode(400);
    String token = csrf(agent().get(END));
    agent()
        .cookie("csrf-token", token)
        .contentType("application/x-www-form-urlencoded")
        .formParam("csrf-token", token.substring(1) + "x")
        .formParam("survivorMandateId", id)
        .formParam("reason", "revoked")
        .post(END)
        .then()
        .statusCode(400);
    assertEquals(before, Database.counts(dataSource));
    PortalApi.asHelpdesk("anna").get("/api/v1/helpdesk/survivor-mandates/" + id).then().body("status", equalTo("active"));
  }

  // --- four eyes and the death --------------------------------------------------------------------------------

  @Test
  void theProposingAgentCannotApproveOnThePageAndNothingChanges() {
    String estate = estateService("Nalatenschap afwikkelen");
    String id = proposed(named("Gijs Nagel"), named("Noor Nagel"), estate);
    agent("anna")
        .get(PROPOSALS)
        .then()
        .statusCode(200)
        .body(containsString("<title>Voorstellen die wachten op een tweede medewerker — Namens</title>"))
        .body(containsString("action=\"/portal/helpdesk/proposals/survivor-mandates/" + id + "/approve\""));
    Map<String, Long> before = Database.counts(dataSource);

    decide("henk", id, "approve")
        .then()
        .statusCode(403)
        .contentType(startsWith("text/html"))
        .body(containsString("id=\"error-summary\""))
        .body(containsString("U heeft dit voorstel zelf gedaan. Een tweede, andere helpdeskmedewerker moet het goedkeuren."));

    assertEquals(before, Database.counts(dataSource));
    PortalApi.asHelpdesk("anna").get("/api/v1/helpdesk/survivor-mandates/" + id).then().body("status", equalTo("proposed"));
    decide("anna", id, "decline")
        .then()
        .statusCode(200)
        .body(containsString("Het voorstel is afgewezen."))
        .body(not(containsString("survivor-mandates/" + id + "/approve")));
    PortalApi.asHelpdesk("anna").get("/api/v1/helpdesk/survivor-mandates/" + id).then().body("endReason", equalTo("declined"));
  }

  @Test
  void aSurvivorMandateForAPersonNotKnownDeadIsAReadableRefusal() {
    String estate = estateService("Nalatenschap afwikkelen");
    String deceased = person().get("id").toString();
    Map<String, Long> before = Database.counts(dataSource);

    registerAs("henk", form(deceased, person().get("id").toString(), "executor", "executele", "NOT-14", estate))
        .then()
        .statusCode(409)
        .contentType(startsWith("text/html"))
        .body(containsString("<a href=\"#namens-survivor-deceased\">Het overlijden van deze persoon is (nog) niet bekend uit de Basisregistratie Personen."))
        .body(containsString("value=\"" + deceased + "\""));

    assertEquals(before, Database.counts(dataSource));
  }

  @Test
  void anAgentLoggedInBelowSubstantieelGetsAReadableRefusal() {
    given()
        .auth()
        .oauth2(Tokens.helpdesk("laag", null, Tokens.LOW))
        .header("Accept-Language", "en")
        .get("/portal/helpdesk")
        .then()
        .statusCode(403)
        .contentType(startsWith("text/html"))
        .body(containsString("Helpdesk agents must log in at login level substantial or high."));
  }

  // --- helpers ------------------------------------------------------------------------------------------------

  private static RequestSpecification agent() {
    return agent("henk");
  }

  private static RequestSpecification agent(String name) {
    return given().auth().oauth2(Tokens.helpdesk(name)).redirects().follow(false);
  }

  /** A person the register knows by name; returns the BSN. */
  private static String named(String displayName) {
    return registerParty(person(), displayName).get("id").toString();
  }

  /** A service marked for settling an estate; returns its id. */
  private static String estateService(String name) {
    return estateService(name, false);
  }

  private static String estateService(String name, boolean retired) {
    String id = UUID.randomUUID().toString();
    asAdmin()
        .body(
            Map.of(
                "id", id,
                "name", name,
                "provider", "Belastingdienst",
                "category", "financial",
                "minimumLoa", "substantieel",
                "settlesEstate", true,
                "retired", retired))
        .post("/admin/v1/services")
        .then()
        .statusCode(201);
    return id;
  }

  private static Map<String, Object> form(
      String deceased, String holder, String role, String evidenceType, String reference, String... services) {
    Map<String, Object> fields = new HashMap<>();
    fields.put("deceased", deceased);
    fields.put("holder", holder);
    fields.put("role", role);
    fields.put("evidenceType", evidenceType);
    fields.put("evidenceReference", reference);
    fields.put("services", List.of(services));
    fields.put("validFrom", TestClock.TODAY.toString());
    return fields;
  }

  private static Response registerAs(String agentName, Map<String, Object> fields) {
    return post(() -> agent(agentName), NEW, REGISTER, fields);
  }

  /**
   * The BRP deaths feed reported the death of {@code deceased} a month before the test's today (so the start
   * dates the tests use are after it).
   */
  private static void knownDead(String deceased) {
    asAdmin()
        .body(
            Map.of(
                "rows",
                List.of(
                    Map.of(
                        "externalId", "ovl-" + UUID.randomUUID(),
                        "bsn", deceased,
                        "dateOfDeath", TestClock.TODAY.minusMonths(1).toString()))))
        .post("/admin/v1/legal/imports/brp-deaths")
        .then()
        .statusCode(200)
        .body("rejected", equalTo(0));
  }

  /** Proposed by Henk through the page; the proposal's id. */
  private static String proposed(String deceased, String holder, String estate) {
    knownDead(deceased);
    Response done = registerAs("henk", form(deceased, holder, "executor", "executele", "NOT-" + UUID.randomUUID().toString().substring(0, 6), estate));
    assertEquals(200, done.statusCode(), done.asString());
    return group(SURVIVOR_ID, done.asString());
  }

  /** Proposed by Henk, approved by Anna, both through the pages: an active survivor mandate's id. */
  private static String registered(String deceased, String holder, String estate) {
    String id = proposed(deceased, holder, estate);
    Response approved = decide("anna", id, "approve");
    assertEquals(200, approved.statusCode(), approved.asString());
    assertTrue(approved.asString().contains("id=\"namens-survivor-approved\""), approved.asString());
    return group(SURVIVOR_ID, approved.asString());
  }

  /** {@code agentName} approves or declines the survivor proposal on the proposals page. */
  private static Response decide(String agentName, String id, String decision) {
    return post(() -> agent(agentName), PROPOSALS, PROPOSALS + "/survivor-mandates/" + id + "/" + decision, Map.of());
  }

  private static Response endAs(String agentName, String id, String reason) {
    return post(() -> agent(agentName), END, END, Map.of("survivorMandateId", id, "reason", reason));
  }

  /** GETs {@code formPage} for the CSRF token, then posts the form with cookie and field. */
  private static Response post(
      Supplier<RequestSpecification> as, String formPage, String action, Map<String, ?> fields) {
    String token = csrf(as.get().get(formPage));
    RequestSpecification request =
        as.get()
            .cookie("csrf-token", token).contentType("application/x-www-form-urlencoded").formParam("csrf-token", token);
    fields.forEach((k, v) -> add(request, k, v));
    return request.post(action);
  }

  private static void add(RequestSpecification request, String name, Object value) {
    if (value instanceof List<?> list) {
      list.forEach(x -> request.formParam(name, x));
    } else {
      request.formParam(name, value);
    }
  }

  private static String csrf(Response page) {
    String cookie = page.getCookie("csrf-token");
    if (cookie == null) {
      throw new AssertionError("no CSRF cookie: " + page.statusCode() + " " + page.asString());
    }
    return cookie;
  }

  private static String group(Pattern pattern, String html) {
    Matcher m = pattern.matcher(html);
    assertTrue(m.find(), html);
    return m.group(1);
  }
}
