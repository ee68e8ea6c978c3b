package nl.namens.register.mandate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import nl.namens.identifiers.LevelOfAssurance;
import nl.namens.identifiers.RepresentationKind;
import nl.namens.identifiers.SubjectType;
import nl.namens.register.EmbeddedPostgresResource;
import nl.namens.register.outbox.LetterView;
import nl.namens.register.outbox.Outbox;
import nl.namens.register.party.Party;
import nl.namens.register.service.Category;
import nl.namens.register.service.Service;
import org.junit.jupiter.api.Test;

/**
 * Pins the exact words of every letter {@link Letters} writes (subject and body as handed to {@link
 * Outbox#send}), for named and unnamed persons and organisations, a chain and a voluntary mandate, against the golden
 * files {@code src/test/resources/letters/*.txt} (names with markup characters stay as they are: plain text). Each case
 * runs in a transaction that is rolled back, so it leaves nothing behind.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class LettersTest {

  private static final UUID MANDATE_ID = UUID.fromString("0b5e8c1a-7d2f-4c3e-9a61-5f0d2e4b7c10");
  private static final Instant CREATED = Instant.parse("2026-06-15T10:00:00Z");
  /** Summer time in Amsterdam: 10:30. */
  private static final Instant CODE_EXPIRES = Instant.parse("2026-06-29T08:30:00Z");
  /** Winter time in Amsterdam: 00:05 the next day. */
  private static final Instant LAPSES = Instant.parse("2026-11-30T23:05:00Z");
  private static final Instant UNDO_UNTIL = Instant.parse("2026-06-22T21:59:00Z");
  private static final Instant REVOKED = Instant.parse("2026-07-01T06:07:00Z");

  @Inject Letters letters;
  @Inject Outbox outbox;
  @Inject EntityManager em;
  @Inject UserTransaction tx;

  /** One letter: to whom, which kind, its subject and body, exactly. */
  record Sent(String to, String kind, String subject, String body) {}

  @Test
  void namedPersonToNamedOrganisationVoluntary() throws Exception {
    Case c =
        new Case(
            SubjectType.BSN, "Jan <b>&'\" Jansen", SubjectType.KVK, "Bakkerij & Zn \"De Korst\"",
            RepresentationKind.VOLUNTARY, List.of("Belastingaangifte"));
    assertEquals(golden("named-person-to-named-organisation"), shown(c.run(this::everyLetter)));
  }

  @Test
  void unnamedPersonToUnnamedOrganisationChain() throws Exception {
    Case c =
        new Case(
            SubjectType.BSN, null, SubjectType.KVK, null,
            RepresentationKind.CHAIN, List.of("Toeslagen", "Belastingaangifte"));
    assertEquals(golden("unnamed-person-to-unnamed-organisation-chain"), shown(c.run(this::everyLetter)));
  }

  @Test
  void unnamedOrganisationToUnnamedPersonVoluntary() throws Exception {
    Case c =
        new Case(
            SubjectType.KVK, null, SubjectType.BSN, null,
            RepresentationKind.VOLUNTARY, List.of("Zorg <thuis> & 'meer'"));
    assertEquals(golden("unnamed-organisation-to-unnamed-person"), shown(c.run(this::everyLetter)));
  }

  @Test
  void namedOrganisationToNamedPersonChain() throws Exception {
    Case c =
        new Case(
            SubjectType.KVK, "Holding B.V.", SubjectType.BSN, "Piet Pietersen",
            RepresentationKind.CHAIN, List.of("Belastingaangifte", "Loonaangifte"));
    assertEquals(golden("named-organisation-to-named-person-chain"), shown(c.run(this::everyLetter)));
  }

  /** The expected letters of a case: {@code src/test/resources/letters/<name>.txt}, exactly. */
  private static String golden(String name) throws IOException {
    try (InputStream in = LettersTest.class.getResourceAsStream("/letters/" + name + ".txt")) {
      if (in == null) {
        throw new IllegalStateException("no golden file letters/" + name + ".txt");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The letters as the golden files hold them: per letter a line "=== to · kind", the subject, a blank line, the body. */
  private static String shown(List<Sent> letters) {
    StringBuilder text = new StringBuilder();
    for (Sent letter : letters) {
      text.append("=== ").append(letter.to()).append(" · ").append(letter.kind()).append('\n')
          .append(letter.subject()).append("\n\n")
          .append(letter.body()).append("\n\n");
    }
    return text.toString();
  }

  /** Every letter (and the two mail-only notices, which write no letter), in a fixed order. */
  private void everyLetter(Mandate m) {
    letters.registered(m);
    letters.helpdeskRegistration(m, "K7Q-2MX-9PD");
    letters.activationCode(m, "ABCD-EFGH");
    letters.approvalCode(m, "1234-5678");
    letters.activated(m);
    letters.approved(m);
    letters.declined(m, m.principal());
    letters.declined(m, m.representative());
    letters.undone(m);
    letters.lapsed(m);
    letters.locked(m);
    letters.firstUse(m, m.services().get(0), REVOKED);
    letters.expiring(m);
    m.revoke(REVOKED);
    letters.revoked(m, m.principal(), false);
    letters.revoked(m, m.representative(), true);
    letters.revokedByAdministrator(m);
    letters.endedByDeath(m, m.principal());
    letters.endedByDeath(m, m.representative());
    // after the revocation the code is gone: its moments read "-"
    letters.registered(m);
  }

  /** Two parties, a mandate between them and its services, persisted in a transaction that is rolled back. */
  private final class Case {

    private final Party principal;
    private final Party representative;
    private final Mandate mandate;

    Case(
        SubjectType principalType,
        String principalName,
        SubjectType representativeType,
        String representativeName,
        RepresentationKind kind,
        List<String> serviceNames)
        throws Exception {
      principal = party(principalType, principalName);
      representative = party(representativeType, representativeName);
      List<Service> services = new ArrayList<>();
      for (String name : serviceNames) {
        services.add(service(name));
      }
      mandate =
          Mandate.open(
              kind, principal, representative, services, MandateStatus.PENDING,
              LocalDate.of(2026, 6, 15), LocalDate.of(2027, 1, 31), "online", CREATED);
      Field id = Mandate.class.getDeclaredField("id");
      id.setAccessible(true);
      id.set(mandate, MANDATE_ID);
      mandate.awaitCode("not-a-real-hash", CODE_EXPIRES, LAPSES);
      mandate.undoableUntil(UNDO_UNTIL);
    }

    List<Sent> run(Consumer<Mandate> write) throws Exception {
      tx.begin();
      try {
        em.persist(principal);
        em.persist(representative);
        mandate.services().forEach(em::persist);
        em.persist(mandate);
        em.flush();
        write.accept(mandate);
        em.flush();
        List<LetterView> sent = new ArrayList<>(outbox.about(MANDATE_ID));
        sent.sort((a, b) -> Long.compare(a.id(), b.id()));
        List<Sent> result = new ArrayList<>();
        for (LetterView letter : sent) {
          result.add(new Sent(to(letter), letter.kind(), letter.subject(), letter.body()));
        }
        return result;
      } finally {
        tx.rollback();
      }
    }

    private String to(LetterView letter) {
      String identifier = letter.recipient().id();
      if (identifier.equals(principal.identifier())) {
        return "principal";
      }
      if (identifier.equals(representative.identifier())) {
        return "representative";
      }
      return "someone else";
    }
  }

  private static Party party(SubjectType type, String displayName) throws Exception {
    Constructor<Party> constructor =
        Party.class.getDeclaredConstructor(
            SubjectType.class, String.class, String.class, LocalDate.class, Instant.class);
    constructor.setAccessible(true);
    String identifier = "L" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    return constructor.newInstance(type, identifier, displayName, null, CREATED);
  }

  private static Service service(String name) throws Exception {
    Constructor<Service> constructor =
        Service.class.getDeclaredConstructor(
            UUID.class, String.class, String.class, Category.class, LevelOfAssurance.class, boolean.class,
            boolean.class, boolean.class, Instant.class);
    constructor.setAccessible(true);
    return constructor.newInstance(
        UUID.randomUUID(), name, "Belastingdienst", Category.FINANCIAL, LevelOfAssurance.SUBSTANTIEEL, false,
        false, false, CREATED);
  }
}
