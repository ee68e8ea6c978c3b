package nl.namens.register.portal;

import io.quarkus.qute.TemplateExtension;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.namens.identifiers.RepresentationKind;
import nl.namens.register.legal.LegalRelationView;
import nl.namens.register.legal.SurvivorMandateView;
import nl.namens.register.mandate.HistoryEntry;
import nl.namens.register.mandate.MandateDetails;
import nl.namens.register.party.PartyView;

/** Formatting helpers for the portal templates. */
@TemplateExtension
final class PortalExtensions {

  private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");
  private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");
  private static final Set<String> HISTORY_ACTIONS =
      Set.of(
          "register", "request", "activate", "approve", "decline", "revoke", "undo", "lapse", "lock",
          "wrong-code", "seed", "employees-all", "employees-listed", "propose", "approve-proposal",
          "decline-proposal", "death");
  private static final Set<String> STATUSES =
      Set.of("proposed", "pending", "requested", "active", "declined", "revoked", "lapsed", "locked");
  private static final Set<String> CHANNELS = Set.of("online", "helpdesk", "broker", "admin", "system");
  private static final Set<String> SURVIVOR_ROLES = Set.of("executor", "heir");
  private static final Set<String> SURVIVOR_EVIDENCE = Set.of("executele", "verklaring-van-erfrecht");
  private static final Set<String> SURVIVOR_REASONS = Set.of("settled", "revoked", "declined");
  private static final Set<String> LEGAL_KINDS =
      Arrays.stream(RepresentationKind.values())
          .filter(RepresentationKind::isLegal)
          .map(RepresentationKind::code)
          .collect(Collectors.toSet());
  private static final Set<String> LEGAL_SOURCES = Set.of("brp", "court", "helpdesk");
  private static final Set<String> CATEGORIES = Set.of("financial", "care", "general");

  private PortalExtensions() {}

  static String day(LocalDate date) {
    return date == null ? "" : DAY.format(date);
  }

  static String moment(Instant instant) {
    return instant == null ? "" : MOMENT.format(instant.atZone(ZONE));
  }

  /** The message key of the mandate's state: {@code status_active}, {@code status_expired}, ... */
  static String stateKey(MandateDetails m) {
    return "status_" + m.state();
  }

  static String kindKey(MandateDetails m) {
    return RepresentationKind.CHAIN.code().equals(m.kind()) ? "kind_chain" : "kind_voluntary";
  }

  static String channelKey(MandateDetails m) {
    return channelKey(m.channel());
  }

  static String actionKey(HistoryEntry e) {
    return HISTORY_ACTIONS.contains(e.action()) ? "hist_" + e.action().replace('-', '_') : "hist_other";
  }

  /** The message key of a stored status code ({@code status_pending}, ...). */
  static String beforeKey(HistoryEntry e) {
    return statusKey(e.statusBefore());
  }

  static String afterKey(HistoryEntry e) {
    return statusKey(e.statusAfter());
  }

  private static String statusKey(String status) {
    return status != null && STATUSES.contains(status) ? "status_" + status : "status_active";
  }

  static String byKey(HistoryEntry e) {
    return e.by() == null ? "by_system" : "by_" + e.by();
  }

  static String channelKey(HistoryEntry e) {
    return channelKey(e.channel());
  }

  /** Whether the viewer has to act: activate (representative) or approve (principal). */
  static boolean awaitsMe(MandateDetails m) {
    return m.awaiting() != null && m.awaiting().equals(m.role());
  }

  /** A pending mandate awaits activation (representative); a requested one approval (principal). */
  static boolean isActivation(MandateDetails m) {
    return "pending".equals(m.status());
  }

  static boolean isPrincipalView(MandateDetails m) {
    return MandateDetails.PRINCIPAL.equals(m.role());
  }

  /** Open: pending, requested or active (also expired-by-date is shown as ended). */
  static boolean isOpen(MandateDetails m) {
    return "pending".equals(m.status()) || "requested".equals(m.status()) || "active".equals(m.status());
  }

  static boolean isCurrent(MandateDetails m) {
    return "active".equals(m.state()) || "scheduled".equals(m.state());
  }

  static boolean isEnded(MandateDetails m) {
    return !isOpen(m) || "expired".equals(m.state());
  }

  /** "Bea de Vries (BSN 999990020)" or "BSN 999990020". */
  static String label(PartyView p) {
    if (p == null) {
      return "";
    }
    String id = p.type() + " " + p.id();
    return p.displayName() == null || p.displayName().isBlank() ? id : p.displayName() + " (" + id + ")";
  }

  /** "Bea de Vries", or "BSN 999990020" for a party without a name: a person named in a sentence. */
  static String shortLabel(PartyView p) {
    if (p == null) {
      return "";
    }
    return p.displayName() == null || p.displayName().isBlank() ? p.type() + " " + p.id() : p.displayName();
  }

  static String names(MandateDetails m) {
    return String.join(", ", m.services().stream().map(s -> s.name()).toList());
  }

  static String lines(List<String> values) {
    return values == null ? "" : String.join("\n", values);
  }

  /** The message key of a survivor mandate's role: {@code survivor_role_executor} or {@code survivor_role_heir}. */
  static String roleKey(SurvivorMandateView v) {
    return SURVIVOR_ROLES.contains(v.role()) ? "survivor_role_" + v.role() : "survivor_role_heir";
  }

  /** {@code survivor_evidence_executele} or {@code survivor_evidence_verklaring_van_erfrecht}. */
  static String evidenceKey(SurvivorMandateView v) {
    String type = v.evidence() == null ? null : v.evidence().type();
    return SURVIVOR_EVIDENCE.contains(type)
        ? "survivor_evidence_" + type.replace('-', '_')
        : "survivor_evidence_verklaring_van_erfrecht";
  }

  /** {@code survivor_status_proposed}, {@code survivor_status_active} or {@code survivor_status_ended}. */
  static String survivorStatusKey(SurvivorMandateView v) {
    return switch (v.status()) {
      case "proposed" -> "survivor_status_proposed";
      case "active" -> "survivor_status_active";
      default -> "survivor_status_ended";
    };
  }

  /** {@code survivor_reason_settled}, {@code survivor_reason_revoked}, {@code survivor_reason_declined}; empty while open. */
  static String endReasonKey(SurvivorMandateView v) {
    return SURVIVOR_REASONS.contains(v.endReason()) ? "survivor_reason_" + v.endReason() : "";
  }

  /** The survivor mandate's services by name, comma separated. */
  static String serviceNames(SurvivorMandateView v) {
    return String.join(", ", v.services().stream().map(s -> s.name()).toList());
  }

  /** The message key of a legal kind: {@code legal_kind_parental_authority}, {@code legal_kind_bewind}, ... */
  static String kindKey(LegalRelationView v) {
    return LEGAL_KINDS.contains(v.kind()) ? "legal_kind_" + v.kind().replace('-', '_') : "legal_kind_other";
  }

  /** The message key of a legal source: {@code legal_source_brp}, {@code legal_source_court}, ... */
  static String sourceKey(LegalRelationView v) {
    return LEGAL_SOURCES.contains(v.source()) ? "legal_source_" + v.source() : "legal_source_other";
  }

  /** The message keys of the categories a legal representation covers ({@code legal_scope_financial}, ...). */
  static List<String> categoryKeys(LegalRelationView v) {
    return v.scope().categories().stream()
        .map(c -> CATEGORIES.contains(c) ? "legal_scope_" + c : "legal_scope_other")
        .toList();
  }

  /** The estate services a survivor mandate names, comma separated. */
  static String serviceNames(LegalRelationView v) {
    return String.join(", ", v.scope().services().stream().map(s -> s.name()).toList());
  }

  private static String channelKey(String channel) {
    return channel != null && CHANNELS.contains(channel) ? "channel_" + channel : "channel_online";
  }

  /** The message of the error for the form control {@code field}, or empty. */
  static String errorFor(List<FieldError> errors, String field) {
    return errors.stream().filter(e -> field.equals(e.field())).map(FieldError::message).findFirst().orElse("");
  }

  static String errorFor(List<FieldError> errors, String prefix, String field) {
    return errorFor(errors, prefix + field);
  }
}
