package nl.namens.tests.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.keycloak.representations.AccessToken;
import org.keycloak.representations.IDToken;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.injection.LifeCycle;
import org.keycloak.testframework.oauth.OAuthClient;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.keycloak.testsuite.util.oauth.AccessTokenRequest;
import org.keycloak.testsuite.util.oauth.AccessTokenResponse;
import org.keycloak.testsuite.util.oauth.AuthorizationEndpointResponse;
import org.keycloak.testsuite.util.oauth.LoginUrlBuilder;
import org.keycloak.testsuite.util.oauth.PkceGenerator;

/**
 * The whole system for a test: Keycloak with the Namens providers, the broker realm and both simulator realms
 * (from realm-config), and the register on embedded PostgreSQL with the demo data. Every test starts logged out
 * everywhere, as a new visitor would.
 */
public abstract class BrokerTestBase {

  @InjectRealm(ref = "digid-sim", config = Realms.DigidSimulator.class, lifecycle = LifeCycle.GLOBAL)
  protected ManagedRealm digidSimulator;

  @InjectRealm(
      ref = "eherkenning-sim",
      config = Realms.EherkenningSimulator.class,
      lifecycle = LifeCycle.GLOBAL)
  protected ManagedRealm eherkenningSimulator;

  @InjectRealm(ref = "namens", config = Realms.Broker.class, lifecycle = LifeCycle.GLOBAL)
  protected ManagedRealm broker;

  @InjectWebDriver protected ManagedWebDriver driver;

  protected BrokerBrowser browser;

  private static int warmedRegisterStart = -1;

  @BeforeEach
  void newVisitor() throws IllegalAccessException {
    // here, not in @BeforeAll: the test framework has started Keycloak by now, and the register takes its service
    // catalogue from the broker when it starts (before loading the demo data)
    RegisterStack.ensureRunning();
    browser = new BrokerBrowser(driver);
    for (Class<?> type = getClass(); type != Object.class; type = type.getSuperclass()) {
      for (java.lang.reflect.Field field : type.getDeclaredFields()) {
        if (field.getType() == OAuthClient.class) { // injected by the test framework, which knows only secrets
          field.setAccessible(true);
          OAuthClient oauth = (OAuthClient) field.get(this);
          if (oauth != null) {
            ClientKeys.signing(oauth);
          }
        }
      }
    }
    if (warmedRegisterStart != RegisterStack.starts()) {
      new RegisterAdmin().warmUpBvd(); // a cold register may miss the broker's timeout on the first login
      warmedRegisterStart = RegisterStack.starts();
    }
  }

  /**
   * Waits until the broker user {@code userId} has no session left, and fails with {@code what} if one stays: the
   * register tells the broker at once after its commit, or after its retries (2, 5, 15, 30 s) when the broker's
   * token endpoint refused for a moment, so up to a minute.
   */
  protected void awaitNoSessions(String userId, String what) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 60_000;
    while (!broker.admin().users().get(userId).getUserSessions().isEmpty() && System.currentTimeMillis() < deadline) {
      Thread.sleep(200);
    }
    assertEquals(0, broker.admin().users().get(userId).getUserSessions().size(), what);
  }

  /** Ends every session (broker and simulators) and forgets the cookies: the next login starts from scratch. */
  @AfterEach
  protected void logoutEverywhere() {
    broker.admin().logoutAll();
    digidSimulator.admin().logoutAll();
    eherkenningSimulator.admin().logoutAll();
    driver.driver().manage().deleteAllCookies();
  }

  /**
   * The browser forgets every cookie of the broker, the simulators and the portal while the sessions stay on the
   * servers: the next person at this computer while the last one's sessions live on, as at another computer.
   * WebDriver's {@code deleteAllCookies} deletes only the cookies the current page would be sent (host and path), so
   * each cookie path is visited first.
   */
  protected void forgetCookies() {
    for (String url :
        List.of(
            RealmJson.KEYCLOAK_URL + "/realms/namens/.well-known/openid-configuration",
            RealmJson.KEYCLOAK_URL + "/realms/digid-sim/.well-known/openid-configuration",
            RealmJson.KEYCLOAK_URL + "/realms/eherkenning-sim/.well-known/openid-configuration",
            RegisterStack.URL + "/portal/public/logged-out")) {
      driver.driver().navigate().to(url);
      driver.driver().manage().deleteAllCookies();
    }
  }

  private final Map<OAuthClient, PkceGenerator> pkce = new IdentityHashMap<>();

  /**
   * Opens the client's login with the service scope and PKCE (S256), as the demo service provider does.
   */
  protected void openLogin(OAuthClient oauth, String serviceUuid) {
    openLogin(oauth, serviceUuid, null);
  }

  /**
   * As {@link #openLogin(OAuthClient, String)}, with {@code ui_locales} (when not null): the broker's pages in that
   * language whatever the browser prefers (the test browser asks for English).
   */
  protected void openLogin(OAuthClient oauth, String serviceUuid, String uiLocales) {
    loginForm(oauth, serviceUuid, uiLocales).open();
  }

  /**
   * The authorization URL {@link #openLogin(OAuthClient, String, String)} opens, for another browser (Chromium): the
   * same scope, PKCE and {@code ui_locales}. A code sent to the client's redirect URI is of no use to this class then
   * (the test framework's browser did not follow it); the URL serves to reach the broker's pages.
   */
  protected String loginUrl(OAuthClient oauth, String serviceUuid, String uiLocales) {
    return loginForm(oauth, serviceUuid, uiLocales).build();
  }

  private LoginUrlBuilder loginForm(OAuthClient oauth, String serviceUuid, String uiLocales) {
    PkceGenerator challenge = PkceGenerator.s256();
    pkce.put(oauth, challenge);
    oauth.scope("openid urn:uuid:" + serviceUuid);
    LoginUrlBuilder login = oauth.loginForm().codeChallenge(challenge);
    if (uiLocales != null) {
      login.uiLocales(uiLocales);
    }
    return login;
  }

  /** The code exchange of the last login opened for this client. */
  protected AccessTokenResponse exchange(OAuthClient oauth, String code) {
    return codeExchange(oauth, code).send();
  }

  /** The code exchange request of the last login opened for this client, to send as it is or altered. */
  protected AccessTokenRequest codeExchange(OAuthClient oauth, String code) {
    return oauth.accessTokenRequest(code).codeVerifier(pkce.get(oauth));
  }

  protected AccessTokenResponse tokensAfterLogin(OAuthClient oauth) {
    AuthorizationEndpointResponse response = oauth.parseLoginResponse();
    if (response.getCode() == null) {
      throw new AssertionError(
          "no authorization code: " + response.getError() + " " + response.getErrorDescription() + " at "
              + driver.getCurrentUrl() + ": " + browser.pageText());
    }
    return exchange(oauth, response.getCode());
  }

  /**
   * The authorization code the client received, or null when the browser is still at the broker (checked at
   * once: parseLoginResponse would wait for a redirect that is not coming).
   */
  protected String codeReceived(OAuthClient oauth) {
    if (driver.getCurrentUrl().startsWith(RealmJson.KEYCLOAK_URL + "/")) {
      return null;
    }
    AuthorizationEndpointResponse response = oauth.parseLoginResponse();
    return response.isRedirected() ? response.getCode() : null;
  }

  @SuppressWarnings("unchecked")
  protected static Map<String, Object> represents(OAuthClient oauth, String jwt) {
    IDToken token = oauth.parseToken(jwt, IDToken.class);
    return (Map<String, Object>) token.getOtherClaims().get("represents");
  }

  @SuppressWarnings("unchecked")
  protected static Map<String, Object> representation(OAuthClient oauth, String jwt) {
    IDToken token = oauth.parseToken(jwt, IDToken.class);
    return (Map<String, Object>) token.getOtherClaims().get("representation");
  }

  /** {@code representation.legal_basis} of a legal representation or survivor mandate. */
  @SuppressWarnings("unchecked")
  protected static Map<String, Object> legalBasis(OAuthClient oauth, String jwt) {
    Map<String, Object> representation = representation(oauth, jwt);
    return representation == null ? null : (Map<String, Object>) representation.get("legal_basis");
  }

  /**
   * The represented party of {@code represents} in a token of a client allowed BSNs: the BSN in the ID token
   * ({@code idToken}), the client's pseudonym in the access token (which resource servers read: never a BSN).
   */
  protected static void assertRepresentsBsn(Map<String, Object> represents, String bsn, boolean idToken) {
    if (idToken) {
      org.junit.jupiter.api.Assertions.assertEquals(bsn, represents.get("sub"));
      org.junit.jupiter.api.Assertions.assertEquals("urn:nl-eid-gdi:1.0:id:legacy-BSN", represents.get("sub_id_type"));
    } else {
      org.junit.jupiter.api.Assertions.assertEquals("urn:nl-eid-gdi:1.0:id:pseudonym", represents.get("sub_id_type"));
      String sub = String.valueOf(represents.get("sub"));
      org.junit.jupiter.api.Assertions.assertFalse(sub.contains(bsn), "no BSN in an access token: " + sub);
    }
  }

  protected static String acr(OAuthClient oauth, String jwt) {
    return oauth.parseToken(jwt, AccessToken.class).getAcr();
  }
}
