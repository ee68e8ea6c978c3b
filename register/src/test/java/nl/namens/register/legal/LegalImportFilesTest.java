package nl.namens.register.legal;

import static io.restassured.RestAssured.given;
import static nl.namens.register.RegisterApi.representations;
import static nl.namens.register.legal.Legal.bsn;
import static nl.namens.register.legal.Legal.person;
import static nl.namens.register.legal.Legal.service;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import nl.namens.register.EmbeddedPostgresResource;
import nl.namens.register.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Batch files of the legal feeds ({@code POST /admin/v1/legal/imports/{brp|court}/files}): the same per-row
 * policy as the JSON API, rejections with their line in the file, whole-file faults as problems that change
 * nothing. The sample files in {@code src/test/resources/legal/} are made fresh per test (their BSNs and
 * external ids replaced) so that each test starts from a register that has never seen them.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class LegalImportFilesTest {

  private static final String CSV = "text/csv; charset=utf-8";
  private static final String JSON = "application/json";
  private static final String HEADER =
      "externalId,kind,representedBsn,representativeBsn,representedName,representativeName,"
          + "childBirthDate,court,decisionDate,decisionId,validFrom,validUntil,terminated\n";

  @Inject DataSource dataSource;

  private String financial;
  private String care;

  @BeforeEach
  void services() {
    financial = service("Belastingaangifte", "financial");
    care = service("Zorgdossier", "care");
  }

  @Test
  void brpFileIsApplied() {
    Sample brp = Sample.fresh("brp-sample.csv");

    upload("brp", CSV, brp.text())
        .statusCode(200)
        .body("source", equalTo("brp"))
        .body("received", equalTo(4))
        .body("applied", equalTo(4))
        .body("rejected", equalTo(0));

    representations(bsn(brp.bsn("999980014")), financial)
        .body("principals.principal.id", contains(brp.bsn("999980002")))
        .body("principals[0].kind", equalTo("parental-authority"));
    representations(bsn(brp.bsn("999980051")), financial)
        .body("principals.principal.id", contains(brp.bsn("999980038")));
  }

  @Test
  void courtFileIsApplied() {
    Sample court = Sample.fresh("court-sample.csv");

    upload("court", CSV, court.text())
        .statusCode(200)
        .body("source", equalTo("court"))
        .body("received", equalTo(3))
        .body("applied", equalTo(3))
        .body("rejected", equalTo(0));

    representations(bsn(court.bsn("999980099")), financial)
        .body("principals.principal.id", contains(court.bsn("999980087")))
        .body("principals[0].kind", equalTo("curatele"));
    representations(bsn(court.bsn("999980117")), financial)
        .body("principals[0].kind", equalTo("bewind"))
        .body("principals[0].validUntil", equalTo("2029-11-11"));
    representations(bsn(court.bsn("999980130")), care)
        .body("principals[0].kind", equalTo("mentorschap"))
        .body("principals[0].legalBasis.decisionId", equalTo("C/05/401234 / FA RK 26-0303"));
  }

  @Test
  void sameFileTwiceIsUnchanged() {
    String file = Sample.fresh("court-sample.csv").text();
    upload("court", CSV, file).statusCode(200).body("applied", equalTo(3));
    Map<String, Long> before = counts();

    upload("court", CSV, file)
        .statusCode(200)
        .body("received", equalTo(3))
        .body("applied", equalTo(0))
        .body("unchanged", equalTo(3))
        .body("rejected", equalTo(0));

    assertEquals(before, counts());
  }

  @Test
  void correctionFileUpdatesTheRelation() {
    String client = person();
    String administrator = person();
    String successor = person();
    String id = externalId();
    upload("court", CSV, HEADER + courtLine(id, "bewind", client, administrator, "C/16/1")).statusCode(200);
    long audit = count("legal_audit_entries");

    upload("court", CSV, HEADER + courtLine(id, "bewind", client, successor, "C/16/2"))
        .statusCode(200)
        .body("applied", equalTo(1))
        .body("unchanged", equalTo(0));

    assertEquals(audit + 1, count("legal_audit_entries"));
    representations(bsn(administrator), financial).body("principals", empty());
    representations(bsn(successor), financial)
        .body("principals.principal.id", contains(client))
        .body("principals[0].legalBasis.decisionId", equalTo("C/16/2"));
  }

  @Test
  void terminationFileEndsTheRelation() {
    String person = person();
    String curator = person();
    String id = externalId();
    String line = courtLine(id, "curatele", person, curator, "C/16/3");
    upload("court", CSV, HEADER + line).statusCode(200);
    representations(bsn(curator), financial).body("principals", hasSize(1));

    String terminated = line.substring(0, line.length() - 1) + "true\n";
    upload("court", CSV, HEADER + terminated).statusCode(200).body("applied", equalTo(1));

    representations(bsn(curator), financial).body("principals", empty());
    upload("court", CSV, HEADER + terminated).statusCode(200).body("unchanged", equalTo(1));
  }

  @Test
  void badRowsAreRejectedWithTheirLineAndGoodRowsKept() {
    String administrator = person();
    String client = person();
    String other = person();
    String good = externalId();
    String badBsn = externalId();
    String badDate = externalId();
    String unknownKind = externalId();
    String badFlag = externalId();
    String badCourt = externalId();
    String second = externalId();
    String file =
        HEADER
            + courtLine(good, "bewind", client, administrator, "C/16/10") // line 2
            + courtLine(badBsn, "bewind", "123456789", administrator, "C/16/11") // line 3
            + courtLine(badDate, "bewind", person(), administrator, "C/16/12")
                .replace("2025-06-01", "01-06-2025") // line 4
            + courtLine(unknownKind, "voogdij", person(), administrator, "C/16/13") // line 5
            + courtLine(good, "bewind", person(), administrator, "C/16/14") // line 6: same externalId
            + badCourt + ",bewind," + person() + "," + administrator + "\n" // line 7: 4 cells
            + courtLine(badFlag, "bewind", person(), administrator, "C/16/15")
                .replace(",,,\n", ",,,ja\n") // line 8
            + badCourt
            + ",bewind,"
            + person()
            + ","
            + administrator
            + ",,,,\"Rechtbank\nAmsterdam\",2025-06-01,C/16/16,,,\n" // lines 9-10: quoted line break
            + courtLine(second, "mentorschap", other, administrator, "C/16/17"); // line 11
    long before = count("legal_representations");

    upload("court", CSV, file)
        .statusCode(200)
        .body("received", equalTo(9))
        .body("applied", equalTo(2))
        .body("rejected", equalTo(7))
        .body("rejections.line", contains(3, 4, 5, 6, 7, 8, 9))
        .body("rejections.index", contains(1, 2, 3, 4, 5, 6, 7))
        .body(
            "rejections.externalId",
            contains(badBsn, badDate, unknownKind, good, null, badFlag, badCourt))
        .body(
            "rejections.reason",
            contains(
                "representedBsn is not a valid BSN",
                "decisionDate is not a date (yyyy-mm-dd)",
                "kind must be one of curatele, bewind, mentorschap for the court source",
                "externalId occurs more than once in the batch",
                "has 4 cells where the header has 13 columns",
                "terminated must be true or false",
                "court is longer than 200 characters or holds forbidden characters"))
        .body("rejections.reason", everyItem(not(containsString(administrator))));

    assertEquals(before + 2, count("legal_representations"));
    representations(bsn(administrator), financial).body("principals.principal.id", contains(client));
    representations(bsn(administrator), care).body("principals.principal.id", contains(other));
  }

  @Test
  void unbalancedQuoteRejectsTheWholeFile() {
    String file =
        HEADER
            + courtLine(externalId(), "bewind", person(), person(), "C/16/20")
            + courtLine(externalId(), "bewind", person(), person(), "C/16/21")
                .replace("Rechtbank", "\"Rechtbank");
    Map<String, Long> before = counts();

    problem(upload("court", CSV, file), 400, "malformed-request")
        .body("detail", containsString("line 3"));

    assertEquals(before, counts());
  }

  @Test
  void unknownColumnRejectsTheWholeFile() {
    String file =
        HEADER.replace("validUntil", "validUntill")
            + courtLine(externalId(), "bewind", person(), person(), "C/16/30");
    Map<String, Long> before = counts();

    problem(upload("court", CSV, file), 400, "import-header-invalid")
        .body("violations[0].field", equalTo("header"))
        .body("violations[0].message", containsString("unknown column validUntill"));

    assertEquals(before, counts());
  }

  @Test
  void fileWithoutHeaderIsRefusedWithoutRepeatingItsCells() {
    String child = person();
    String file = child + "," + person() + ",2016-01-01\n";
    Map<String, Long> before = counts();

    problem(upload("brp", CSV, file), 400, "import-header-invalid")
        .body("violations[0].field", equalTo("header"))
        .body("violations[0].message", containsString("unknown column at position 1"))
        .body("detail", not(containsString(child)));

    assertEquals(before, counts());
  }

  @Test
  void byteOrderMarkIsIgnored() {
    Sample brp = Sample.fresh("brp-sample.csv");

    upload("brp", CSV, "\uFEFF" + brp.text()).statusCode(200).body("applied", equalTo(4));
  }

  @Test
  void headerWithoutARequiredColumnRejectsTheWholeFile() {
    String client = person();
    String file =
        "externalId,kind,representedBsn,representativeBsn,court,decisionDate\n"
            + externalId() + ",bewind," + client + "," + person() + ",Rechtbank Amsterdam,2025-06-01\n";
    Map<String, Long> before = counts();

    problem(upload("court", CSV, file), 400, "import-header-invalid")
        .body("violations[0].field", equalTo("header"))
        .body("violations[0].message", equalTo("lacks the required column decisionId"))
        .body("detail", not(containsString(client)));

    assertEquals(before, counts());
  }

  @Test
  void emptyFileIsRefused() {
    Map<String, Long> before = counts();

    problem(upload("brp", CSV, ""), 400, "import-file-empty")
        .body("violations[0].field", equalTo("file"))
        .body("violations[0].message", containsString("is empty"));

    assertEquals(before, counts());
  }

  @Test
  void headerOnlyFileImportsNothing() {
    upload("brp", CSV, HEADER)
        .statusCode(200)
        .body("received", equalTo(0))
        .body("applied", equalTo(0))
        .body("rejections", empty());
  }

  @Test
  void fileOfMoreThan1000RowsIsRefusedWhole() {
    StringBuilder file = new StringBuilder("externalId,representedBsn,representativeBsn,childBirthDate\n");
    for (int i = 0; i <= ImportBatch.MAX_ROWS; i++) {
      file.append("m").append(i).append(',').append(person()).append(',').append(person())
          .append(",2016-01-01\n");
    }
    assertTrue(file.length() < 64 * 1024, "the file stays under the body limit");
    Map<String, Long> before = counts();

    problem(upload("brp", CSV, file.toString()), 400, "import-file-too-many-rows")
        .body("maxRows", equalTo(1000))
        .body("violations[0].field", equalTo("file"))
        .body("violations[0].message", containsString("more than 1000 rows"));

    assertEquals(before, counts());
  }

  @Test
  void otherMediaTypesAreRefused() {
    String file = Sample.fresh("brp-sample.csv").text();
    Map<String, Long> before = counts();

    problem(upload("brp", "text/plain", file), 415, "unsupported-media-type");
    problem(upload("brp", "text/csv; charset=ISO-8859-1", file), 415, "unsupported-media-type")
        .body("detail", containsString("UTF-8"));

    assertEquals(before, counts());
  }

  @Test
  void notUtf8IsRefused() {
    byte[] latin1 = (HEADER + "Jos\u00e9\n").getBytes(StandardCharsets.ISO_8859_1);

    given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(CSV)
        .body(latin1)
        .post("/admin/v1/legal/imports/brp/files")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:namens:problem:malformed-request"))
        .body("detail", equalTo("The file is not UTF-8 text."));
  }

  @Test
  void jsonFileIsAppliedRowByRow() {
    Sample json = Sample.fresh("court-sample.json");
    String administrator = person();
    String bad =
        json.text()
            .replaceFirst(
                "\\n]\\s*$",
                ",\n  {\"externalId\": \"J-1\", \"kind\": \"bewind\", \"terminated\": \"ja\"},\n"
                    + "  {\"externalId\": \"J-2\", \"validUntill\": \"2030-01-01\"},\n"
                    + "  \"" + administrator + "\"\n]\n");

    upload("court", JSON, bad)
        .statusCode(200)
        .body("received", equalTo(5))
        .body("applied", equalTo(2))
        .body("rejections.index", contains(2, 3, 4))
        .body("rejections.line", contains(22, 23, 24))
        .body("rejections.externalId", contains("J-1", "J-2", null))
        .body(
            "rejections.reason",
            contains(
                "terminated must be true or false",
                "has an unknown field validUntill",
                "row is not a JSON object"))
        .body("rejections.reason", everyItem(not(containsString(administrator))));

    representations(bsn(json.bsn("999980154")), financial).body("principals", hasSize(1));
    representations(bsn(json.bsn("999980154")), care).body("principals", hasSize(1));
  }

  @Test
  void jsonFileMustBeAnArray() {
    Map<String, Long> before = counts();

    problem(upload("court", JSON, "{\"rows\": []}"), 400, "import-file-not-array")
        .body("violations[0].message", equalTo("must be a JSON array of rows"));
    problem(upload("court", JSON, "[{\"externalId\": \"x\",\n"), 400, "malformed-request");

    assertEquals(before, counts());
  }

  @Test
  void filesNeedTheAdminRole() {
    String file = Sample.fresh("brp-sample.csv").text();
    Map<String, Long> before = counts();

    given()
        .contentType(CSV)
        .body(file.getBytes(StandardCharsets.UTF_8))
        .post("/admin/v1/legal/imports/brp/files")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
    given()
        .auth()
        .oauth2(Tokens.bvd())
        .contentType(CSV)
        .body(file.getBytes(StandardCharsets.UTF_8))
        .post("/admin/v1/legal/imports/brp/files")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");

    assertEquals(before, counts());
  }

  // --- helpers -------------------------------------------------------------------------------------------

  private static RequestSpecification asAdmin() {
    return given().auth().oauth2(Tokens.admin());
  }

  private static ValidatableResponse upload(String source, String contentType, String file) {
    return asAdmin()
        .contentType(contentType)
        .body(file.getBytes(StandardCharsets.UTF_8))
        .post("/admin/v1/legal/imports/" + source + "/files")
        .then();
  }

  private static ValidatableResponse problem(ValidatableResponse response, int status, String type) {
    return response
        .statusCode(status)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:namens:problem:" + type))
        .body("status", equalTo(status));
  }

  private static String externalId() {
    return "rec-" + UUID.randomUUID();
  }

  /** A court line in the column order of {@link #HEADER}, decided on 2025-06-01, not terminated. */
  private static String courtLine(
      String externalId, String kind, String person, String representative, String decisionId) {
    return String.join(
            ",",
            externalId,
            kind,
            person,
            representative,
            "",
            "Vertegenwoordiger " + kind,
            "",
            "Rechtbank Midden-Nederland",
            "2025-06-01",
            decisionId,
            "",
            "",
            "")
        + "\n";
  }

  private Map<String, Long> counts() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String table : List.of("legal_representations", "legal_audit_entries", "parties")) {
      counts.put(table, count(table));
    }
    return counts;
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

  /**
   * A sample file of {@code src/test/resources/legal/} with every BSN (999xxxxxx) replaced by a fresh one and
   * every external id made unique, so that each test imports data the register has never seen.
   */
  private record Sample(String text, Map<String, String> bsns) {

    private static final Pattern BSN = Pattern.compile("(?<![0-9])999[0-9]{6}(?![0-9])");
    private static final Pattern EXTERNAL_ID = Pattern.compile("\\b(BRP|CCBR)-[0-9]{6}\\b");

    static Sample fresh(String name) {
      String text;
      try (InputStream in = LegalImportFilesTest.class.getResourceAsStream("/legal/" + name)) {
        text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Map<String, String> bsns = new HashMap<>();
      Matcher bsn = BSN.matcher(text);
      text = bsn.replaceAll(m -> bsns.computeIfAbsent(m.group(), k -> person()));
      String run = UUID.randomUUID().toString().substring(0, 8);
      text = EXTERNAL_ID.matcher(text).replaceAll(m -> m.group() + "-" + run);
      return new Sample(text, bsns);
    }

    /** The fresh BSN that stands for {@code original} of the sample file. */
    String bsn(String original) {
      String fresh = bsns.get(original);
      assertTrue(fresh != null, "the sample holds " + original);
      return fresh;
    }
  }
}
