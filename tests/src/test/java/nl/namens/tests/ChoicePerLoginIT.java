package nl.namens.tests;

import static nl.namens.tests.support.DemoServices.BEA;
import static nl.namens.tests.support.DemoServices.BELASTINGAANGIFTE;
import static nl.namens.tests.support.DemoServices.JAN;
import static nl.namens.tests.support.DemoServices.KVK_DEEG;
import static nl.namens.tests.support.DemoServices.LOTTE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.namens.tests.support.BrokerTestBase;
import nl.namens.tests.support.NamensServerConfig;
import nl.namens.tests.support.RegisterAdmin;
import nl.namens.tests.support.ServiceClients;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.IDToken;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.oauth.OAuthClient;
import org.keycloak.testframework.oauth.annotations.InjectOAuthClient;
import org.keycloak.testsuite.util.oauth.AccessTokenResponse;
import org.keycloak.testsuite.util.oauth.IntrospectionResponse;
import org.keycloak.testsuite.util.oauth.PkceGenerator;
import org.keycloak.testsuite.util.oauth.UserInfoResponse;

/**
 * A token always means the choice of its own login. Two logins at the same client in one browser (a second tab, or
 * the service asking for a new login) may choose differently; Keycloak keeps one client session for both. Every
 * token of the first login keeps representing the first choice — at refresh, userinfo and introspection — and the
 * second login's tokens the second choice: never switched, never silently lost.
 */
@KeycloakIntegrationTest(config = NamensServerConfig.class)
class ChoicePerLoginIT extends BrokerTestBase {

  @InjectOAuthClient(ref = "belasting", realmRef = "namens", config = ServiceClients.Belastingaangifte.class)
  OAuthClient belasting;

  private final RegisterAdmin register = new RegisterAdmin();

  /** One login at {@link #belasting}: opens the authorization request with its own PKCE. */
  private PkceGenerator open() {
    PkceGenerator pkce = PkceGenerator.s256();
    belasting.scope("openid urn:uuid:" + BELASTINGAANGIFTE);
    belasting.loginForm().codeChallenge(pkce).open();
    return pkce;
  }

  /** Whom to act for on the acting-for page: a principal's display name, or {@link #MYSELF}. */
  private static final String MYSELF = null;

  /** The tokens of two logins at one client in one browser; the second login comes through single sign-on. */
  private record TwoLogins(AccessTokenResponse first, AccessTokenResponse second) {}

  /**
   * {@code login} at the simulator, acting for {@code first}; then, in the same browser, a second login at the same
   * client acting for {@code second}. Each login's code is exchanged right after it.
   */
  private TwoLogins twoLogins(Runnable login, String first, String second) {
    PkceGenerator firstPkce = open();
    login.run();
    choose(first);
    AccessTokenResponse firstTokens = exchange(code(), firstPkce);
    PkceGenerator secondPkce = open(); // same browser, same client: SSO, the acting-for step again
    assertTrue(browser.onActingForPage(), browser.pageText());
    choose(second);
    return new TwoLogins(firstTokens, exchange(code(), secondPkce));
  }

  private void choose(String principal) {
    if (principal == null) { // MYSELF
      browser.actAsMyself();
    } else {
      browser.actFor(principal);
    }
  }

  private Runnable digid(String user) {
    return () -> browser.loginWithDigid(user);
  }

  private Runnable eherkenning(String user) {
    return () -> browser.loginWithEherkenning(user);
  }

  /** The code the client received for the login just finished. */
  private String code() {
    String code = codeReceived(belasting);
    assertNotNull(code, "no code: " + browser.currentUrl() + " " + browser.pageText());
    return code;
  }

  private AccessTokenResponse exchange(String code, PkceGenerator pkce) {
    AccessTokenResponse tokens = belasting.accessTokenRequest(code).codeVerifier(pkce).send();
    assertEquals(200, tokens.getStatusCode(), tokens.getError() + " " + tokens.getErrorDescription());
    return tokens;
  }

  private AccessTokenResponse refresh(AccessTokenResponse tokens) {
    AccessTokenResponse refreshed = belasting.doRefreshTokenRequest(tokens.getRefreshToken());
    assertEquals(
        200, refreshed.getStatusCode(), refreshed.getError() + " " + refreshed.getErrorDescription());
    return refreshed;
  }

  private String sid(String jwt) {
    return belasting.parseToken(jwt, IDToken.class).getSessionId();
  }

  /**
   * {@code represents.sub} of the ID token; the access token must represent the same party (a person by the
   * client's pseudonym, never the BSN), or neither does; null for none.
   */
  /**
   * Whom the tokens represent: the deepest {@code represents} (an eHerkenning employee's company is the outer one,
   * the principal nested beneath it); null for a login as oneself, which carries no {@code representation} (an
   * eHerkenning employee's tokens then represent only their company).
   */
  private Object principalOf(AccessTokenResponse tokens) {
    Map<String, Object> id = deepest(represents(belasting, tokens.getIdToken()));
    Map<String, Object> access = deepest(represents(belasting, tokens.getAccessToken()));
    assertEquals(id == null, access == null, "both tokens represent, or neither");
    if (representation(belasting, tokens.getIdToken()) == null) {
      assertEquals(
          representation(belasting, tokens.getAccessToken()), null, "myself in both tokens");
      return null;
    }
    if ("urn:nl-eid-gdi:1.0:id:legacy-BSN".equals(id.get("sub_id_type"))) {
      assertRepresentsBsn(access, String.valueOf(id.get("sub")), false);
    } else {
      assertEquals(id.get("sub"), access.get("sub"), "a company: its KvK number in both");
    }
    return id.get("sub");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> deepest(Map<String, Object> represents) {
    Map<String, Object> party = represents;
    while (party != null && party.get("represents") instanceof Map<?, ?> inner) {
      party = (Map<String, Object>) inner;
    }
    return party;
  }

  @Test
  void refreshKeepsItsOwnPrincipalAfterALaterLoginChoseMyself() throws IOException {
    TwoLogins logins = twoLogins(digid("jan"), "Bea de Vries", MYSELF);
    AccessTokenResponse bea = logins.first();
    AccessTokenResponse myself = logins.second();

    assertEquals(sid(bea.getIdToken()), sid(myself.getIdToken()), "one user session, one client session");
    assertEquals(BEA, principalOf(bea));
    assertNull(principalOf(myself));

    AccessTokenResponse beaRefreshed = refresh(bea);
    assertEquals(BEA, principalOf(beaRefreshed), "Bea's token never loses her");
    assertEquals(
        representation(belasting, bea.getAccessToken()).get("mandate_id"),
        representation(belasting, beaRefreshed.getAccessToken()).get("mandate_id"));
    assertNull(principalOf(refresh(myself)), "the 'myself' token never gains Bea");
    assertEquals(BEA, principalOf(refresh(beaRefreshed)), "and again");

    UserInfoResponse beaInfo = belasting.doUserInfoRequest(bea.getAccessToken());
    assertEquals(200, beaInfo.getStatusCode());
    assertEquals(BEA, representsIn(beaInfo.getUserInfo().getOtherClaims()));
    UserInfoResponse myInfo = belasting.doUserInfoRequest(myself.getAccessToken());
    assertEquals(200, myInfo.getStatusCode());
    assertNull(myInfo.getUserInfo().getOtherClaims().get("represents"));

    JsonNode beaIntrospected = belasting.doIntrospectionAccessTokenRequest(bea.getAccessToken()).asJsonNode();
    assertTrue(beaIntrospected.path("active").asBoolean(), beaIntrospected.toString());
    assertEquals( // a resource server's view: the pseudonym of the access token, never the BSN
        represents(belasting, bea.getAccessToken()).get("sub"),
        beaIntrospected.path("represents").path("sub").asText(),
        beaIntrospected.toString());
    assertFalse(beaIntrospected.toString().contains(BEA), beaIntrospected.toString());
    JsonNode myIntrospected = belasting.doIntrospectionAccessTokenRequest(myself.getAccessToken()).asJsonNode();
    assertTrue(myIntrospected.path("active").asBoolean(), myIntrospected.toString());
    assertTrue(myIntrospected.path("represents").isMissingNode(), myIntrospected.toString());
  }

  @Test
  void myselfTokenNeverGainsThePrincipalOfALaterLogin() {
    TwoLogins logins = twoLogins(digid("jan"), MYSELF, "Bea de Vries");

    assertNull(principalOf(refresh(logins.first())));
    assertEquals(BEA, principalOf(refresh(logins.second())));
  }

  @Test
  void companyEmployeeKeepsEachCompanyInItsOwnTokens() {
    TwoLogins logins = twoLogins(eherkenning("anna"), "Bakkerij De Deeg", "Jan Jansen");
    AccessTokenResponse deeg = logins.first();
    AccessTokenResponse jan = logins.second();

    assertEquals(KVK_DEEG, principalOf(deeg));
    assertEquals(JAN, principalOf(jan));
    AccessTokenResponse deegRefreshed = refresh(deeg);
    assertEquals(KVK_DEEG, principalOf(deegRefreshed), "the first tab stays with Bakkerij De Deeg");
    assertEquals(
        representation(belasting, deeg.getIdToken()).get("mandate_id"),
        representation(belasting, deegRefreshed.getIdToken()).get("mandate_id"));
    assertEquals(JAN, principalOf(refresh(jan)));
  }

  @Test
  void companyEmployeeActingAsHerselfAfterActingForACompanyKeepsBothApart() {
    TwoLogins logins = twoLogins(eherkenning("anna"), "Bakkerij De Deeg", MYSELF);

    assertEquals(KVK_DEEG, principalOf(refresh(logins.first())));
    assertNull(principalOf(refresh(logins.second())));
  }

  @Test
  void companyEmployeeActingAsHerselfFirstNeverGainsTheCompanyOfALaterLogin() {
    TwoLogins logins = twoLogins(eherkenning("anna"), MYSELF, "Bakkerij De Deeg");

    assertNull(principalOf(refresh(logins.first())));
    assertEquals(KVK_DEEG, principalOf(refresh(logins.second())));
  }

  @Test
  void codeOfAnEarlierTabIsExchangedForItsOwnChoice() {
    // tab 1 chooses Bea, but its service exchanges the code only after tab 2 has logged in as "myself"
    PkceGenerator first = open();
    browser.loginWithDigid("jan");
    browser.actFor("Bea de Vries");
    String beaCode = code();

    PkceGenerator second = open();
    browser.actAsMyself();
    AccessTokenResponse myself = exchange(code(), second);
    AccessTokenResponse bea = exchange(beaCode, first);

    assertEquals(BEA, principalOf(bea));
    assertNull(principalOf(myself));
  }

  @Test
  void everyTokenNamesItsOwnChoice() {
    TwoLogins logins = twoLogins(digid("jan"), "Bea de Vries", MYSELF);
    AccessTokenResponse bea = logins.first();
    AccessTokenResponse myself = logins.second();

    Object beaChoice = claim(bea.getAccessToken(), "namens_choice");
    assertNotNull(beaChoice);
    assertEquals(beaChoice, claim(bea.getIdToken(), "namens_choice"));
    assertEquals(beaChoice, belasting.parseRefreshToken(bea.getRefreshToken()).getOtherClaims().get("namens_choice"));
    assertNotEquals(beaChoice, claim(myself.getAccessToken(), "namens_choice"));
    assertEquals(beaChoice, claim(refresh(bea).getAccessToken(), "namens_choice"));
  }

  @Test
  void revokingTheMandateOfAnEarlierLoginsChoiceRefusesItsTokens() throws IOException {
    String mandate =
        register.createMandate(
            "BSN", BEA, "BSN", LOTTE, List.of(BELASTINGAANGIFTE), LocalDate.now().minusDays(1), LocalDate.now().plusMonths(6));
    AccessTokenResponse bea = twoLogins(digid("lotte"), "Bea de Vries", MYSELF).first();

    register.revoke(mandate); // the register also ends the broker session acting under it (docs/providers.md)

    AccessTokenResponse refused = belasting.doRefreshTokenRequest(bea.getRefreshToken());
    assertEquals(400, refused.getStatusCode());
    assertEquals("invalid_grant", refused.getError());
    assertNull(refused.getAccessToken());
    assertEquals(401, belasting.doUserInfoRequest(bea.getAccessToken()).getStatusCode());
    IntrospectionResponse introspected = belasting.doIntrospectionAccessTokenRequest(bea.getAccessToken());
    assertFalse(introspected.asJsonNode().path("active").asBoolean(), introspected.getRaw());
  }

  @Test
  void expiredMandateOfAnEarlierChoiceIsRefusedWhileTheLaterChoiceGoesOn() throws IOException {
    String mandate =
        register.createMandate(
            "BSN", BEA, "BSN", LOTTE, List.of(BELASTINGAANGIFTE), LocalDate.now().minusDays(1), LocalDate.now().plusMonths(6));
    TwoLogins logins = twoLogins(digid("lotte"), "Bea de Vries", MYSELF);
    AccessTokenResponse bea = logins.first();
    AccessTokenResponse herself = logins.second();

    register.setToday(LocalDate.now().plusMonths(7)); // the mandate has expired: the token-time check refuses it
    try {
      AccessTokenResponse refused = belasting.doRefreshTokenRequest(bea.getRefreshToken());
      assertEquals(400, refused.getStatusCode());
      assertEquals("invalid_grant", refused.getError());
      assertEquals(401, belasting.doUserInfoRequest(bea.getAccessToken()).getStatusCode());
      IntrospectionResponse introspected = belasting.doIntrospectionAccessTokenRequest(bea.getAccessToken());
      assertFalse(introspected.asJsonNode().path("active").asBoolean(), introspected.getRaw());
      AccessTokenResponse own = belasting.doRefreshTokenRequest(herself.getRefreshToken());
      if (own.getStatusCode() == 200) {
        assertNull(principalOf(own), "her own login at the same client goes on, as herself");
      } else {
        // The register's expiry job (every 2 s in this run) may meanwhile have told the broker to end the sessions
        // acting under the expired mandate: her own login shares that SSO session and ends with it (fail closed).
        // Refused for any other reason is a defect.
        assertEquals("invalid_grant", own.getError());
        assertTrue(
            broker.admin().getAdminEvents(List.of("ACTION"), null, null, null, null, null, null, null, 0, 1000).stream()
                .anyMatch(e -> e.getResourcePath() != null && e.getResourcePath().contains(mandate)),
            "her own login was refused although no session was ended for the mandate: " + own.getErrorDescription());
      }
    } finally {
      register.resetClock();
      register.revoke(mandate); // valid again in real time: no other test may find it
    }
  }

  @SuppressWarnings("unchecked")
  private static Object representsIn(Map<String, Object> claims) {
    Map<String, Object> represents = (Map<String, Object>) claims.get("represents");
    return represents == null ? null : represents.get("sub");
  }

  private Object claim(String jwt, String name) {
    return belasting.parseToken(jwt, IDToken.class).getOtherClaims().get(name);
  }
}
