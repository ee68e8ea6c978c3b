package nl.namens.tests;

import static nl.namens.tests.support.DemoServices.BELASTINGAANGIFTE;
import static nl.namens.tests.support.DemoServices.KEES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.namens.tests.support.BrokerTestBase;
import nl.namens.tests.support.LegalRow;
import nl.namens.tests.support.NamensServerConfig;
import nl.namens.tests.support.RegisterAdmin;
import nl.namens.tests.support.RegisterStack;
import nl.namens.tests.support.ServiceClients;
import nl.namens.tests.support.TestBsns;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.oauth.OAuthClient;
import org.keycloak.testframework.oauth.annotations.InjectOAuthClient;
import org.keycloak.testsuite.util.oauth.AccessTokenResponse;
import org.keycloak.util.JsonSerialization;
import org.openqa.selenium.By;

/**
 * The issue of the odd dates, end to end: a court feed's batch file carries one good bewind row for Kees (curator of
 * Wim) and rows with a represented person born in 2999, in +99999 and in year 1, and one valid until +99999-12-31.
 * The register rejects the bad rows with their lines and keeps the good one; Kees's acting-for page, through a real
 * DigiD login, still lists his principals (it used to say "unavailable" with only "Myself", because one odd birth
 * year made the broker refuse the whole answer), and acting for the new client works.
 */
@KeycloakIntegrationTest(config = NamensServerConfig.class)
class BadDatesIT extends BrokerTestBase {

  private static final String HEADER =
      "externalId,kind,representedBsn,representativeBsn,representedName,representedBirthDate,court,decisionDate,"
          + "decisionId,validUntil\n";
  private static final List<String> CLIENTS = TestBsns.block(99970000, 5);

  @InjectOAuthClient(ref = "belasting", realmRef = "namens", config = ServiceClients.Belastingaangifte.class)
  OAuthClient belasting;

  private final RegisterAdmin register = new RegisterAdmin();
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private LegalRow toEndAfterwards;

  @Test
  void badDatesInACourtFileAreRejectedByLineAndTheRepresentativeStillSeesHisPrincipals() throws Exception {
    String batch = "it-bad-dates-" + UUID.randomUUID();
    LocalDate decided = RegisterStack.today().minusYears(1);
    LegalRow good =
        LegalRow.court(batch + "-good", "bewind", CLIENTS.get(0), KEES, "Rechtbank Utrecht", decided, "C/16/DATUM-1")
            .representedName("Datum Goed")
            .representedBirthDate(LocalDate.of(1961, 5, 17));
    StringBuilder file = new StringBuilder(HEADER);
    file.append(line(good.externalId(), CLIENTS.get(0), "Datum Goed", "1961-05-17", "", decided));
    file.append(line(batch + "-2999", CLIENTS.get(1), "Datum Toekomst", "2999-01-01", "", decided));
    file.append(line(batch + "-99999", CLIENTS.get(2), "Datum Vijf", "+99999-01-01", "", decided));
    file.append(line(batch + "-0001", CLIENTS.get(3), "Datum Oud", "0001-01-01", "", decided));
    file.append(line(batch + "-until", CLIENTS.get(4), "Datum Eeuwig", "1970-01-01", "+99999-12-31", decided));

    JsonNode report = uploadCourtFile(file.toString());
    toEndAfterwards = good;

    assertEquals(5, report.get("received").asInt(), report.toString());
    assertEquals(1, report.get("applied").asInt() + report.get("unchanged").asInt(), report.toString());
    assertEquals(4, report.get("rejected").asInt(), report.toString());
    List<Integer> lines = new ArrayList<>();
    List<String> reasons = new ArrayList<>();
    for (JsonNode rejection : report.get("rejections")) {
      lines.add(rejection.get("line").asInt());
      reasons.add(rejection.get("reason").asText());
    }
    assertEquals(List.of(3, 4, 5, 6), lines, report.toString());
    assertEquals(
        List.of(
            "representedBirthDate must not be in the future",
            "representedBirthDate must have a year of four digits (yyyy-mm-dd)",
            "representedBirthDate must not be before 1900-01-01",
            "validUntil must have a year of four digits (yyyy-mm-dd)"),
        reasons,
        "the reasons name the field and the rule (the report is the feed's contract, docs/legal-imports.md)");
    for (String client : CLIENTS) {
      assertFalse(report.toString().contains(client), "no BSN in the report: " + report);
    }

    openLogin(belasting, BELASTINGAANGIFTE, "nl");
    browser.loginWithDigid("kees");
    assertTrue(browser.onActingForPage(), browser.pageText());
    assertTrue(
        driver.driver().findElements(By.id("namens-register-unavailable")).isEmpty(),
        "the register's answer is usable: " + browser.pageText());
    assertEquals(List.of("Datum Goed", "Wim Willems"), browser.principalNames());

    browser.actFor("Datum Goed");
    AccessTokenResponse tokens = tokensAfterLogin(belasting);
    assertEquals(200, tokens.getStatusCode(), tokens.getErrorDescription());
    assertEquals(CLIENTS.get(0), represents(belasting, tokens.getIdToken()).get("sub"));
    assertEquals("bewind", representation(belasting, tokens.getIdToken()).get("kind"));
  }

  /** Kees has only Wim again in every other test: the good row is ended (the register is shared by the run). */
  @AfterEach
  void endTheGoodRow() {
    if (toEndAfterwards != null) {
      LegalRow ended = toEndAfterwards.terminated(true);
      toEndAfterwards = null;
      register.importCourt(List.of(ended)).requireAllTaken(1);
    }
  }

  private static String line(
      String externalId, String client, String name, String birthDate, String validUntil, LocalDate decided) {
    return String.join(
            ",",
            externalId,
            "bewind",
            client,
            KEES,
            name,
            birthDate,
            "Rechtbank Utrecht",
            decided.toString(),
            "C/16/DATUM-1",
            validUntil)
        + "\n";
  }

  /** {@code POST /admin/v1/legal/imports/court/files} with a CSV file, as a court feed sends it. */
  private JsonNode uploadCourtFile(String csv) throws IOException, InterruptedException {
    String token = register.adminToken();
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(RegisterStack.URL + "/admin/v1/legal/imports/court/files"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "text/csv; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), response.body());
    return JsonSerialization.readValue(response.body(), JsonNode.class);
  }
}
