package nl.namens.tests.support;

import static nl.namens.tests.support.DemoServices.PETRA;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Petra Pauw's 500 clients: court records making her the bewindvoerder of each, with fixed external ids and BSNs, so
 * that every test importing them (ProfessionalPickerIT, BrokerPagesAccessibilityIT; any order, any number of times)
 * sends the very same rows and the register's import, being idempotent, changes nothing the second time.
 */
public final class PetrasClients {

  public static final int CLIENTS = 500;
  /** Clients 7, 107, 207, 307 and 407: the only ones born in this year. */
  public static final int RARE_BIRTH_YEAR = 1944;

  private static final List<String> BSNS = TestBsns.block(99980000, CLIENTS);
  private static boolean imported;

  private PetrasClients() {}

  /** "Cliënt 001 Achternaam001" … "Cliënt 500 Achternaam500": sorted by name = sorted by number. */
  public static String name(int client) {
    return String.format("Cliënt %03d Achternaam%03d", client, client);
  }

  public static String bsn(int client) {
    return BSNS.get(client - 1);
  }

  public static List<String> names(int fromClient, int toClient) {
    return IntStream.rangeClosed(fromClient, toClient).mapToObj(PetrasClients::name).toList();
  }

  /** Court records making Petra the bewindvoerder of every client; some clients with a known birth date. */
  public static List<LegalRow> rows() {
    List<LegalRow> rows = new ArrayList<>(CLIENTS);
    for (int client = 1; client <= CLIENTS; client++) {
      LegalRow row =
          LegalRow.court(
                  String.format("it-picker-petra-%03d", client),
                  "bewind",
                  bsn(client),
                  PETRA,
                  "Rechtbank Midden-Nederland",
                  LocalDate.of(2024, 1, 1).plusDays(client),
                  String.format("C/16/%06d / BW RK 24-%03d", 560000 + client, client))
              .representedName(name(client))
              .representativeName("Petra Pauw");
      if (client % 100 == 7) {
        row.representedBirthDate(LocalDate.of(RARE_BIRTH_YEAR, 5, 17));
      } else if (client % 5 == 0) {
        row.representedBirthDate(LocalDate.of(1950 + (client / 5) % 40, 1 + client % 12, 1 + client % 28));
      }
      rows.add(row);
    }
    return rows;
  }

  /**
   * Imports the clients through the court feed once per test run (the register's database lives as long as the
   * run), failing unless every row was taken.
   */
  public static synchronized void ensureImported(RegisterAdmin register) {
    if (!imported) {
      register.importCourt(rows()).requireAllTaken(CLIENTS);
      imported = true;
    }
  }
}
