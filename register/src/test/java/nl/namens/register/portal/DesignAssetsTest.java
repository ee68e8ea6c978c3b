package nl.namens.register.portal;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import nl.namens.register.EmbeddedPostgresResource;
import org.junit.jupiter.api.Test;

/**
 * The portal wears the one Namens look: the NL Design System CSS and the Namens tokens of the design module are
 * served from that jar's META-INF/resources without a login, and every portal page links them (docs/ui.md).
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class DesignAssetsTest {

  @Test
  void tokensComponentsAndBaseAreServedWithoutLogin() {
    for (String path :
        new String[] {
          "/namens-design/namens-tokens.css",
          "/namens-design/utrecht/index.css",
          "/namens-design/utrecht/html.css",
          "/namens-design/namens-base.css",
          "/portal/assets/portal.css"
        }) {
      given().get(path).then().statusCode(200).contentType(startsWith("text/css"));
    }
    given().get("/namens-design/namens-tokens.css").then().body(containsString(".namens-theme"));
    given().get("/namens-design/utrecht/index.css").then().body(containsString(".utrecht-button"));
  }

  @Test
  void theLoggedOutPageLinksTheDesignStylesheetsBeforeThePortalsOwn() {
    String page = given().get("/portal/public/logged-out").then().statusCode(200).extract().asString();
    int tokens = page.indexOf("href=\"/namens-design/namens-tokens.css\"");
    int components = page.indexOf("href=\"/namens-design/utrecht/index.css\"");
    int portal = page.indexOf("href=\"/portal/assets/portal.css\"");
    assertTrue(
        tokens > 0 && components > tokens && portal > components, "tokens, components, then the portal's CSS");
    assertTrue(page.contains("class=\"namens-theme utrecht-html\""));
  }
}
