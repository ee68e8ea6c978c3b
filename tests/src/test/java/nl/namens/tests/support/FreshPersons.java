package nl.namens.tests.support;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.realm.ManagedRealm;

/**
 * Test persons of a test's own: a DigiD simulator user (password {@code test}, level substantieel) with a BSN nobody
 * else uses, and the same person as a party in the register. Their mandates are the test's alone, so no other test
 * sees them and they see no other test's. The simulator username holds no BSN (logs are scanned for BSNs).
 */
public final class FreshPersons {

  private static final Random RANDOM = new Random();

  private FreshPersons() {}

  /** A person: the simulator's login, the BSN and the display name the register shows. */
  public record Person(String username, String bsn, String firstName, String lastName) {
    public String displayName() {
      return firstName + " " + lastName;
    }
  }

  /**
   * {@code count} new persons, each {@code names[i]} = "First Last", with BSNs from a random block above {@code
   * firstEightDigits} (11-proef valid, {@link TestBsns#block}).
   */
  public static List<Person> create(
      ManagedRealm digidSimulator, RegisterAdmin register, int firstEightDigits, String usernamePrefix, String... names) {
    List<String> bsns = TestBsns.block(firstEightDigits + RANDOM.nextInt(9_000), names.length);
    String run = UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 6);
    List<Person> persons = new java.util.ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      String[] name = names[i].split(" ", 2);
      Person person = new Person(usernamePrefix + "-" + (i + 1) + "-" + run, bsns.get(i), name[0], name[1]);
      createSimulatorUser(digidSimulator, person);
      register.ensureParty("BSN", person.bsn(), person.displayName());
      persons.add(person);
    }
    return persons;
  }

  private static void createSimulatorUser(ManagedRealm digidSimulator, Person person) {
    UserRepresentation user = new UserRepresentation();
    user.setUsername(person.username());
    user.setFirstName(person.firstName());
    user.setLastName(person.lastName());
    user.setEnabled(true);
    user.setAttributes(
        Map.of("digid.nameid", List.of("s00000000:" + person.bsn()), "loa", List.of("substantieel")));
    CredentialRepresentation password = new CredentialRepresentation();
    password.setType(CredentialRepresentation.PASSWORD);
    password.setValue("test");
    password.setTemporary(false);
    user.setCredentials(List.of(password));
    try (jakarta.ws.rs.core.Response response = digidSimulator.admin().users().create(user)) {
      if (response.getStatus() != 201) {
        throw new AssertionError(
            "simulator user " + person.username() + ": " + response.getStatus() + " " + response.readEntity(String.class));
      }
    }
  }
}
