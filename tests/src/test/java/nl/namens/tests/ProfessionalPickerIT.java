package nl.namens.tests;

import static nl.namens.tests.support.DemoServices.BELASTINGAANGIFTE;
import static nl.namens.tests.support.DemoServices.PETRA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import nl.namens.tests.support.BrokerTestBase;
import nl.namens.tests.support.LegalRow;
import nl.namens.tests.support.NamensServerConfig;
import nl.namens.tests.support.RegisterAdmin;
import nl.namens.tests.support.RegisterAdmin.ImportReport;
import nl.namens.tests.support.ServiceClients;
import nl.namens.tests.support.TestBsns;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.oauth.OAuthClient;
import org.keycloak.testframework.oauth.annotations.InjectOAuthClient;
import org.keycloak.testsuite.util.oauth.AccessTokenResponse;

/**
 * A professional bewindvoerder with 500 clients: the acting-for page shows them ten at a time, with the total, pages
 * forward and back, and finds a client by name, birth year or part of the BSN. The clients are imported through the
 * court feed with fixed external ids, so importing them again (another test, another run) changes nothing.
 */
@KeycloakIntegrationTest(config = NamensServerConfig.class)
class ProfessionalPickerIT extends BrokerTestBase {

  private static final int CLIENTS = 500;
  private static final int PAGE_SIZE = 10;
  /** Clients 7, 107, 207, 307 and 407: the only ones born in this year. */
  private static final int RARE_BIRTH_YEAR = 1944;

  private static final List<String> BSNS = TestBsns.block(99980000, CLIENTS);
  private static boolean imported;

  @InjectOAuthClient(ref = "belasting", realmRef = "namens", config = ServiceClients.Belastingaangifte.class)
  OAuthClient belasting;

  private final RegisterAdmin register = new RegisterAdmin();

  /** "Cliënt 001 Achternaam001" … "Cliënt 500 Achternaam500": sorted by name = sorted by number. */
  static String name(int client) {
    return String.format("Cliënt %03d Achternaam%03d", client, client);
  }

  static String bsn(int client) {
    return BSNS.get(client - 1);
  }

  static List<String> names(int fromClient, int toClient) {
    return IntStream.rangeClosed(fromClient, toClient).mapToObj(ProfessionalPickerIT::name).toList();
  }

  /** Court records making Petra the bewindvoerder of every client; some clients with a known birth date. */
  static List<LegalRow> petrasClients() {
    List<LegalRow> rows = new ArrayList<>(CLIENTS);
    for (int client = 1; client <= CLIENTS; client++) {
      LegalRow row =
          LegalRow.court(
                  String.format("it-picker-petra-%03d", client),
                  "bewind",
                  bsn(client),
                  PETRA,
                  "Rechtbank Midden-Nederland",
                  LocalDate.of(2024, 1, 1).plusDays(client),
                  String.format("C/16/%06d / BW RK 24-%03d", 560000 + client, client))
              .representedName(name(client))
              .representativeName("Petra Pauw");
      if (client % 100 == 7) {
        row.representedBirthDate(LocalDate.of(RARE_BIRTH_YEAR, 5, 17));
      } else if (client % 5 == 0) {
        row.representedBirthDate(LocalDate.of(1950 + (client / 5) % 40, 1 + client % 12, 1 + client % 28));
      }
      rows.add(row);
    }
    return rows;
  }

  @BeforeEach
  void petraHasFiveHundredClients() {
    if (!imported) {
      register.importCourt(petrasClients()).requireAllTaken(CLIENTS);
      imported = true;
    }
  }

  private void petraLogsIn() {
    openLogin(belasting, BELASTINGAANGIFTE, "nl");
    browser.loginWithDigid("petra");
    assertTrue(browser.onActingForPage(), browser.pageText());
  }

  private static void assertTotal(int expected, String totalText) {
    assertTrue(
        Pattern.compile("(?<![\\d.])" + expected + "(?!\\.?\\d)").matcher(totalText).find(),
        "total " + expected + " in: " + totalText);
  }

  @Test
  void firstPageShowsTenClientsAndTheTotal() {
    petraLogsIn();

    assertEquals(names(1, PAGE_SIZE), browser.principalNames());
    assertTotal(CLIENTS, browser.totalText());
    assertNotNull(browser.selfOption(), "Petra may still act for herself");
    assertEquals("bewind", browser.kindLabelOf(name(1)).getAttribute("data-kind"));
  }

  @Test
  void nextAndPreviousPageShowOtherClients() {
    petraLogsIn();

    browser.nextPage();
    assertEquals(names(11, 20), browser.principalNames());
    browser.nextPage();
    assertEquals(names(21, 30), browser.principalNames());
    browser.previousPage();
    assertEquals(names(11, 20), browser.principalNames());
    assertTotal(CLIENTS, browser.totalText());
  }

  @Test
  void searchByNameFindsExactlyOneClient() {
    petraLogsIn();

    browser.search("achternaam123", null, null); // case-insensitive part of the name

    assertEquals(List.of(name(123)), browser.principalNames());
    assertTotal(1, browser.totalText());
  }

  @Test
  void searchByBirthYearFindsTheClientsBornThatYear() {
    petraLogsIn();

    browser.search(null, RARE_BIRTH_YEAR, null);

    assertEquals(List.of(name(7), name(107), name(207), name(307), name(407)), browser.principalNames());
    assertTotal(5, browser.totalText());
  }

  @Test
  void clientFoundByPartOfTheBsnCanBeChosen() {
    String bsn = bsn(321);
    petraLogsIn();

    browser.search(null, null, bsn.substring(2)); // seven digits, in no other client's BSN
    assertEquals(List.of(name(321)), browser.principalNames());

    browser.actFor(name(321));
    AccessTokenResponse tokens = tokensAfterLogin(belasting);
    Map<String, Object> represents = represents(belasting, tokens.getIdToken());
    assertNotNull(represents, "represents");
    assertEquals(bsn, represents.get("sub"));
    Map<String, Object> representation = representation(belasting, tokens.getIdToken());
    assertEquals("bewind", representation.get("kind"), representation.toString());
    assertEquals("urn:namens:1.0:RT:Bewind", representation.get("representation_type"));
    assertEquals(BELASTINGAANGIFTE, representation.get("service"));
  }

  @Test
  void importingTheSameClientsAgainChangesNothing() {
    ImportReport again = register.importCourt(petrasClients());

    assertEquals(CLIENTS, again.received(), again.json());
    assertEquals(CLIENTS, again.unchanged(), again.json());
    assertEquals(0, again.applied(), again.json());
    assertEquals(0, again.rejected(), again.json());
  }
}
