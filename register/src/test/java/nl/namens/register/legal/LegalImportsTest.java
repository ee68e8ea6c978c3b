package nl.namens.register.legal;

import static nl.namens.register.RegisterApi.asAdmin;
import static nl.namens.register.RegisterApi.asBroker;
import static nl.namens.register.RegisterApi.representations;
import static nl.namens.register.legal.Legal.bsn;
import static nl.namens.register.legal.Legal.courtRow;
import static nl.namens.register.legal.Legal.importRows;
import static nl.namens.register.legal.Legal.parentRow;
import static nl.namens.register.legal.Legal.person;
import static nl.namens.register.legal.Legal.service;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import nl.namens.register.EmbeddedPostgresResource;
import nl.namens.register.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class LegalImportsTest {

  @Inject DataSource dataSource;

  private String financial;

  @BeforeEach
  void services() {
    financial = service("Belastingaangifte", "financial");
  }

  @Test
  void sameBatchTwiceGivesTheSameState() {
    String administrator = person();
    List<Map<String, Object>> rows =
        List.of(
            courtRow("bewind", person(), administrator), courtRow("bewind", person(), administrator));
    importRows("court", rows)
        .body("received", equalTo(2))
        .body("applied", equalTo(2))
        .body("unchanged", equalTo(0))
        .body("rejected", equalTo(0));
    long audit = count("legal_audit_entries");
    long legal = count("legal_representations");

    importRows("court", rows).body("applied", equalTo(0)).body("unchanged", equalTo(2));

    assertEquals(audit, count("legal_audit_entries"));
    assertEquals(legal, count("legal_representations"));
    representations(bsn(administrator), financial).body("principals", hasSize(2));
  }

  @Test
  void changedFieldsUnderTheSameExternalIdAreACorrection() {
    String administrator = person();
    String other = person();
    Map<String, Object> row = courtRow("bewind", person(), administrator);
    importRows("court", List.of(row));
    long audit = count("legal_audit_entries");

    Map<String, Object> corrected = new HashMap<>(row);
    corrected.put("decisionId", "C/16/CORRECTED");
    corrected.put("representativeBsn", other);
    importRows("court", List.of(corrected)).body("applied", equalTo(1));

    assertEquals(audit + 1, count("legal_audit_entries"));
    representations(bsn(administrator), financial).body("principals", empty());
    representations(bsn(other), financial)
        .body("principals", hasSize(1))
        .body("principals[0].legalBasis.decisionId", equalTo("C/16/CORRECTED"));
  }

  @Test
  void terminatedRowEndsTheRelation() {
    String administrator = person();
    Map<String, Object> row = courtRow("curatele", person(), administrator);
    importRows("court", List.of(row));
    representations(bsn(administrator), financial).body("principals", hasSize(1));

    Map<String, Object> ended = new HashMap<>(row);
    ended.put("terminated", true);
    importRows("court", List.of(ended)).body("applied", equalTo(1));

    representations(bsn(administrator), financial).body("principals", empty());
    importRows("court", List.of(ended)).body("unchanged", equalTo(1));
  }

  @Test
  void endDateInThePastEndsTheRelation() {
    String parent = person();
    Map<String, Object> row = parentRow(person(), parent, TestClock.TODAY.minusYears(4));
    row.put("validUntil", TestClock.TODAY.minusDays(1).toString());
    importRows("brp", List.of(row)).body("applied", equalTo(1));

    representations(bsn(parent), financial).body("principals", empty());
  }

  @Test
  void badRowsAreRejectedWithAReportAndGoodRowsKept() {
    String administrator = person();
    String client = person();
    Map<String, Object> good = courtRow("bewind", client, administrator);
    Map<String, Object> badBsn = courtRow("bewind", "123456789", administrator);
    Map<String, Object> noCourt = courtRow("mentorschap", person(), administrator);
    noCourt.remove("court");
    Map<String, Object> badDate = courtRow("curatele", person(), administrator);
    badDate.put("decisionDate", "01-06-2025");
    Map<String, Object> parental = parentRow(person(), administrator, TestClock.TODAY.minusYears(3));
    Map<String, Object> duplicate = new HashMap<>(good);
    Map<String, Object> self = courtRow("bewind", administrator, administrator);
    long before = count("legal_representations");

    importRows("court", List.of(good, badBsn, noCourt, badDate, parental, duplicate, self))
        .body("received", equalTo(7))
        .body("applied", equalTo(1))
        .body("rejected", equalTo(6))
        .body("rejections.index", contains(1, 2, 3, 4, 5, 6))
        .body(
            "rejections.externalId",
            contains(
                badBsn.get("externalId"),
                noCourt.get("externalId"),
                badDate.get("externalId"),
                parental.get("externalId"),
                good.get("externalId"),
                self.get("externalId")))
        .body(
            "rejections.reason",
            contains(
                "representedBsn is not a valid BSN",
                "court, decisionDate and decisionId are required for court records",
                "decisionDate is not a date (yyyy-mm-dd)",
                "kind must be one of curatele, bewind, mentorschap for the court source",
                "externalId occurs more than once in the batch",
                "represented and representative are the same person"))
        .body("rejections.reason", everyItem(not(containsString(administrator))));

    assertEquals(before + 1, count("legal_representations"));
    representations(bsn(administrator), financial).body("principals.principal.id", contains(client));
  }

  @Test
  void theFeedsCannotImportSurvivorMandates() {
    Map<String, Object> court = courtRow("survivor", person(), person());
    Map<String, Object> brp = parentRow(person(), person(), TestClock.TODAY.minusYears(3));
    brp.put("kind", "survivor");
    importRows("court", List.of(court))
        .body("rejected", equalTo(1))
        .body(
            "rejections[0].reason",
            equalTo("kind must be one of curatele, bewind, mentorschap for the court source"));
    importRows("brp", List.of(brp))
        .body("rejected", equalTo(1))
        .body("rejections[0].reason", equalTo("kind must be parental-authority for the brp source"));
  }

  @Test
  void birthDatesOfTheRepresentedAreRecordedAndAChangeIsACorrection() {
    String administrator = person();
    String client = person();
    Map<String, Object> row = courtRow("bewind", client, administrator);
    row.put("representedBirthDate", "1950-04-01");
    importRows("court", List.of(row)).body("applied", equalTo(1));
    representations(bsn(administrator), financial).body("principals[0].principal.birthYear", equalTo(1950));
    long audit = count("legal_audit_entries");

    importRows("court", List.of(row)).body("unchanged", equalTo(1));
    row.put("representedBirthDate", "1951-04-01");
    importRows("court", List.of(row)).body("applied", equalTo(1));
    assertEquals(audit + 1, count("legal_audit_entries"));
    representations(bsn(administrator), financial).body("principals[0].principal.birthYear", equalTo(1951));

    Map<String, Object> child = parentRow(person(), person(), TestClock.TODAY.minusYears(4));
    child.put("representedBirthDate", TestClock.TODAY.minusYears(5).toString());
    importRows("brp", List.of(child))
        .body("rejected", equalTo(1))
        .body("rejections[0].reason", equalTo("representedBirthDate differs from childBirthDate"));
    Map<String, Object> badDate = courtRow("bewind", person(), administrator);
    badDate.put("representedBirthDate", "1-4-1950");
    importRows("court", List.of(badDate))
        .body("rejections[0].reason", equalTo("representedBirthDate is not a date (yyyy-mm-dd)"));
  }

  @Test
  void importsNeedTheAdminRole() {
    asBroker()
        .body(Map.of("rows", List.of()))
        .post("/admin/v1/legal/imports/brp")
        .then()
        .statusCode(403);
    asAdmin().body(Map.of("rows", List.of())).post("/admin/v1/legal/imports/brp").then().statusCode(200);
  }

  @Test
  void importAuditIsAppendOnly() throws SQLException {
    importRows("court", List.of(courtRow("bewind", person(), person())));
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      SQLException e =
          assertThrows(
              SQLException.class,
              () -> s.executeUpdate("update legal_audit_entries set action = 'created'"));
      assertTrue(e.getMessage().contains("append-only"), e.getMessage());
      assertThrows(SQLException.class, () -> s.executeUpdate("delete from legal_audit_entries"));
    }
  }

  private long count(String table) {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("select count(*) from " + table)) {
      r.next();
      return r.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
