package nl.namens.tests;

import static nl.namens.tests.support.DemoServices.BELASTINGAANGIFTE;
import static nl.namens.tests.support.PetrasClients.bsn;
import static nl.namens.tests.support.PetrasClients.name;
import static nl.namens.tests.support.PetrasClients.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.namens.tests.support.BrokerTestBase;
import nl.namens.tests.support.NamensServerConfig;
import nl.namens.tests.support.PetrasClients;
import nl.namens.tests.support.RegisterAdmin;
import nl.namens.tests.support.RegisterAdmin.ImportReport;
import nl.namens.tests.support.ServiceClients;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.oauth.OAuthClient;
import org.keycloak.testframework.oauth.annotations.InjectOAuthClient;
import org.keycloak.testsuite.util.oauth.AccessTokenResponse;

/**
 * A professional bewindvoerder with 500 clients: the acting-for page shows them ten at a time, with the total, pages
 * forward and back, and finds a client by name, birth year or part of the BSN. The clients ({@link PetrasClients}) are
 * imported through the court feed with fixed external ids, so importing them again (another test, another run) changes
 * nothing.
 */
@KeycloakIntegrationTest(config = NamensServerConfig.class)
class ProfessionalPickerIT extends BrokerTestBase {

  private static final int CLIENTS = PetrasClients.CLIENTS;
  private static final int PAGE_SIZE = 10;
  private static final int RARE_BIRTH_YEAR = PetrasClients.RARE_BIRTH_YEAR;

  @InjectOAuthClient(ref = "belasting", realmRef = "namens", config = ServiceClients.Belastingaangifte.class)
  OAuthClient belasting;

  private final RegisterAdmin register = new RegisterAdmin();

  @BeforeEach
  void petraHasFiveHundredClients() {
    PetrasClients.ensureImported(register);
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
    ImportReport again = register.importCourt(PetrasClients.rows());

    assertEquals(CLIENTS, again.received(), again.json());
    assertEquals(CLIENTS, again.unchanged(), again.json());
    assertEquals(0, again.applied(), again.json());
    assertEquals(0, again.rejected(), again.json());
  }
}
