package nl.namens.register.portal;

import static io.restassured.RestAssured.given;
import static nl.namens.register.RegisterApi.company;
import static nl.namens.register.RegisterApi.person;
import static nl.namens.register.RegisterApi.registerParty;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.Map;
import nl.namens.register.EmbeddedPostgresResource;
import nl.namens.register.Tokens;
import nl.namens.register.mail.GreenMailResource;
import nl.namens.register.party.Parties;
import nl.namens.register.party.Party;
import nl.namens.register.party.PartyReference;
import org.junit.jupiter.api.Test;

/** {@code /portal/email}: a person sets, changes and removes their own address; a bad one changes nothing. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(GreenMailResource.class)
class EmailPagesTest {

  @Inject Parties parties;

  @Test
  void personSetsChangesAndRemovesTheirAddress() {
    Map<String, Object> jan = registerParty(person(), "Jan Jansen");
    as(jan)
        .get("/portal/email")
        .then()
        .statusCode(200)
        .body(containsString("<title>E-mail over uw machtigingen — Namens</title>"))
        .body(containsString("<label for=\"email\">E-mailadres</label>"))
        .body(containsString("U heeft geen e-mailadres gegeven"))
        .body(containsString("aria-current=\"page\""));

    post(jan, "/portal/email", Map.of("email", "  jan@example.nl "))
        .then()
        .statusCode(303)
        .header("Location", endsWith("/portal/email?done=saved"));
    assertEquals("jan@example.nl", email(jan));
    as(jan)
        .get("/portal/email?done=saved")
        .then()
        .body(containsString("role=\"status\""))
        .body(containsString("Uw e-mailadres is opgeslagen."))
        .body(containsString("id=\"email-current\">jan@example.nl<"));

    post(jan, "/portal/email", Map.of("email", "jan.jansen@example.nl")).then().statusCode(303);
    assertEquals("jan.jansen@example.nl", email(jan));

    post(jan, "/portal/email/remove", Map.of())
        .then()
        .statusCode(303)
        .header("Location", endsWith("/portal/email?done=removed"));
    assertNull(email(jan));
  }

  @Test
  void emptyFieldRemovesTheAddress() {
    Map<String, Object> jan = registerParty(person(), "Jan Jansen");
    post(jan, "/portal/email", Map.of("email", "jan@example.nl")).then().statusCode(303);

    post(jan, "/portal/email", Map.of("email", " ")).then().statusCode(303).header("Location", endsWith("done=removed"));

    assertNull(email(jan));
  }

  @Test
  void badAddressShowsAClearErrorAndChangesNothing() {
    Map<String, Object> jan = registerParty(person(), "Jan Jansen");
    post(jan, "/portal/email", Map.of("email", "jan@example.nl")).then().statusCode(303);

    for (String bad : new String[] {"jan", "jan@example", "jan@@example.nl", "jan jansen@example.nl", "<b>@x.nl"}) {
      post(jan, "/portal/email", Map.of("email", bad))
          .then()
          .statusCode(400)
          .body(containsString("<title>Er is een probleem: E-mail over uw machtigingen — Namens</title>"))
          .body(containsString("href=\"#email\""))
          .body(containsString("Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl."))
          .body(containsString("aria-invalid=\"true\""))
          .body(not(containsString("<b>@")));
      assertEquals("jan@example.nl", email(jan), bad);
    }

    String tooLong = "a".repeat(250) + "@example.nl";
    post(jan, "/portal/email", Map.of("email", tooLong))
        .then()
        .statusCode(400)
        .body(containsString("Het e-mailadres is te lang"));
    assertEquals("jan@example.nl", email(jan));
  }

  @Test
  void englishPageSaysItInEnglish() {
    Map<String, Object> jan = registerParty(person(), "Jan Jansen");
    post(jan, "/portal/email", Map.of("email", "jan@"), "en")
        .then()
        .statusCode(400)
        .body(containsString("<html lang=\"en\">"))
        .body(containsString("Enter a valid e-mail address"));
  }

  @Test
  void addressFormWithoutCsrfTokenIsRefused() {
    Map<String, Object> jan = registerParty(person(), "Jan Jansen");
    as(jan).contentType("application/x-www-form-urlencoded").formParam("email", "jan@example.nl").post("/portal/email")
        .then()
        .statusCode(400);
    assertNull(email(jan));
  }

  @Test
  void organisationGetsNoAddressForm() {
    Map<String, Object> bakkerij = registerParty(company(), "Bakkerij De Deeg B.V.");
    given()
        .auth()
        .oauth2(Tokens.employee(bakkerij, "employee-1"))
        .get("/portal/email")
        .then()
        .statusCode(200)
        .body(containsString("id=\"email-persons-only\""))
        .body(not(containsString("id=\"email-form\"")));
  }

  // --- helpers ------------------------------------------------------------------------------------------------

  private String email(Map<String, Object> party) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                parties
                    .find(new PartyReference((String) party.get("type"), (String) party.get("id")))
                    .map(Party::email)
                    .orElse(null));
  }

  private static RequestSpecification as(Map<String, Object> party) {
    return given().auth().oauth2(Tokens.portal(party)).redirects().follow(false);
  }

  private static Response post(Map<String, Object> party, String action, Map<String, ?> fields) {
    return post(party, action, fields, "nl");
  }

  private static Response post(Map<String, Object> party, String action, Map<String, ?> fields, String language) {
    Response page = as(party).get("/portal/email");
    String token = page.getCookie("csrf-token");
    RequestSpecification request =
        as(party)
            .header("Accept-Language", language)
            .cookie("csrf-token", token)
            .contentType("application/x-www-form-urlencoded")
            .formParam("csrf-token", token);
    fields.forEach(request::formParam);
    return request.post(action);
  }
}
