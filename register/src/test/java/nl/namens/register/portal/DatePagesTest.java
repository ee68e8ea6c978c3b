package nl.namens.register.portal;

import static io.restassured.RestAssured.given;
import static nl.namens.register.RegisterApi.asAdmin;
import static nl.namens.register.RegisterApi.person;
import static nl.namens.register.RegisterApi.service;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import nl.namens.register.Database;
import nl.namens.register.EmbeddedPostgresResource;
import nl.namens.register.TestClock;
import nl.namens.register.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The register's date rule at the portal's forms: the same rule as the JSON API (the lifecycle and the
 * survivor service apply it), shown as a readable page in the user's language with the error linked to the
 * field and the typed value kept; nothing is stored. Messages are compared with the bundle's text for the key,
 * not with a sentence written here.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class DatePagesTest {

  @Inject DataSource dataSource;

  private static String message(String language, String key) {
    Properties messages = new Properties();
    try (InputStream in = DatePagesTest.class.getResourceAsStream("/messages/msg_" + language + ".properties")) {
      messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String text = messages.getProperty(key);
    if (text == null) {
      throw new AssertionError("no message " + key + " in " + language);
    }
    return text;
  }

  private static Map<String, Object> terms(String representativeBsn, String service, String from, String until) {
    Map<String, Object> fields = new HashMap<>();
    fields.put("counterpartType", "BSN");
    fields.put("counterpartId", representativeBsn);
    fields.put("services", service);
    fields.put("validFrom", from);
    fields.put("validUntil", until);
    return fields;
  }

  @Test
  void aMandateUntilAFiveDigitYearIsShownAgainInDutchWithTheInputKept() {
    Map<String, Object> bea = person();
    String service = service("Belastingaangifte");
    Map<String, Long> before = Database.counts(dataSource);

    post(
            () -> as(bea),
            "/portal/mandates/new",
            "/portal/mandates",
            terms(person().get("id").toString(), service, TestClock.TODAY.toString(), "+99999-12-31"),
            "nl")
        .then()
        .statusCode(400)
        .contentType(startsWith("text/html"))
        .body(containsString("<html lang=\"nl\">"))
        .body(containsString("<a href=\"#validUntil\">" + message("nl", "err_date_year") + "</a>"))
        .body(containsString("aria-invalid=\"true\""))
        .body(containsString("value=\"+99999-12-31\""));

    assertEquals(before, Database.counts(dataSource));
  }

  @Test
  void aRequestFromBefore1900IsShownAgainInEnglish() {
    Map<String, Object> jan = person();
    String service = service("Belastingaangifte");
    Map<String, Long> before = Database.counts(dataSource);

    post(
            () -> as(jan),
            "/portal/requests/new",
            "/portal/requests",
            terms(person().get("id").toString(), service, "0001-01-01", TestClock.TODAY.toString()),
            "en")
        .then()
        .statusCode(400)
        .body(containsString("<html lang=\"en\">"))
        .body(containsString("<a href=\"#validFrom\">" + message("en", "err_date_early") + "</a>"))
        .body(containsString("value=\"0001-01-01\""));

    assertEquals(before, Database.counts(dataSource));
  }

  @Test
  void aSurvivorMandateFromAFiveDigitYearIsShownAgainAtTheHelpdesk() {
    String estate = UUID.randomUUID().toString();
    asAdmin()
        .body(
            Map.of(
                "id", estate,
                "name", "Nalatenschap",
                "provider", "Belastingdienst",
                "category", "financial",
                "minimumLoa", "substantieel",
                "settlesEstate", true))
        .post("/admin/v1/services")
        .then()
        .statusCode(201);
    Map<String, Object> fields = new HashMap<>();
    fields.put("deceased", person().get("id"));
    fields.put("holder", person().get("id"));
    fields.put("role", "executor");
    fields.put("evidenceType", "executele");
    fields.put("evidenceReference", "NOT-DATUM-2");
    fields.put("services", estate);
    fields.put("validFrom", "+99999-01-01");
    Map<String, Long> before = Database.counts(dataSource);

    post(
            () -> given().auth().oauth2(Tokens.helpdesk("henk")).redirects().follow(false),
            "/portal/helpdesk/survivor-mandates/new",
            "/portal/helpdesk/survivor-mandates",
            fields,
            "nl")
        .then()
        .statusCode(400)
        .body(
            containsString(
                "<a href=\"#namens-survivor-valid-from\">" + message("nl", "err_date_year") + "</a>"))
        .body(containsString("value=\"+99999-01-01\""));

    assertEquals(before, Database.counts(dataSource));
  }

  // --- helpers ------------------------------------------------------------------------------------------------

  private static RequestSpecification as(Map<String, Object> party) {
    return given().auth().oauth2(Tokens.portal(party)).redirects().follow(false);
  }

  /** GETs the form page for its CSRF token (cookie), then posts the form with cookie and field. */
  private static Response post(
      Supplier<RequestSpecification> as,
      String formPage,
      String action,
      Map<String, ?> fields,
      String language) {
    Response page = as.get().get(formPage);
    String token = page.getCookie("csrf-token");
    if (token == null) {
      throw new AssertionError("no CSRF cookie: " + page.statusCode() + " " + page.asString());
    }
    RequestSpecification request =
        as.get()
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
}
