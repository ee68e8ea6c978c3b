package nl.namens.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Fills the register's own schema (created by the register's Flyway migrations) with a {@link Shape}, in set
 * operations inside PostgreSQL ({@code INSERT ... SELECT} over {@code generate_series}): no row travels
 * through Java or JPA.
 *
 * <p>Persons are numbered 1..people: professionals first, then children, then adults. A person's party id is
 * {@code md5('bench-party-' || n)::uuid}, so mandates refer to persons by number without a join; BSNs are the
 * n-th 8-digit prefix from 10000000 whose 11-proef check digit exists (and whose weighted sum is not zero). Mandate {@code i}'s attributes are
 * drawn from {@code hashint8(i)} (repeatable), so {@code mandate_services} is derived from the same numbers
 * in a second pass.
 *
 * <p>While loading, foreign-key and other triggers are off ({@code session_replication_role = replica}; the
 * data are consistent by construction and nothing is written to the append-only audit tables; the
 * register's own {@code namens_refresh_offer_keys()} then fills the copies its triggers keep) and the
 * secondary indexes of the loaded tables are dropped and recreated from their own definitions afterwards
 * ({@code pg_get_indexdef}), so a schema change in the register needs no change here.
 */
final class DataGenerator {

  /** Surnames and initials for display names (the search matches parts of them). */
  static final List<String> SURNAMES =
      List.of(
          "de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser",
          "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks",
          "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer",
          "van der Linden", "Kok", "Jacobs", "de Haan", "Vermeulen", "van den Heuvel", "van der Veen",
          "van den Broek", "de Bruijn", "de Bruin", "van der Heijden", "Schouten", "van Beek", "Willems",
          "van Vliet");

  private static final List<String> LOADED_TABLES =
      List.of("parties", "mandates", "mandate_services", "legal_representations");

  private final Shape shape;
  private final List<String> serviceIds;
  private final String taxService;
  private final Consumer<String> log;

  /**
   * @param serviceIds the catalogue's services (already stored), in a fixed order
   * @param taxService the service every professional mandate covers (Belastingaangifte)
   */
  DataGenerator(Shape shape, List<String> serviceIds, String taxService, Consumer<String> log) {
    this.shape = shape;
    this.serviceIds = List.copyOf(serviceIds);
    this.taxService = taxService;
    this.log = log;
  }

  void generate(Connection connection) throws SQLException {
    connection.setAutoCommit(true);
    try (Statement sql = connection.createStatement()) {
      sql.execute("set timezone = 'Europe/Amsterdam'");
      sql.execute("set session_replication_role = replica");
      sql.execute("set work_mem = '256MB'");
      sql.execute("set maintenance_work_mem = '1GB'");
      sql.execute(
          "create function pg_temp.bench_rand(i bigint, salt int) returns double precision"
              + " language sql immutable parallel safe as"
              + " $$ select (hashint8(i * 1000003 + salt)::bigint + 2147483648) / 4294967296.0 $$");
      List<String> indexes = dropSecondaryIndexes(connection);
      timed("parties", () -> insertParties(sql));
      timed("mandates", () -> insertMandates(sql));
      timed("mandate_services", () -> insertMandateServices(sql));
      timed("legal_representations", () -> insertLegal(sql));
      // the register's copies that its triggers keep (sort keys, service ids), by its own function
      timed("offer keys", () -> sql.execute("select namens_refresh_offer_keys()"));
      timed("secondary indexes", () -> {
        for (String index : indexes) {
          sql.execute(index);
        }
      });
      sql.execute("set session_replication_role = origin");
      timed("vacuum analyze", () -> {
        for (String table : LOADED_TABLES) {
          sql.execute("vacuum (analyze) " + table);
        }
      });
      sql.execute("checkpoint");
    }
  }

  /** Persons: professionals 1..P, children P+1..P+C, adults after them. */
  private void insertParties(Statement sql) throws SQLException {
    long people = shape.people();
    long professionals = shape.professionals();
    long children = shape.children();
    // enough 8-digit prefixes for `people` valid BSNs (10 in 11 prefixes have a check digit)
    long prefixes = people * 11 / 10 + 1_000;
    sql.execute(
        "insert into parties (id, type, identifier, display_name, created_at, birth_date)"
            + " select md5('bench-party-' || n)::uuid, 'BSN', (p * 10 + s % 11)::text,"
            + " chr(65 + (hashint8(n) & 16777215) % 26) || '. '"
            + "   || (" + surnames() + ")[1 + (hashint8(n + 7) & 16777215) % " + SURNAMES.size() + "],"
            + " now(),"
            + " case when n > " + professionals + " and n <= " + (professionals + children)
            + "   then " + childBirthDate("n")
            + "   else date '1930-01-01' + (pg_temp.bench_rand(n, 11) * 27000)::int end"
            + " from (select row_number() over (order by p) as n, p, s from ("
            + "   select p, 9 * (p / 10000000 % 10) + 8 * (p / 1000000 % 10) + 7 * (p / 100000 % 10)"
            + "     + 6 * (p / 10000 % 10) + 5 * (p / 1000 % 10) + 4 * (p / 100 % 10) + 3 * (p / 10 % 10)"
            + "     + 2 * (p % 10) as s"
            + "   from generate_series(10000000::bigint, " + (10_000_000L + prefixes) + "::bigint) p) x"
            + "   where s % 11 <> 10 and s >= 11) y" // the 11-proef also wants a non-zero sum
            + " where n <= " + people);
  }

  /** A child's birth date: the same in parties and in the parental-authority rows (0 to 17.8 years ago). */
  private static String childBirthDate(String ordinal) {
    return "(current_date - 1 - (pg_temp.bench_rand(" + ordinal + ", 9) * 6500)::int)";
  }

  /** A random adult's number, drawn from row number {@code i} (an SQL expression) and a salt. */
  private String adult(String i, String salt) {
    return "(" + firstAdult() + " + floor(pg_temp.bench_rand(" + i + ", " + salt + ") * " + adults() + ")::bigint)";
  }

  private String adult(String salt) {
    return adult("i", salt);
  }

  /** Another adult than {@code other} (an SQL expression) when {@code drawn} happens to be {@code other}. */
  private String otherAdult(String drawn, String other) {
    return "case when " + drawn + " = " + other + " then " + firstAdult() + " + (" + drawn + " - " + firstAdult()
        + " + 1) % " + adults() + " else " + drawn + " end";
  }

  private long firstAdult() {
    return shape.professionals() + shape.children() + 1;
  }

  private long adults() {
    return shape.people() - firstAdult() + 1;
  }

  /**
   * Professional mandates first (i = 1..proRows, each professional k holding about c_k / 0.9 mandates so that
   * c_k are in force), then ordinary ones between random adults. 5% revoked, 5% expired, the rest in force.
   */
  private void insertMandates(Statement sql) throws SQLException {
    createProfessionals(sql);
    long proRows = proRows(sql);
    long ordinary = Math.max(0, shape.mandates() - proRows);
    String columns =
        "insert into mandates (id, kind, principal_id, representative_id, status, valid_from, valid_until,"
            + " created_at, updated_at, revoked_at, channel, ended_at)";
    String values =
        " select md5('bench-mandate-' || i)::uuid, 'voluntary', md5('bench-party-' || pr)::uuid,"
            + " md5('bench-party-' || rp)::uuid,"
            + " case when r < 0.05 then 'revoked' else 'active' end,"
            + " vf, vu, vf::timestamptz + interval '12 hours',"
            + " case when r < 0.05 then now() - interval '1 day' * (1 + (r * 1000)::int)"
            + "   else vf::timestamptz + interval '12 hours' end,"
            + " case when r < 0.05 then now() - interval '1 day' * (1 + (r * 1000)::int) end,"
            + " 'online',"
            + " case when r < 0.05 then now() - interval '1 day' * (1 + (r * 1000)::int) end"
            + " from (select i, pr, rp, r,"
            + "   case when r >= 0.05 and r < 0.10"
            + "     then current_date - 400 - (pg_temp.bench_rand(i, 4) * 1000)::int"
            + "     else current_date - (pg_temp.bench_rand(i, 4) * 1000)::int end as vf,"
            + "   case when r >= 0.05 and r < 0.10"
            + "     then current_date - 1 - (pg_temp.bench_rand(i, 5) * 365)::int"
            + "     else current_date + 1 + (pg_temp.bench_rand(i, 5) * 800)::int end as vu";
    sql.execute(
        columns
            + values
            + " from (select o.offset_ + j as i, o.k as rp, " + adult("2") .replace("(i,", "(o.offset_ + j,")
            + " as pr, pg_temp.bench_rand(o.offset_ + j, 1) as r"
            + "   from pg_temp.bench_pros o, generate_series(1, o.rows_) j) a) b");
    sql.execute(
        columns
            + values
            + " from (select i, pr, " + otherAdult("rp0", "pr") + " as rp, r"
            + "   from (select i, " + adult("2") + " as pr, " + adult("3") + " as rp0, pg_temp.bench_rand(i, 1) as r"
            + "     from generate_series(" + (proRows + 1) + "::bigint, " + (proRows + ordinary) + "::bigint) i) a) b) c");
    log.accept(
        String.format(
            "  %,d professionals hold %,d mandates (the largest %,d in force), %,d ordinary mandates",
            shape.professionals(), proRows, shape.maxPrincipals(), ordinary));
  }

  private void createProfessionals(Statement sql) throws SQLException {
    long p = shape.professionals();
    double a = shape.minPrincipals();
    double b = shape.maxPrincipals();
    String exponent = p == 1 ? "1.0" : "(k - 1)::float8 / " + (p - 1);
    sql.execute(
        "create temporary table bench_pros as"
            + " select k, rows_, (sum(rows_) over (order by k) - rows_)::bigint as offset_ from ("
            + "   select k, round(" + a + " * power(" + (b / a) + ", " + exponent + ") / "
            + (1 - Shape.ENDED_SHARE) + ")::bigint as rows_ from generate_series(1::bigint, " + p + "::bigint) k) x");
  }

  private static long proRows(Statement sql) throws SQLException {
    try (ResultSet rows = sql.executeQuery("select coalesce(sum(rows_), 0) from pg_temp.bench_pros")) {
      rows.next();
      return rows.getLong(1);
    }
  }

  /**
   * Professional mandates cover the tax service and up to two more; ordinary ones one service (60%), two
   * (30%) or three (10%), starting at a random service of the catalogue.
   */
  private void insertMandateServices(Statement sql) throws SQLException {
    long proRows = proRows(sql);
    int n = serviceIds.size();
    int tax = serviceIds.indexOf(taxService);
    String services = "array[" + String.join(",", serviceIds.stream().map(s -> "'" + s + "'::uuid").toList()) + "]";
    sql.execute(
        "insert into mandate_services (mandate_id, service_id)"
            + " select md5('bench-mandate-' || i)::uuid, (" + services + ")[1 + (first + j) % " + n + "]"
            + " from (select i,"
            + "   case when i <= " + proRows + " then " + tax + " else (pg_temp.bench_rand(i, 7) * " + n + ")::int % " + n + " end as first,"
            + "   case when i <= " + proRows + " then (pg_temp.bench_rand(i, 6) * 3)::int % 3"
            + "     else case when pg_temp.bench_rand(i, 6) < 0.6 then 0 when pg_temp.bench_rand(i, 6) < 0.9 then 1 else 2 end"
            + "   end as extra"
            + "   from generate_series(1::bigint, (select count(*) from mandates)) i) m,"
            + " generate_series(0, least(extra, " + (n - 1) + ")) j");
  }

  /** Parental authority (two parents per child, from the BRP), then court decisions. 10% ended. */
  private void insertLegal(Statement sql) throws SQLException {
    long parental = shape.parentalRows();
    long court = shape.courtRows();
    long firstChild = shape.professionals() + 1;
    long professionalsForLegal = Math.max(1, shape.professionals() - 1); // not the measured one
    String columns =
        "insert into legal_representations (id, source, external_id, kind, represented_id, representative_id,"
            + " child_birth_date, court, decision_date, decision_id, valid_from, valid_until, status,"
            + " created_at, updated_at)";
    sql.execute(
        columns
            + " select md5('bench-legal-' || i)::uuid, 'brp', 'bench-brp-' || i, 'parental-authority',"
            + " md5('bench-party-' || c)::uuid, md5('bench-party-' || " + adult("21") + ")::uuid,"
            + " bd, null, null, null, bd,"
            + " case when r < 0.10 then greatest(bd, current_date - 1 - (r * 3000)::int) end,"
            + " case when r < 0.10 then 'ended' else 'active' end, now(), now()"
            + " from (select i, c, " + childBirthDate("c") + " as bd, pg_temp.bench_rand(i, 20) as r"
            + "   from (select i, " + firstChild + " + (i - 1) / 2 as c from generate_series(1::bigint, "
            + parental + "::bigint) i) a) b");
    sql.execute(
        columns
            + " select md5('bench-legal-' || i)::uuid, 'court', 'bench-court-' || i,"
            + " case when k < 0.15 then 'curatele' when k < 0.75 then 'bewind' else 'mentorschap' end,"
            + " md5('bench-party-' || rd)::uuid, md5('bench-party-' || rp)::uuid,"
            + " null, 'Rechtbank Midden-Nederland', vf, 'C/16/' || i, vf,"
            + " case when r < 0.10 then greatest(vf, current_date - 1 - (r * 3000)::int) end,"
            + " case when r < 0.10 then 'ended' else 'active' end, now(), now()"
            + " from (select i, rd, r, k, current_date - (pg_temp.bench_rand(i, 24) * 5000)::int as vf,"
            + "   case when pg_temp.bench_rand(i, 25) < 0.4"
            + "     then 1 + floor(pg_temp.bench_rand(i, 26) * " + professionalsForLegal + ")::bigint"
            + "     else " + otherAdult("rp0", "rd") + " end as rp"
            + "   from (select i, " + adult("22") + " as rd, " + adult("23") + " as rp0,"
            + "     pg_temp.bench_rand(i, 20) as r, pg_temp.bench_rand(i, 27) as k"
            + "     from generate_series(" + (parental + 1) + "::bigint, " + (parental + court) + "::bigint) i) a) b");
  }

  private List<String> dropSecondaryIndexes(Connection connection) throws SQLException {
    List<String> definitions = new ArrayList<>();
    List<String> names = new ArrayList<>();
    try (PreparedStatement query =
        connection.prepareStatement(
            "select i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) from pg_index i"
                + " where i.indrelid = any (?::regclass[])"
                + " and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)")) {
      query.setArray(1, connection.createArrayOf("text", LOADED_TABLES.toArray()));
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          names.add(rows.getString(1));
          definitions.add(rows.getString(2));
        }
      }
    }
    try (Statement sql = connection.createStatement()) {
      for (String name : names) {
        sql.execute("drop index " + name);
      }
    }
    return definitions;
  }

  private static String surnames() {
    return "array["
        + String.join(",", SURNAMES.stream().map(s -> "'" + s.replace("'", "''") + "'").toList())
        + "]";
  }

  private interface SqlStep {
    void run() throws SQLException;
  }

  private void timed(String what, SqlStep step) throws SQLException {
    long start = System.nanoTime();
    step.run();
    log.accept(String.format("  %-22s %6.1f s", what, (System.nanoTime() - start) / 1e9));
  }
}
