package nl.namens.register.mandate;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import nl.namens.identifiers.RepresentationKind;
import nl.namens.identifiers.SubjectType;
import nl.namens.register.mail.MailFacts;
import nl.namens.register.outbox.Outbox;
import nl.namens.register.party.Party;
import nl.namens.register.service.Service;

/**
 * The letters the lifecycle sends through the {@link Outbox}: Dutch, then the same in English (as the e-mails).
 * Plain text, no markup. The words are in the Qute templates {@code templates/letter/<name>.txt} (plain text, so
 * nothing is escaped), one per kind of letter; this class fills in the names, terms, codes and moments.
 */
@ApplicationScoped
class Letters {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");
  private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

  private final Outbox outbox;
  private final Clock clock;
  private final Engine engine;

  Letters(Outbox outbox, Clock clock, Engine engine) {
    this.outbox = outbox;
    this.clock = clock;
    this.engine = engine;
  }

  void registered(Mandate m) {
    send(m.representative(), m, Outbox.REGISTERED, "registered", data(m));
  }

  /** A second agent approved a helpdesk registration: the principal gets the code, by letter only. */
  void helpdeskRegistration(Mandate m, String code) {
    send(m.principal(), m, Outbox.HELPDESK_REGISTRATION, "helpdesk-registration", withCode(data(m), code));
  }

  /** An administrator registered a pending mandate: the principal gets the code to pass on. */
  void activationCode(Mandate m, String code) {
    send(m.principal(), m, Outbox.ACTIVATION_CODE, "activation-code", withCode(data(m), code));
  }

  void approvalCode(Mandate m, String code) {
    send(m.principal(), m, Outbox.APPROVAL_CODE, "approval-code", withCode(data(m), code));
  }

  void activated(Mandate m) {
    send(m.principal(), m, Outbox.ACTIVATED, "activated", data(m));
  }

  void approved(Mandate m) {
    send(m.representative(), m, Outbox.APPROVED, "approved", data(m));
  }

  void declined(Mandate m, Party by) {
    send(other(m, by), m, Outbox.DECLINED, "declined", withBy(data(m), by));
  }

  void revoked(Mandate m, Party by, boolean confirmToActor) {
    Map<String, Object> data = withBy(data(m), by);
    send(other(m, by), m, Outbox.REVOKED, "revoked", data);
    if (confirmToActor) {
      send(by, m, Outbox.REVOKED, "revoked", "confirmationSubject", data, mailFacts(m, by));
    }
  }

  /** An administrator revoked the mandate: both parties are told. */
  void revokedByAdministrator(Mandate m) {
    toBoth(m, Outbox.REVOKED, "revoked-by-administrator");
  }

  void undone(Mandate m) {
    send(m.representative(), m, Outbox.UNDONE, "undone", data(m));
  }

  /** The BRP reported the death of a party: the other party is told that the mandate ended. */
  void endedByDeath(Mandate m, Party deceased) {
    Party other = other(m, deceased);
    Map<String, Object> data = data(m);
    data.put("deceased", name(deceased));
    data.put("deceasedEn", nameEn(deceased));
    send(
        other, m, Outbox.ENDED_BY_DEATH, "ended-by-death", "subject", data,
        mailFacts(m, other).withDeceased(deceased.displayName()));
  }

  void lapsed(Mandate m) {
    toBoth(m, Outbox.LAPSED, "lapsed");
  }

  void locked(Mandate m) {
    toBoth(m, Outbox.LOCKED, "locked");
  }

  /** The same letter to both parties. */
  private void toBoth(Mandate m, String kind, String template) {
    Map<String, Object> data = data(m);
    send(m.principal(), m, kind, template, data);
    send(m.representative(), m, kind, template, data);
  }

  /**
   * What every letter template ({@code templates/letter/<name>.txt}) may say about the mandate, already
   * written out: the parties' names ({@code principal}, {@code representative}; {@code ...En} in English),
   * {@code you} (the representative addressed), the {@code terms}, the moments and the {@code reference}.
   */
  private Map<String, Object> data(Mandate m) {
    Map<String, Object> data = new HashMap<>();
    data.put("principal", name(m.principal()));
    data.put("principalEn", nameEn(m.principal()));
    data.put("representative", name(m.representative()));
    data.put("representativeEn", nameEn(m.representative()));
    data.put("you", you(m.representative()));
    data.put("youEn", youEn(m.representative()));
    data.put("terms", terms(m));
    data.put("termsEn", termsEn(m));
    data.put("codeExpiresAt", moment(m.codeExpiresAt()));
    data.put("lapsesAt", moment(m.lapsesAt()));
    data.put("undoUntil", moment(m.undoUntil()));
    data.put("revokedAt", moment(m.revokedAt()));
    data.put("reference", String.valueOf(m.id()));
    return data;
  }

  private static Map<String, Object> withCode(Map<String, Object> data, String code) {
    data.put("code", String.valueOf(code));
    return data;
  }

  /** Who acted ({@code by}, {@code byEn}). */
  private static Map<String, Object> withBy(Map<String, Object> data, Party by) {
    data.put("by", name(by));
    data.put("byEn", nameEn(by));
    return data;
  }

  private void send(Party to, Mandate m, String kind, String template, Map<String, Object> data) {
    send(to, m, kind, template, "subject", data, mailFacts(m, to));
  }

  /**
   * A letter from the template {@code letter/<template>}: Dutch with the same text in English below it (the
   * portal shows it in either language), the subject ("Dutch / English") in the fragment {@code subject}.
   */
  private void send(
      Party to,
      Mandate m,
      String kind,
      String template,
      String subject,
      Map<String, Object> data,
      MailFacts facts) {
    Template letter = engine.getTemplate("letter/" + template);
    if (letter == null) {
      throw new IllegalStateException("letter template missing: " + template);
    }
    outbox.send(to, m.id(), kind, render(letter.getFragment(subject), data), render(letter, data), facts);
  }

  /** The text, without the line end that closes its template file (or its fragment). */
  private static String render(Template template, Map<String, Object> data) {
    TemplateInstance instance = template.instance();
    data.forEach(instance::data);
    String text = instance.render();
    return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
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
