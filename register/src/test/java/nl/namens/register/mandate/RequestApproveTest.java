package nl.namens.register.mandate;

import static nl.namens.register.PortalApi.approve;
import static nl.namens.register.PortalApi.decline;
import static nl.namens.register.PortalApi.get;
import static nl.namens.register.PortalApi.outbox;
import static nl.namens.register.PortalApi.request;
import static nl.namens.register.RegisterApi.authorizations;
import static nl.namens.register.RegisterApi.person;
import static nl.namens.register.RegisterApi.registerParty;
import static nl.namens.register.RegisterApi.service;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.namens.register.EmbeddedPostgresResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class RequestApproveTest {

  private static final Pattern CODE = Pattern.compile(
          "(?<![0-9A-Za-z-])[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}(?![0-9A-Za-z-])"); // not three groups inside a UUID

  @Test
  void requestSendsTheApprovalCodeByLetterToThePrincipalOnly() {
    Map<String, Object> principal = person();
    Map<String, Object> representative = registerParty(person(), "Jan Jansen");
    String id =
        request(representative, principal, service("Belastingaangifte"))
            .statusCode(201)
            .body("status", equalTo("requested"))
            .body("awaiting", equalTo("principal"))
            .body("$", not(org.hamcrest.Matchers.hasKey("activationCode")))
            .extract()
            .path("id");

    outbox(principal)
        .body("[0].kind", equalTo("approval-code"))
        .body("[0].mandateId", equalTo(id))
        .body("[0].body", containsString("Jan Jansen vraagt u om een machtiging"));
    outbox(representative).body("kind", not(hasItem("approval-code")));
  }

  @Test
  void principalApprovesWithTheCodeFromTheLetter() {
    String service = service("Belastingaangifte");
    Map<String, Object> principal = person();
    Map<String, Object> representative = person();
    String id = request(representative, principal, service).statusCode(201).extract().path("id");

    approve(principal, id, codeFromLetter(principal)).statusCode(200).body("status", equalTo("active"));

    authorizations(representative, principal, service, id).body("authorized", equalTo(true));
    outbox(representative).body("kind", hasItem("mandate-approved"));
  }

  @Test
  void representativeCannotApproveHisOwnRequest() {
    Map<String, Object> principal = person();
    Map<String, Object> representative = person();
    String id =
        request(representative, principal, service("Belastingaangifte")).extract().path("id");

    approve(representative, id, codeFromLetter(principal))
        .statusCode(403)
        .body("detail", equalTo("Only the principal approves a requested mandate."));
    get(principal, id).body("status", equalTo("requested"));
  }

  @Test
  void principalDeclinesARequest() {
    Map<String, Object> principal = person();
    Map<String, Object> representative = person();
    String id =
        request(representative, principal, service("Belastingaangifte")).extract().path("id");

    decline(principal, id).statusCode(200).body("status", equalTo("declined"));
    outbox(representative).body("kind", hasItem("mandate-declined"));
    approve(principal, id, codeFromLetter(principal)).statusCode(409);
  }

  static String codeFromLetter(Map<String, Object> principal) {
    List<String> bodies = outbox(principal).extract().path("findAll { it.kind == 'approval-code' }.body");
    Matcher m = CODE.matcher(bodies.get(0));
    if (!m.find()) {
      throw new AssertionError("no code in the approval letter");
    }
    return m.group();
  }
}
