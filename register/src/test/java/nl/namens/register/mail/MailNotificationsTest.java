package nl.namens.register.mail;

import static nl.namens.register.PortalApi.activate;
import static nl.namens.register.PortalApi.registered;
import static nl.namens.register.RegisterApi.asBroker;
import static nl.namens.register.RegisterApi.person;
import static nl.namens.register.RegisterApi.registerParty;
import static nl.namens.register.RegisterApi.service;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import nl.namens.register.EmbeddedPostgresResource;
import nl.namens.register.PortalApi;
import nl.namens.register.TestClock;
import nl.namens.register.mandate.MandateNotices;
import nl.namens.register.outbox.Outbox;
import nl.namens.register.party.EmailChange;
import nl.namens.register.party.Parties;
import nl.namens.register.party.Party;
import nl.namens.register.party.PartyReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * E-mail notifications through a real SMTP server (GreenMail): the right mail to the right person with the
 * right words and no identifier, only after commit, retried while the server is down, never twice.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(GreenMailResource.class)
class MailNotificationsTest {

  /** Nine digits in a row: a BSN (or any such number) has no place in a mail. */
  private static final Pattern NINE_DIGITS = Pattern.compile("(?<!\\d)\\d{9}(?!\\d)");

  @Inject MailSender sender;
  @Inject MailJobs jobs;
  @Inject Parties parties;
  @Inject Outbox outbox;
  @Inject MandateNotices notices;
  @Inject nl.namens.register.mandate.Lapsing lapsing;

  @AfterEach
  void serverBackUp() {
    GreenMailResource.up();
  }

  // --- the right mail to the right person --------------------------------------------------------------------

  @Test
  void registeredMandateMailsTheRepresentativeWithNamesAndNoCode() {
    Map<String, Object> bea = registerParty(person(), "Bea de Vries");
    Map<String, Object> piet = registerParty(person(), "Piet Pieters");
    String piets = withAddress(piet);
    String belasting = service("Belastingaangifte");

    String[] m = registered(bea, piet, belasting);
    sendDue();

    MimeMessage mail = only(piets);
    String text = GreenMailResource.text(mail);
    assertEquals(
        "Er is een machtiging voor u geregistreerd / A mandate has been registered for you — Namens",
        subject(mail));
    assertTrue(text.contains("Beste Piet Pieters,"), text);
    assertTrue(text.contains("Bea de Vries heeft u gemachtigd voor Belastingaangifte"), text);
    assertTrue(text.contains("https://portal.test.namens.invalid/portal"), text);
    assertTrue(text.contains("--- English ---"), text);
    assertTrue(text.contains("Bea de Vries has authorised you for Belastingaangifte"), text);
    assertFalse(text.contains(m[1]), "the activation code never travels by mail");
    noIdentifiers(text, bea, piet);
  }

  @Test
  void activationMailsThePrincipalAndRevocationTheRepresentative() {
    Pair pair = beaAndPietWithAddresses();
    Map<String, Object> bea = pair.bea();
    Map<String, Object> piet = pair.piet();
    String beas = pair.beas();
    String piets = pair.piets();
    String belasting = service("Belastingaangifte");
    String[] m = registered(bea, piet, belasting);
    sendDue();

    activate(piet, m[0], m[1]).statusCode(200);
    sendDue();
    MimeMessage activated = only(beas);
    assertEquals("Uw machtiging is geactiveerd / Your mandate has been activated — Namens", subject(activated));
    assertTrue(GreenMailResource.text(activated).contains("Piet Pieters heeft de machtiging geactiveerd"));

    PortalApi.revoke(bea, m[0]).statusCode(200);
    sendDue();
    List<MimeMessage> toPiet = GreenMailResource.to(piets);
    assertEquals(2, toPiet.size(), "registered, then revoked");
    MimeMessage revoked = toPiet.get(1);
    assertEquals("Een machtiging is ingetrokken / A mandate has been revoked — Namens", subject(revoked));
    assertTrue(
        GreenMailResource.text(revoked)
            .contains("De machtiging van Bea de Vries aan Piet Pieters voor Belastingaangifte is ingetrokken"));
    assertEquals(1, GreenMailResource.to(beas).size(), "the one who revoked gets no mail about it");
    noIdentifiers(GreenMailResource.text(revoked), bea, piet);
    noIdentifiers(GreenMailResource.text(activated), bea, piet);
  }

  @Test
  void requestWaitingForApprovalMailsThePrincipalWithoutTheCode() {
    Map<String, Object> ilse = registerParty(person(), "Ilse IJzerman");
    Map<String, Object> carla = registerParty(person(), "Carla Cornelissen");
    String ilses = withAddress(ilse);
    String zorg = service("Zorgdossier");

    PortalApi.request(carla, ilse, zorg).statusCode(201);
    sendDue();

    MimeMessage mail = only(ilses);
    String text = GreenMailResource.text(mail);
    assertEquals(
        "Er wacht een verzoek om een machtiging op uw goedkeuring / A request for a mandate is waiting for your approval — Namens",
        subject(mail));
    assertTrue(text.contains("Carla Cornelissen vraagt of u hem of haar wilt machtigen voor Zorgdossier"), text);
    assertFalse(Pattern.compile("[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}").matcher(text).find(), "no code");
    noIdentifiers(text, ilse, carla);
  }

  @Test
  void firstUseMailsThePrincipalOnce() {
    Map<String, Object> bea = registerParty(person(), "Bea de Vries");
    Map<String, Object> jan = registerParty(person(), "Jan Jansen");
    String beas = withAddress(bea);
    String belasting = service("Belastingaangifte");
    String id = PortalApi.activeThroughLifecycle(bea, jan, belasting);
    sendDue();
    int before = GreenMailResource.to(beas).size();

    use(id, jan, bea, belasting);
    use(id, jan, bea, belasting);
    sendDue();

    List<MimeMessage> mails = GreenMailResource.to(beas);
    assertEquals(before + 1, mails.size(), "the first use only");
    MimeMessage first = mails.get(mails.size() - 1);
    assertEquals(
        "Uw machtiging is voor het eerst gebruikt / Your mandate was used for the first time — Namens",
        subject(first));
    assertTrue(GreenMailResource.text(first).contains("Jan Jansen heeft de machtiging voor het eerst gebruikt"));
    assertTrue(GreenMailResource.text(first).contains("bij Belastingaangifte"));
    noIdentifiers(GreenMailResource.text(first), bea, jan);
  }

  @Test
  void mandateEndingWithinThirtyDaysIsNoticedOnceToBothParties() {
    Pair pair = beaAndPietWithAddresses();
    Map<String, Object> bea = pair.bea();
    Map<String, Object> piet = pair.piet();
    String beas = pair.beas();
    String piets = pair.piets();
    String belasting = service("Belastingaangifte");
    var answer =
        PortalApi.as(bea)
            .body(
                PortalApi.terms(
                    "representative", piet, List.of(belasting), TestClock.TODAY, TestClock.TODAY.plusDays(20)))
            .post("/api/v1/mandates")
            .then()
            .statusCode(201)
            .extract();
    activate(piet, answer.path("mandate.id"), answer.path("activationCode")).statusCode(200);

    notices.noticeExpiring(200);
    notices.noticeExpiring(200);
    sendDue();

    List<MimeMessage> toBea = GreenMailResource.to(beas).stream().filter(MailNotificationsTest::expiring).toList();
    List<MimeMessage> toPiet = GreenMailResource.to(piets).stream().filter(MailNotificationsTest::expiring).toList();
    assertEquals(1, toBea.size());
    assertEquals(1, toPiet.size());
    assertTrue(
        GreenMailResource.text(toPiet.get(0))
            .contains("stopt na " + TestClock.TODAY.plusDays(20).format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy"))));
    noIdentifiers(GreenMailResource.text(toBea.get(0)), bea, piet);
  }

  @Test
  void partyWithoutAnAddressGetsTheLetterOnly() {
    Map<String, Object> bea = registerParty(person(), "Bea de Vries");
    Map<String, Object> piet = registerParty(person(), "Piet Pieters");
    registered(bea, piet, service("Belastingaangifte"));

    assertTrue(jobsTo(piet).isEmpty());
    PortalApi.outbox(piet).statusCode(200).body("size()", org.hamcrest.Matchers.is(1));
  }

  // --- ended by the register ---------------------------------------------------------------------------------

  @Test
  void lockedMandateMailsBothParties() {
    Pair pair = beaAndPietWithAddresses();
    Map<String, Object> bea = pair.bea();
    Map<String, Object> piet = pair.piet();
    String beas = pair.beas();
    String piets = pair.piets();
    String[] m = registered(bea, piet, service("Belastingaangifte"));
    for (int i = 0; i < 5; i++) {
      activate(piet, m[0], "AAAA-AAAA-AAAA");
    }
    sendDue();

    assertEquals(1, withSubject(beas, "Een machtiging is geblokkeerd / A mandate has been locked — Namens").size());
    List<MimeMessage> toPiet =
        withSubject(piets, "Een machtiging is geblokkeerd / A mandate has been locked — Namens");
    assertEquals(1, toPiet.size());
    assertTrue(GreenMailResource.text(toPiet.get(0)).contains("Er is te vaak een verkeerde code ingevuld"));
    noIdentifiers(GreenMailResource.text(toPiet.get(0)), bea, piet);
  }

  @Test
  void lapsedMandateMailsBothParties() {
    Pair pair = beaAndPietWithAddresses();
    Map<String, Object> bea = pair.bea();
    Map<String, Object> piet = pair.piet();
    String beas = pair.beas();
    String piets = pair.piets();
    registered(bea, piet, service("Belastingaangifte"));
    try {
      TestClock.advance(java.time.Period.ofDays(31));
      lapsing.lapseDue();
    } finally {
      TestClock.reset();
    }
    sendDue();

    assertEquals(1, withSubject(beas, "Een machtiging is vervallen / A mandate has lapsed — Namens").size());
    assertEquals(1, withSubject(piets, "Een machtiging is vervallen / A mandate has lapsed — Namens").size());
  }

  @Test
  void deathReportedByTheBrpMailsTheOtherParty() {
    Map<String, Object> bea = registerParty(person(), "Bea de Vries");
    Map<String, Object> piet = registerParty(person(), "Piet Pieters");
    String piets = withAddress(piet);
    PortalApi.activeThroughLifecycle(bea, piet, service("Belastingaangifte"));

    nl.namens.register.RegisterApi.asAdmin()
        .body(
            Map.of(
                "rows",
                List.of(
                    Map.of(
                        "externalId", "ovl-" + UUID.randomUUID(),
                        "bsn", bea.get("id"),
                        "dateOfDeath", TestClock.TODAY.minusDays(1).toString()))))
        .post("/admin/v1/legal/imports/brp-deaths")
        .then()
        .statusCode(200);
    sendDue();

    List<MimeMessage> mails = withSubject(piets,

        "Een machtiging is gestopt door overlijden / A mandate ended because of a death — Namens");
    assertEquals(1, mails.size());
    String text = GreenMailResource.text(mails.get(0));
    assertTrue(text.contains("is Bea de Vries overleden"), text);
    noIdentifiers(text, bea, piet);
  }

  // --- after commit, retried, never twice -----------------------------------------------------------------

  @Test
  void rolledBackChangeSendsNothing() {
    Map<String, Object> piet = registerParty(person(), "Piet Pieters");
    String piets = withAddress(piet);

    assertThrows(
        () ->
            QuarkusTransaction.requiringNew()
                .run(
                    () -> {
                      outbox.mailOnly(party(piet), null, Outbox.EXPIRING, facts());
                      throw new IllegalStateException("the change fails after its letters");
                    }));
    sendDue();

    assertTrue(jobsTo(piet).isEmpty());
    assertTrue(GreenMailResource.to(piets).isEmpty());
  }

  @Test
  void mailGoesOutOnlyAfterTheChangeCommits() {
    Map<String, Object> piet = registerParty(person(), "Piet Pieters");
    String piets = withAddress(piet);

    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              outbox.mailOnly(party(piet), null, Outbox.EXPIRING, facts());
              sendDue(); // another transaction: the job is not there yet
              assertTrue(GreenMailResource.to(piets).isEmpty());
            });
    sendDue();

    assertEquals(1, GreenMailResource.to(piets).size());
  }

  @Test
  void mailServerDownKeepsTheChangeAndTheMailIsRetriedUntilDelivered() {
    Map<String, Object> bea = registerParty(person(), "Bea de Vries");
    Map<String, Object> piet = registerParty(person(), "Piet Pieters");
    String piets = withAddress(piet);
    GreenMailResource.down();

    String[] m = registered(bea, piet, service("Belastingaangifte"));
    Instant now = TestClock.TODAY.atStartOfDay(java.time.ZoneId.of("Europe/Amsterdam")).toInstant().plus(Duration.ofHours(12));
    sender.sendDue(now);

    PortalApi.get(piet, m[0]).statusCode(200).body("status", org.hamcrest.Matchers.equalTo("pending"));
    MailJob failed = jobsTo(piet).get(0);
    assertEquals(MailJob.Status.PENDING, failed.status());
    assertEquals(1, failed.attempts());
    assertTrue(failed.nextAttemptAt().isAfter(now), "waits before the next attempt");

    GreenMailResource.up();
    sender.sendDue(now); // not due yet
    assertTrue(GreenMailResource.to(piets).isEmpty());
    // the next attempts, each after its wait (the first conversation after a restart may time out: tried again)
    for (int hour = 1; hour <= 4 && GreenMailResource.to(piets).isEmpty(); hour++) {
      sender.sendDue(now.plus(Duration.ofHours(hour)));
    }

    assertEquals(1, GreenMailResource.to(piets).size());
    MailJob sent = jobsTo(piet).get(0);
    assertEquals(MailJob.Status.SENT, sent.status());
    assertTrue(sent.attempts() >= 2, "sent on a later attempt");
  }

  @Test
  void jobIsMarkedFailedAfterTheLastAttempt() {
    Map<String, Object> piet = registerParty(person(), "Piet Pieters");
    withAddress(piet);
    QuarkusTransaction.requiringNew().run(() -> outbox.mailOnly(party(piet), null, Outbox.EXPIRING, facts()));
    GreenMailResource.down();

    Instant at = Instant.now();
    for (int i = 0; i < 8; i++) {
      sender.sendDue(at);
      at = at.plus(Duration.ofDays(1));
    }

    MailJob job = jobsTo(piet).get(0);
    assertEquals(MailJob.Status.FAILED, job.status());
    assertEquals(8, job.attempts());
    GreenMailResource.up();
    sender.sendDue(at);
    assertEquals(MailJob.Status.FAILED, jobsTo(piet).get(0).status(), "a failed job is not tried again");
  }

  @Test
  void removedAddressDropsMailThatHasNotGoneOut() {
    Map<String, Object> piet = registerParty(person(), "Piet Pieters");
    String piets = withAddress(piet);
    QuarkusTransaction.requiringNew().run(() -> outbox.mailOnly(party(piet), null, Outbox.EXPIRING, facts()));

    parties.changeEmail(ref(piet), new EmailChange(null));
    sendDue();

    assertTrue(GreenMailResource.to(piets).isEmpty());
    assertEquals(MailJob.Status.DROPPED, jobsTo(piet).get(0).status());
  }

  @Test
  void twoSendersAtOnceNeverSendOneJobTwice() throws Exception {
    Map<String, Object> piet = registerParty(person(), "Piet Pieters");
    String piets = withAddress(piet);
    int count = 30;
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              for (int i = 0; i < count; i++) {
                outbox.mailOnly(party(piet), null, Outbox.EXPIRING, facts());
              }
            });

    Instant now = Instant.now();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Callable<Integer>> senders = List.of(() -> sender.sendDue(now), () -> sender.sendDue(now));
      List<Future<Integer>> done = new ArrayList<>(pool.invokeAll(senders));
      for (Future<Integer> f : done) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    // whatever a batch limit or a timed-out conversation left, on its next attempts
    for (int hour = 1; hour <= 4; hour++) {
      sender.sendDue(now.plus(Duration.ofHours(hour)));
    }

    List<MimeMessage> mails = GreenMailResource.to(piets);
    Set<String> jobIds = new HashSet<>();
    for (MimeMessage mail : mails) {
      jobIds.add(mail.getHeader(MailSender.JOB_HEADER, null));
    }
    assertEquals(count, mails.size(), "every job once");
    assertEquals(count, jobIds.size(), "no job twice");
    assertTrue(jobsTo(piet).stream().allMatch(j -> j.status() == MailJob.Status.SENT));
  }

  // --- helpers ------------------------------------------------------------------------------------------------

  /** Bea (principal) and Piet (representative), new parties, each with an e-mail address: the usual pair here. */
  private record Pair(Map<String, Object> bea, Map<String, Object> piet, String beas, String piets) {}

  private Pair beaAndPietWithAddresses() {
    Map<String, Object> bea = registerParty(person(), "Bea de Vries");
    Map<String, Object> piet = registerParty(person(), "Piet Pieters");
    return new Pair(bea, piet, withAddress(bea), withAddress(piet));
  }

  private void sendDue() {
    sender.sendDue(Instant.now().plus(Duration.ofDays(3650)));
  }

  private String withAddress(Map<String, Object> party) {
    String address = "p" + UUID.randomUUID().toString().substring(0, 12) + "@example.nl";
    parties.changeEmail(ref(party), new EmailChange(address));
    return address;
  }

  private static PartyReference ref(Map<String, Object> party) {
    return new PartyReference((String) party.get("type"), (String) party.get("id"));
  }

  private Party party(Map<String, Object> party) {
    return parties.find(ref(party)).orElseThrow();
  }

  private List<MailJob> jobsTo(Map<String, Object> party) {
    return QuarkusTransaction.requiringNew().call(() -> jobs.to(party(party)));
  }

  private static MailFacts facts() {
    return new MailFacts("Piet Pieters", "Bea de Vries", "Piet Pieters", "Afvalpas", "15-06-2026", "30-06-2026", null, null, null);
  }

  private static void use(String mandateId, Map<String, Object> actor, Map<String, Object> principal, String service) {
    asBroker()
        .body(
            Map.of(
                "mandateId", mandateId,
                "actor", actor,
                "principal", principal,
                "service", service,
                "loa", "substantieel"))
        .post("/bvd/v1/usages")
        .then()
        .statusCode(201);
  }

  private static MimeMessage only(String address) {
    List<MimeMessage> mails = GreenMailResource.to(address);
    assertEquals(1, mails.size(), "mails to the recipient");
    return mails.get(0);
  }

  private static String subject(MimeMessage mail) {
    try {
      return mail.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<MimeMessage> withSubject(String address, String subject) {
    return GreenMailResource.to(address).stream().filter(m -> subject.equals(subject(m))).toList();
  }

  private static boolean expiring(MimeMessage mail) {
    return subject(mail).startsWith("Een machtiging stopt binnenkort");
  }

  /** Neither party's BSN, nor any nine-digit number, in the subject or the body. */
  @SafeVarargs
  private static void noIdentifiers(String text, Map<String, Object>... parties) {
    for (Map<String, Object> party : parties) {
      assertFalse(text.contains((String) party.get("id")), "a BSN in a mail");
    }
    assertFalse(NINE_DIGITS.matcher(text).find(), "a nine-digit number in a mail: " + text);
  }

  private static void assertThrows(Runnable action) {
    org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class, action::run);
  }
}
