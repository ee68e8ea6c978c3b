package nl.namens.register.bvd;

import static nl.namens.register.RegisterApi.activeMandate;
import static nl.namens.register.RegisterApi.authorizations;
import static nl.namens.register.RegisterApi.person;
import static nl.namens.register.RegisterApi.registerParty;
import static nl.namens.register.RegisterApi.representations;
import static nl.namens.register.RegisterApi.service;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import nl.namens.register.EmbeddedPostgresResource;
import org.junit.jupiter.api.Test;

/**
 * Rows stored before the entrances enforced the date rule: the BVD still answers the relation (it is in force
 * today), with its dates inside the range, so the broker never meets a year like 99999. Such rows cannot be
 * made through the API any more, which is the point; this test alone writes them with SQL.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class LegacyDatesTest {

  @Inject DataSource dataSource;

  private void sql(String statement, Object... parameters) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(statement)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aLegacyMandateValidUntilYear99999IsAnsweredUntil9999AndABirthIn2999WithoutBirthYear() {
    String service = service("Belastingaangifte");
    Map<String, Object> principal = registerParty(person(), "Oude Rij");
    Map<String, Object> representative = person();
    String mandateId = activeMandate(principal, representative, service);
    sql("update mandates set valid_until = '99999-12-31'::date where id = ?", UUID.fromString(mandateId));
    sql(
        "update parties set birth_date = '2999-01-01'::date where type = ? and identifier = ?",
        principal.get("type"),
        principal.get("id"));

    representations(representative, service)
        .statusCode(200)
        .body("principals", hasSize(1))
        .body("principals[0].mandateId", equalTo(mandateId))
        .body("principals[0].validUntil", equalTo("9999-12-31"))
        .body("principals[0].principal.birthYear", nullValue());
    authorizations(representative, principal, service, mandateId)
        .statusCode(200)
        .body("authorized", equalTo(true))
        .body("representation.validUntil", equalTo("9999-12-31"));
  }
}
