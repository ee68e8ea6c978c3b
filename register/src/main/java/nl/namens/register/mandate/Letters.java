package nl.namens.register.mandate;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import nl.namens.identifiers.RepresentationKind;
import nl.namens.identifiers.SubjectType;
import nl.namens.register.mail.MailFacts;
import nl.namens.register.outbox.Outbox;
import nl.namens.register.party.Party;
import nl.namens.register.service.Service;

/** The Dutch letters the lifecycle sends through the {@link Outbox}. Plain text, no markup. */
@ApplicationScoped
class Letters {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");
  private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");
  private static final String PORTAL = "Mijn machtigingen";

  private final Outbox outbox;
  private final Clock clock;

  Letters(Outbox outbox, Clock clock) {
    this.outbox = outbox;
    this.clock = clock;
  }

  void registered(Mandate m) {
    send(
        m.representative(),
        m,
        Outbox.REGISTERED,
        "Nieuwe machtiging: activeren met een code",
        name(m.principal())
            + " heeft "
            + you(m.representative())
            + " gemachtigd"
            + terms(m)
            + ".\n\nDe machtiging werkt pas als u haar activeert: log in op "
            + PORTAL
            + " met uw eigen inlogmiddel en voer de activeringscode in die u van "
            + name(m.principal())
            + " krijgt. De code is geldig tot "
            + moment(m.codeExpiresAt())
            + ". Activeert u niet, dan vervalt de machtiging op "
            + moment(m.lapsesAt())
            + ".");
  }

  /** A second agent approved a helpdesk registration: the principal gets the code, by letter only. */
  void helpdeskRegistration(Mandate m, String code) {
    send(
        m.principal(),
        m,
        Outbox.HELPDESK_REGISTRATION,
        "Bevestiging: machtiging geregistreerd via de helpdesk",
        "Via de helpdesk (medewerker "
            + m.proposedBy()
            + ", goedgekeurd door medewerker "
            + m.approvedBy()
            + ") is op uw verzoek een machtiging geregistreerd: u machtigt "
            + name(m.representative())
            + terms(m)
            + ".\n\nDe activeringscode voor "
            + name(m.representative())
            + " is: "
            + code
            + " (geldig tot "
            + moment(m.codeExpiresAt())
            + ").\n\nHeeft u dit niet gevraagd? Maak de registratie ongedaan tot "
            + moment(m.undoUntil())
            + ": log in op "
            + PORTAL
            + " en kies bij deze machtiging 'Ongedaan maken', of bel de helpdesk. Kenmerk: "
            + m.id()
            + ".");
  }

  /** An administrator registered a pending mandate: the principal gets the code to pass on. */
  void activationCode(Mandate m, String code) {
    send(
        m.principal(),
        m,
        Outbox.ACTIVATION_CODE,
        "Machtiging geregistreerd: de activeringscode",
        "Er is voor u een machtiging geregistreerd: u machtigt "
            + name(m.representative())
            + terms(m)
            + ".\n\nGeef deze activeringscode aan "
            + name(m.representative())
            + ": "
            + code
            + " (geldig tot "
            + moment(m.codeExpiresAt())
            + "). Wilt u dit niet? Trek de machtiging in via "
            + PORTAL
            + ". Kenmerk: "
            + m.id()
            + ".");
  }

  void approvalCode(Mandate m, String code) {
    send(
        m.principal(),
        m,
        Outbox.APPROVAL_CODE,
        "Verzoek om een machtiging: uw goedkeuringscode",
        name(m.representative())
            + " vraagt u om een machtiging"
            + terms(m)
            + ".\n\nGaat u akkoord? Log in op "
            + PORTAL
            + " en voer deze goedkeuringscode in: "
            + code
            + " (geldig tot "
            + moment(m.codeExpiresAt())
            + ").\n\nWilt u dit niet? Weiger het verzoek in "
            + PORTAL
            + " of doe niets: het verzoek vervalt op "
            + moment(m.lapsesAt())
            + ". Kenmerk: "
            + m.id()
            + ".");
  }

  void activated(Mandate m) {
    send(
        m.principal(),
        m,
        Outbox.ACTIVATED,
        "Machtiging geactiveerd",
        name(m.representative())
            + " heeft de machtiging geactiveerd"
            + terms(m)
            + ". U kunt de machtiging altijd intrekken in "
            + PORTAL
            + ".");
  }

  void approved(Mandate m) {
    send(
        m.representative(),
        m,
        Outbox.APPROVED,
        "Machtiging goedgekeurd",
        name(m.principal())
            + " heeft uw verzoek goedgekeurd: u bent gemachtigd"
            + terms(m)
            + ".");
  }

  void declined(Mandate m, Party by) {
    Party other = other(m, by);
    send(
        other,
        m,
        Outbox.DECLINED,
        "Machtiging geweigerd",
        name(by) + " heeft de machtiging geweigerd" + terms(m) + ". De machtiging is niet actief.");
  }

  void revoked(Mandate m, Party by, boolean confirmToActor) {
    Party other = other(m, by);
    String body =
        name(by)
            + " heeft de machtiging ingetrokken"
            + terms(m)
            + ". De machtiging geldt niet meer sinds "
            + moment(m.revokedAt())
            + ".";
    send(other, m, Outbox.REVOKED, "Machtiging ingetrokken", body);
    if (confirmToActor) {
      send(by, m, Outbox.REVOKED, "Bevestiging: machtiging ingetrokken via de helpdesk", body);
    }
  }

  /** An administrator revoked the mandate: both parties are told. */
  void revokedByAdministrator(Mandate m) {
    String body =
        "De machtiging van "
            + name(m.principal())
            + " aan "
            + name(m.representative())
            + terms(m)
            + " is ingetrokken door de beheerder van het register. De machtiging geldt niet meer sinds "
            + moment(m.revokedAt())
            + ".";
    send(m.principal(), m, Outbox.REVOKED, "Machtiging ingetrokken", body);
    send(m.representative(), m, Outbox.REVOKED, "Machtiging ingetrokken", body);
  }

  void undone(Mandate m) {
    send(
        m.representative(),
        m,
        Outbox.UNDONE,
        "Machtiging ongedaan gemaakt",
        name(m.principal())
            + " heeft de machtiging die via de helpdesk was geregistreerd ongedaan gemaakt"
            + terms(m)
            + ". De machtiging geldt niet.");
  }

  /** The BRP reported the death of a party: the other party is told that the mandate ended. */
  void endedByDeath(Mandate m, Party deceased) {
    Party other = other(m, deceased);
    outbox.send(
        other,
        m.id(),
        Outbox.ENDED_BY_DEATH,
        "Machtiging beëindigd door overlijden",
        "De machtiging van "
            + name(m.principal())
            + " aan "
            + name(m.representative())
            + terms(m)
            + " is beëindigd: volgens de Basisregistratie Personen is "
            + name(deceased)
            + " overleden. De machtiging geldt niet meer sinds "
            + moment(m.revokedAt())
            + ".",
        mailFacts(m, other).withDeceased(deceased.displayName()));
  }

  void lapsed(Mandate m) {
    String body =
        "De machtiging van "
            + name(m.principal())
            + " aan "
            + name(m.representative())
            + terms(m)
            + " is vervallen: er is niet op tijd geactiveerd of goedgekeurd.";
    send(m.principal(), m, Outbox.LAPSED, "Machtiging vervallen", body);
    send(m.representative(), m, Outbox.LAPSED, "Machtiging vervallen", body);
  }

  void locked(Mandate m) {
    String body =
        "De machtiging van "
            + name(m.principal())
            + " aan "
            + name(m.representative())
            + terms(m)
            + " is geblokkeerd: er is te vaak een verkeerde code ingevoerd. Registreer zo nodig een nieuwe"
            + " machtiging.";
    send(m.principal(), m, Outbox.LOCKED, "Machtiging geblokkeerd", body);
    send(m.representative(), m, Outbox.LOCKED, "Machtiging geblokkeerd", body);
  }

  private void send(Party to, Mandate m, String kind, String subject, String body) {
    outbox.send(to, m.id(), kind, subject, body, mailFacts(m, to));
  }

  /** The mandate's first use at {@code service}: the principal is told by e-mail (no letter). */
  void firstUse(Mandate m, Service service, Instant at) {
    outbox.mailOnly(
        m.principal(), m.id(), Outbox.FIRST_USE, mailFacts(m, m.principal()).withUse(service.name(), moment(at)));
  }

  /** The mandate's last day is near: both parties are told by e-mail (no letter). */
  void expiring(Mandate m) {
    outbox.mailOnly(m.principal(), m.id(), Outbox.EXPIRING, mailFacts(m, m.principal()));
    outbox.mailOnly(m.representative(), m.id(), Outbox.EXPIRING, mailFacts(m, m.representative()));
  }

  /** What an e-mail about the mandate may say to {@code to}: names, services, period; no identifier. */
  private MailFacts mailFacts(Mandate m, Party to) {
    return new MailFacts(
        to.displayName(),
        m.principal().displayName(),
        m.representative().displayName(),
        m.services().stream().map(Service::name).collect(Collectors.joining(", ")),
        day(m.validFrom()),
        day(m.validUntil()),
        null,
        null,
        null);
  }

  private static Party other(Mandate m, Party by) {
    return by.id().equals(m.principal().id()) ? m.representative() : m.principal();
  }

  private static String you(Party party) {
    return party.type() == SubjectType.BSN ? "u" : "uw organisatie";
  }

  private String terms(Mandate m) {
    String chain = m.kind() == RepresentationKind.CHAIN ? " als intermediair (ketenmachtiging)" : "";
    return chain
        + " voor "
        + m.services().stream().map(Service::name).collect(Collectors.joining(", "))
        + ", van "
        + day(m.validFrom())
        + " tot en met "
        + day(m.validUntil());
  }

  static String name(Party party) {
    if (party.displayName() != null) {
      return party.displayName();
    }
    return party.type() == SubjectType.BSN ? "een persoon (naam onbekend)" : "een organisatie (naam onbekend)";
  }

  private static String day(LocalDate day) {
    return DAY.format(day);
  }

  private String moment(Instant instant) {
    return instant == null ? "-" : MOMENT.format(instant.atZone(clock.getZone()));
  }
}
