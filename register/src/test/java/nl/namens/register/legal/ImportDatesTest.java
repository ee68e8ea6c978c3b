package nl.namens.register.legal;

import static nl.namens.register.RegisterApi.asAdmin;
import static nl.namens.register.RegisterApi.representations;
import static nl.namens.register.legal.Legal.bsn;
import static nl.namens.register.legal.Legal.courtRow;
import static nl.namens.register.legal.Legal.importRows;
import static nl.namens.register.legal.Legal.parentRow;
import static nl.namens.register.legal.Legal.person;
import static nl.namens.register.legal.Legal.service;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import nl.namens.register.Database;
import nl.namens.register.EmbeddedPostgresResource;
import nl.namens.register.TestClock;
import nl.namens.register.problem.ProblemCode;
import nl.namens.register.validation.DateRule;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The register's date rule ({@link DateRule}) at the legal imports, through the system API and the batch
 * files: a row with a date outside the range is rejected with the field and the reason (and, in a file, its
 * line), the good rows of the same batch are kept, and a rejected correction leaves the relation as it was.
 * The rows of the issue: {@code representedBirthDate} {@code 2999-01-01} and {@code +99999-01-01}.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class ImportDatesTest {

  private static final String CSV_HEADER =
      "externalId,kind,representedBsn,representativeBsn,representedName,representedBirthDate,court,"
          + "decisionDate,decisionId,validUntil\n";

  @Inject DataSource dataSource;

  private String financial;

  @BeforeEach
  void services() {
    financial = service("Belastingaangifte", "financial");
  }

  private static Map<String, Object> bewind(String client, String administrator, String field, String value) {
    Map<String, Object> row = courtRow("bewind", client, administrator);
    row.put("representedName", "Cliënt " + client.substring(5));
    row.put(field, value);
    return row;
  }

  private static String reason(String field, String message) {
    return field + " " + message;
  }

  @Test
  void courtRowsWithDatesOutsideTheRangeAreRejectedAndTheGoodRowIsKept() {
    String administrator = person();
    String good = person();
    importRows(
            "court",
            List.of(
                bewind(good, administrator, "representedBirthDate", "1950-04-01"),
                bewind(person(), administrator, "representedBirthDate", "2999-01-01"),
                bewind(person(), administrator, "representedBirthDate", "+99999-01-01"),
                bewind(person(), administrator, "representedBirthDate", "0001-01-01"),
                bewind(person(), administrator, "validUntil", "+99999-12-31"),
                bewind(person(), administrator, "decisionDate", "2999-01-01")))
        .body("received", equalTo(6))
        .body("applied", equalTo(1))
        .body("rejected", equalTo(5))
        .body("rejections.index", contains(1, 2, 3, 4, 5))
        .body(
            "rejections.reason",
            contains(
                reason("representedBirthDate", ProblemCode.DATE_IN_FUTURE.text()),
                reason("representedBirthDate", ProblemCode.DATE_YEAR_INVALID.text()),
                reason("representedBirthDate", ProblemCode.DATE_TOO_EARLY.text()),
                reason("validUntil", ProblemCode.DATE_YEAR_INVALID.text()),
                reason("decisionDate", ProblemCode.DATE_IN_FUTURE.text())));

    representations(bsn(administrator), financial)
        .statusCode(200)
        .body("total", equalTo(1))
        .body("principals.principal.id", contains(good))
        .body("principals[0].principal.birthYear", equalTo(1950));
  }

  @Test
  void brpRowsWithAChildBornInTheFutureOrInAFiveDigitYearAreRejected() {
    String parent = person();
    Map<String, Object> future = parentRow(person(), parent, TestClock.TODAY);
    future.put("childBirthDate", "2999-01-01");
    Map<String, Object> odd = parentRow(person(), parent, TestClock.TODAY);
    odd.put("childBirthDate", "+99999-01-01");
    Map<String, Object> tomorrow = parentRow(person(), parent, TestClock.TODAY.plusDays(1));

    importRows("brp", List.of(future, odd, tomorrow))
        .body("applied", equalTo(0))
        .body(
            "rejections.reason",
            contains(
                reason("childBirthDate", ProblemCode.DATE_IN_FUTURE.text()),
                reason("childBirthDate", ProblemCode.DATE_YEAR_INVALID.text()),
                reason("childBirthDate", ProblemCode.DATE_IN_FUTURE.text())));
    representations(bsn(parent), financial).body("total", equalTo(0));
  }

  @Test
  void aCorrectionToAnOddBirthDateIsRejectedAndTheRelationStaysAsItWas() {
    String administrator = person();
    String client = person();
    Map<String, Object> row = bewind(client, administrator, "representedBirthDate", "1950-04-01");
    importRows("court", List.of(row)).body("applied", equalTo(1));
    Map<String, Long> before = Database.counts(dataSource);

    row.put("representedBirthDate", "+99999-01-01");
    importRows("court", List.of(row))
        .body("rejected", equalTo(1))
        .body("rejections[0].externalId", equalTo(row.get("externalId")))
        .body("rejections[0].reason", equalTo(reason("representedBirthDate", ProblemCode.DATE_YEAR_INVALID.text())));

    assertEquals(before, Database.counts(dataSource));
    representations(bsn(administrator), financial)
        .body("principals[0].principal.birthYear", equalTo(1950))
        .body("principals[0].legalBasis.decisionDate", equalTo("2025-06-01"));
  }

  // --- batch files ------------------------------------------------------------------------------------------

  private static ValidatableResponse upload(String source, String contentType, String file) {
    return asAdmin()
        .contentType(contentType)
        .body(file.getBytes(StandardCharsets.UTF_8))
        .post("/admin/v1/legal/imports/" + source + "/files")
        .then()
        .statusCode(200);
  }

  private static String csvLine(String externalId, String client, String administrator, String birthDate, String until) {
    return String.join(
            ",",
            externalId,
            "bewind",
            client,
            administrator,
            "Cliënt " + client.substring(5),
            birthDate,
            "Rechtbank Utrecht",
            "2025-06-01",
            "C/16/" + externalId,
            until)
        + "\n";
  }

  @Test
  void aCsvFileRejectsTheBadDatesByLineAndKeepsTheGoodRow() {
    String administrator = person();
    String good = person();
    String prefix = Legal.externalId();
    String file =
        CSV_HEADER
            + csvLine(prefix + "-1", good, administrator, "1962-08-20", "")
            + csvLine(prefix + "-2", person(), administrator, "2999-01-01", "")
            + csvLine(prefix + "-3", person(), administrator, "+99999-01-01", "")
            + csvLine(prefix + "-4", person(), administrator, "0001-01-01", "")
            + csvLine(prefix + "-5", person(), administrator, "", "+99999-12-31");

    upload("court", "text/csv; charset=utf-8", file)
        .body("received", equalTo(5))
        .body("applied", equalTo(1))
        .body("rejected", equalTo(4))
        .body("rejections.line", contains(3, 4, 5, 6))
        .body("rejections.externalId", contains(prefix + "-2", prefix + "-3", prefix + "-4", prefix + "-5"))
        .body(
            "rejections.reason",
            contains(
                reason("representedBirthDate", ProblemCode.DATE_IN_FUTURE.text()),
                reason("representedBirthDate", ProblemCode.DATE_YEAR_INVALID.text()),
                reason("representedBirthDate", ProblemCode.DATE_TOO_EARLY.text()),
                reason("validUntil", ProblemCode.DATE_YEAR_INVALID.text())));

    representations(bsn(administrator), financial)
        .body("principals.principal.id", contains(good))
        .body("principals[0].principal.birthYear", equalTo(1962));
  }

  @Test
  void aJsonFileRejectsAFiveDigitBirthYearByLine() {
    String administrator = person();
    String good = person();
    String file =
        """
        [
          {"externalId": "%s", "kind": "bewind", "representedBsn": "%s", "representativeBsn": "%s",
           "court": "Rechtbank Utrecht", "decisionDate": "2025-06-01", "decisionId": "C/16/1",
           "representedBirthDate": "1970-01-31"},
          {"externalId": "%s", "kind": "bewind", "representedBsn": "%s", "representativeBsn": "%s",
           "court": "Rechtbank Utrecht", "decisionDate": "2025-06-01", "decisionId": "C/16/2",
           "representedBirthDate": "+99999-01-01"}
        ]
        """
            .formatted(Legal.externalId(), good, administrator, Legal.externalId(), person(), administrator);

    upload("court", "application/json", file)
        .body("applied", equalTo(1))
        .body("rejected", equalTo(1))
        .body("rejections[0].index", equalTo(1))
        .body("rejections[0].line", equalTo(5))
        .body("rejections[0].reason", equalTo(reason("representedBirthDate", ProblemCode.DATE_YEAR_INVALID.text())));
    representations(bsn(administrator), financial).body("principals.principal.id", contains(good));
  }

  @Test
  void theBvdNeverAnswersABirthYearOutsideTheRange() {
    // every birth date that reaches the register passes the rule, so the BVD's birth years lie in 1900..today
    String administrator = person();
    importRows(
            "court",
            List.of(
                bewind(person(), administrator, "representedBirthDate", "1900-01-01"),
                bewind(person(), administrator, "representedBirthDate", TestClock.TODAY.toString())))
        .body("applied", equalTo(2));
    representations(bsn(administrator), financial)
        .body("principals.principal.birthYear", containsInAnyOrder(1900, TestClock.TODAY.getYear()));
  }
}
