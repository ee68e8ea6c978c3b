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

/**
 * The letters the lifecycle sends through the {@link Outbox}: Dutch, then the same in English (as the e-mails).
 * Plain text, no markup.
 */
@ApplicationScoped
class Letters {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");
  private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");
  private static final String PORTAL = "Mijn machtigingen";
  private static final String PORTAL_EN = "Mijn machtigingen (My mandates)";

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
        "New mandate: activate it with a code",
        name(m.principal())
            + " heeft "
            + you(m.representative())
            + " gemachtigd"
            + terms(m)
            + ".\n\nDe machtiging werkt pas als u haar activeert. Daarvoor heeft u een activeringscode nodig. Die code"
            + " krijgt u van "
            + name(m.principal())
            + ". Log in op "
            + PORTAL
            + " met uw eigen DigiD of eHerkenning, en vul de code in. De code is geldig tot "
            + moment(m.codeExpiresAt())
            + ". Activeert u de machtiging niet op tijd? Dan vervalt zij op "
            + moment(m.lapsesAt())
            + ".",
        nameEn(m.principal())
            + " has authorised "
            + youEn(m.representative())
            + termsEn(m)
            + ".\n\nThe mandate works only once you activate it. For that you need an activation code, which you get"
            + " from "
            + nameEn(m.principal())
            + ". Log in to "
            + PORTAL_EN
            + " with your own DigiD or eHerkenning, and enter the code. The code is valid until "
            + moment(m.codeExpiresAt())
            + ". If you do not activate the mandate in time, it lapses on "
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
        "Confirmation: mandate registered through the helpdesk",
        "Op uw verzoek heeft een medewerker van de helpdesk een machtiging geregistreerd. Een tweede medewerker"
            + " heeft die gecontroleerd. U machtigt "
            + name(m.representative())
            + terms(m)
            + ".\n\nDe activeringscode voor "
            + name(m.representative())
            + " is: "
            + code
            + ". De code is geldig tot "
            + moment(m.codeExpiresAt())
            + ". Geef de code aan "
            + name(m.representative())
            + ".\n\nHeeft u dit niet gevraagd? Dan kunt u de registratie ongedaan maken tot "
            + moment(m.undoUntil())
            + ". Log in op "
            + PORTAL
            + " en kies bij deze machtiging 'Ongedaan maken'. U kunt ook de helpdesk bellen. Kenmerk: "
            + m.id()
            + ".",
        "At your request, a helpdesk agent has registered a mandate. A second agent has checked it."
            + " You authorise "
            + nameEn(m.representative())
            + termsEn(m)
            + ".\n\nThe activation code for "
            + nameEn(m.representative())
            + " is: "
            + code
            + ". The code is valid until "
            + moment(m.codeExpiresAt())
            + ". Give the code to "
            + nameEn(m.representative())
            + ".\n\nDid you not ask for this? Then you can undo the registration until "
            + moment(m.undoUntil())
            + ". Log in to "
            + PORTAL_EN
            + " and choose 'Undo' at this mandate. You can also call the helpdesk. Reference: "
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
        "Mandate registered: the activation code",
        "Er is een machtiging voor u geregistreerd. U machtigt "
            + name(m.representative())
            + terms(m)
            + ".\n\nGeef deze activeringscode aan "
            + name(m.representative())
            + ": "
            + code
            + ". De code is geldig tot "
            + moment(m.codeExpiresAt())
            + ".\n\nWilt u dit niet? Trek de machtiging dan in, in "
            + PORTAL
            + ". Kenmerk: "
            + m.id()
            + ".",
        "A mandate has been registered for you. You authorise "
            + nameEn(m.representative())
            + termsEn(m)
            + ".\n\nGive this activation code to "
            + nameEn(m.representative())
            + ": "
            + code
            + ". The code is valid until "
            + moment(m.codeExpiresAt())
            + ".\n\nDo you not want this? Then revoke the mandate in "
            + PORTAL_EN
            + ". Reference: "
            + m.id()
            + ".");
  }

  void approvalCode(Mandate m, String code) {
    send(
        m.principal(),
        m,
        Outbox.APPROVAL_CODE,
        "Verzoek om een machtiging: uw goedkeuringscode",
        "Request for a mandate: your approval code",
        name(m.representative())
            + " vraagt u om een machtiging"
            + terms(m)
            + ".\n\nGaat u akkoord? Log in op "
            + PORTAL
            + " en vul deze goedkeuringscode in: "
            + code
            + ". De code is geldig tot "
            + moment(m.codeExpiresAt())
            + ".\n\nWilt u dit niet? Weiger het verzoek in "
            + PORTAL
            + ". Of doe niets: dan vervalt het verzoek op "
            + moment(m.lapsesAt())
            + ". Kenmerk: "
            + m.id()
            + ".",
        nameEn(m.representative())
            + " asks you for a mandate"
            + termsEn(m)
            + ".\n\nDo you agree? Log in to "
            + PORTAL_EN
            + " and enter this approval code: "
            + code
            + ". The code is valid until "
            + moment(m.codeExpiresAt())
            + ".\n\nDo you not want this? Decline the request in "
            + PORTAL_EN
            + ". Or do nothing: the request then lapses on "
            + moment(m.lapsesAt())
            + ". Reference: "
            + m.id()
            + ".");
  }

  void activated(Mandate m) {
    send(
        m.principal(),
        m,
        Outbox.ACTIVATED,
        "Machtiging geactiveerd",
        "Mandate activated",
        name(m.representative())
            + " heeft de machtiging geactiveerd"
            + terms(m)
            + ". U kunt de machtiging altijd intrekken in "
            + PORTAL
            + ".",
        nameEn(m.representative())
            + " has activated the mandate"
            + termsEn(m)
            + ". You can always revoke the mandate in "
            + PORTAL_EN
            + ".");
  }

  void approved(Mandate m) {
    send(
        m.representative(),
        m,
        Outbox.APPROVED,
        "Machtiging goedgekeurd",
        "Mandate approved",
        name(m.principal()) + " heeft uw verzoek goedgekeurd. U bent nu gemachtigd" + terms(m) + ".",
        nameEn(m.principal()) + " has approved your request. You are now authorised" + termsEn(m) + ".");
  }

  void declined(Mandate m, Party by) {
    Party other = other(m, by);
    send(
        other,
        m,
        Outbox.DECLINED,
        "Machtiging geweigerd",
        "Mandate declined",
        name(by) + " heeft de machtiging geweigerd" + terms(m) + ". De machtiging is niet actief.",
        nameEn(by) + " has declined the mandate" + termsEn(m) + ". The mandate is not active.");
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
    String bodyEn =
        nameEn(by)
            + " has revoked the mandate"
            + termsEn(m)
            + ". The mandate stopped applying on "
            + moment(m.revokedAt())
            + ".";
    send(other, m, Outbox.REVOKED, "Machtiging ingetrokken", "Mandate revoked", body, bodyEn);
    if (confirmToActor) {
      send(
          by,
          m,
          Outbox.REVOKED,
          "Bevestiging: machtiging ingetrokken via de helpdesk",
          "Confirmation: mandate revoked through the helpdesk",
          body,
          bodyEn);
    }
  }

  /** An administrator revoked the mandate: both parties are told. */
  void revokedByAdministrator(Mandate m) {
    String body =
        "De beheerder van Namens heeft de machtiging van "
            + name(m.principal())
            + " aan "
            + name(m.representative())
            + terms(m)
            + " ingetrokken. De machtiging geldt niet meer sinds "
            + moment(m.revokedAt())
            + ".";
    String bodyEn =
        "The administrator of Namens has revoked the mandate from "
            + nameEn(m.principal())
            + " to "
            + nameEn(m.representative())
            + termsEn(m)
            + ". The mandate stopped applying on "
            + moment(m.revokedAt())
            + ".";
    send(m.principal(), m, Outbox.REVOKED, "Machtiging ingetrokken", "Mandate revoked", body, bodyEn);
    send(m.representative(), m, Outbox.REVOKED, "Machtiging ingetrokken", "Mandate revoked", body, bodyEn);
  }

  void undone(Mandate m) {
    send(
        m.representative(),
        m,
        Outbox.UNDONE,
        "Machtiging ongedaan gemaakt",
        "Mandate undone",
        name(m.principal())
            + " heeft een machtiging ongedaan gemaakt die via de helpdesk was geregistreerd. Het ging om een"
            + " machtiging aan "
            + you(m.representative())
            + terms(m)
            + ". Deze machtiging geldt niet.",
        nameEn(m.principal())
            + " has undone a mandate that was registered through the helpdesk. It was a mandate to "
            + youEn(m.representative())
            + termsEn(m)
            + ". This mandate does not apply.");
  }

  /** The BRP reported the death of a party: the other party is told that the mandate ended. */
  void endedByDeath(Mandate m, Party deceased) {
    Party other = other(m, deceased);
    outbox.send(
        other,
        m.id(),
        Outbox.ENDED_BY_DEATH,
        bilingual("Machtiging beëindigd door overlijden", "Mandate ended by death"),
        bilingualBody(
            "De machtiging van "
                + name(m.principal())
                + " aan "
                + name(m.representative())
                + terms(m)
                + " is beëindigd. Volgens de Basisregistratie Personen (BRP) is "
                + name(deceased)
                + " overleden. De machtiging geldt niet meer sinds "
                + moment(m.revokedAt())
                + ".",
            "The mandate from "
                + nameEn(m.principal())
                + " to "
                + nameEn(m.representative())
                + termsEn(m)
                + " has ended. According to the Personal Records Database (BRP), "
                + nameEn(deceased)
                + " has died. The mandate stopped applying on "
                + moment(m.revokedAt())
                + "."),
        mailFacts(m, other).withDeceased(deceased.displayName()));
  }

  void lapsed(Mandate m) {
    endedByTheRegister(
        m, Outbox.LAPSED, "Machtiging vervallen", "Mandate lapsed",
        "is vervallen, omdat zij niet op tijd is geactiveerd of goedgekeurd",
        "has lapsed, because it was not activated or approved in time");
  }

  void locked(Mandate m) {
    endedByTheRegister(
        m, Outbox.LOCKED, "Machtiging geblokkeerd", "Mandate locked",
        "is geblokkeerd, omdat er te vaak een verkeerde code is ingevuld",
        "has been locked, because a wrong code was entered too often");
  }

  /** To both parties: the mandate ended without anyone's act ({@code what}, why), and how to arrange a new one. */
  private void endedByTheRegister(
      Mandate m, String kind, String subject, String subjectEn, String what, String whatEn) {
    String body =
        "De machtiging van "
            + name(m.principal())
            + " aan "
            + name(m.representative())
            + terms(m)
            + " "
            + what
            + ". Is een machtiging nog nodig? Regel dan een nieuwe in "
            + PORTAL
            + ".";
    String bodyEn =
        "The mandate from "
            + nameEn(m.principal())
            + " to "
            + nameEn(m.representative())
            + termsEn(m)
            + " "
            + whatEn
            + ". Do you still need a mandate? Then arrange a new one in "
            + PORTAL_EN
            + ".";
    send(m.principal(), m, kind, subject, subjectEn, body, bodyEn);
    send(m.representative(), m, kind, subject, subjectEn, body, bodyEn);
  }

  /** A letter in Dutch with the same text in English below it (the portal shows it in either language). */
  private void send(
      Party to, Mandate m, String kind, String subject, String subjectEn, String body, String bodyEn) {
    outbox.send(to, m.id(), kind, bilingual(subject, subjectEn), bilingualBody(body, bodyEn), mailFacts(m, to));
  }

  private static String bilingual(String subject, String subjectEn) {
    return subject + " / " + subjectEn;
  }

  private static String bilingualBody(String body, String bodyEn) {
    return body + "\n\n--- English ---\n\n" + bodyEn;
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

  private static String youEn(Party party) {
    return party.type() == SubjectType.BSN ? "you" : "your organisation";
  }

  private String terms(Mandate m) {
    String chain = m.kind() == RepresentationKind.CHAIN ? " als tussenpersoon (ketenmachtiging)" : "";
    return chain
        + " voor "
        + m.services().stream().map(Service::name).collect(Collectors.joining(", "))
        + ", van "
        + day(m.validFrom())
        + " tot en met "
        + day(m.validUntil());
  }

  private String termsEn(Mandate m) {
    String chain = m.kind() == RepresentationKind.CHAIN ? " as an intermediary (chain mandate)" : "";
    return chain
        + " for "
        + m.services().stream().map(Service::name).collect(Collectors.joining(", "))
        + ", from "
        + day(m.validFrom())
        + " up to and including "
        + day(m.validUntil());
  }

  static String name(Party party) {
    if (party.displayName() != null) {
      return party.displayName();
    }
    return party.type() == SubjectType.BSN ? "een persoon (naam onbekend)" : "een organisatie (naam onbekend)";
  }

  static String nameEn(Party party) {
    if (party.displayName() != null) {
      return party.displayName();
    }
    return party.type() == SubjectType.BSN ? "a person (name unknown)" : "an organisation (name unknown)";
  }

  private static String day(LocalDate day) {
    return DAY.format(day);
  }

  private String moment(Instant instant) {
    return instant == null ? "-" : MOMENT.format(instant.atZone(clock.getZone()));
  }
}
