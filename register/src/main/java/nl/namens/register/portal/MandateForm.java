package nl.namens.register.portal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.namens.identifiers.SubjectType;
import nl.namens.register.party.PartyReference;

/**
 * What the user typed in a mandate form, kept as text so that a form with errors is shown again with the
 * user's input. {@code counterpart} is the other party: the representative (register, helpdesk) or the
 * principal (request); {@code caller} and {@code identityCheck} are the helpdesk's.
 */
public record MandateForm(
    String counterpartType,
    String counterpartId,
    List<String> services,
    String validFrom,
    String validUntil,
    String callerType,
    String callerId,
    String identityCheck,
    String mandateId) {

  static final int MAX_TEXT = 200;

  public MandateForm {
    counterpartType = trim(counterpartType);
    counterpartId = compact(counterpartId);
    services = services == null ? List.of() : services.stream().filter(s -> s != null && !s.isBlank()).toList();
    validFrom = trim(validFrom);
    validUntil = trim(validUntil);
    callerType = trim(callerType);
    callerId = compact(callerId);
    identityCheck = identityCheck == null ? "" : identityCheck.strip();
    mandateId = trim(mandateId);
  }

  static MandateForm empty(LocalDate today) {
    return new MandateForm("BSN", "", List.of(), today.toString(), today.plusYears(1).toString(), "BSN", "", "", "");
  }

  /** Checked state of a service checkbox. */
  public boolean has(Object serviceId) {
    return services.contains(String.valueOf(serviceId));
  }

  public boolean isType(String type) {
    return type.equals(counterpartType);
  }

  public boolean isCallerType(String type) {
    return type.equals(callerType);
  }

  // --- parsing, collecting errors in the user's language --------------------------------------------------

  Optional<PartyReference> counterpart(Texts texts, List<FieldError> errors) {
    return party(counterpartType, counterpartId, "counterpartType-bsn", "counterpartId", texts, errors);
  }

  Optional<PartyReference> caller(Texts texts, List<FieldError> errors) {
    return party(callerType, callerId, "callerType-bsn", "callerId", texts, errors);
  }

  List<UUID> serviceIds(Texts texts, List<FieldError> errors) {
    if (services.isEmpty()) {
      errors.add(new FieldError("services-0", texts.msg().err_services_none()));
      return List.of();
    }
    if (services.size() > 50) {
      errors.add(new FieldError("services-0", texts.msg().err_services_many()));
      return List.of();
    }
    List<UUID> ids = new ArrayList<>();
    for (String s : services) {
      try {
        ids.add(UUID.fromString(s));
      } catch (IllegalArgumentException e) {
        errors.add(new FieldError("services-0", texts.msg().err_service_unknown()));
        return List.of();
      }
    }
    return ids;
  }

  Optional<LocalDate> from(Texts texts, List<FieldError> errors) {
    return date(validFrom, "validFrom", texts, errors);
  }

  Optional<LocalDate> until(Texts texts, List<FieldError> errors) {
    return date(validUntil, "validUntil", texts, errors);
  }

  Optional<String> identityCheck(Texts texts, List<FieldError> errors) {
    if (identityCheck.isEmpty()) {
      errors.add(new FieldError("identityCheck", texts.msg().err_required()));
      return Optional.empty();
    }
    if (identityCheck.length() > MAX_TEXT) {
      errors.add(new FieldError("identityCheck", texts.msg().err_too_long(Integer.toString(MAX_TEXT))));
      return Optional.empty();
    }
    if (!PlainText.isPlain(identityCheck)) {
      errors.add(new FieldError("identityCheck", texts.msg().err_text()));
      return Optional.empty();
    }
    return Optional.of(identityCheck);
  }

  Optional<UUID> mandate(Texts texts, List<FieldError> errors) {
    if (mandateId.isEmpty()) {
      errors.add(new FieldError("mandateId", texts.msg().err_required()));
      return Optional.empty();
    }
    try {
      return Optional.of(UUID.fromString(mandateId));
    } catch (IllegalArgumentException e) {
      errors.add(new FieldError("mandateId", texts.msg().err_uuid()));
      return Optional.empty();
    }
  }

  private static Optional<PartyReference> party(
      String type, String id, String typeField, String idField, Texts texts, List<FieldError> errors) {
    if (!"BSN".equals(type) && !"KVK".equals(type)) {
      errors.add(new FieldError(typeField, texts.msg().err_choose()));
      return Optional.empty();
    }
    if (id.isEmpty()) {
      errors.add(new FieldError(idField, texts.msg().err_required()));
      return Optional.empty();
    }
    SubjectType subjectType = SubjectType.valueOf(type);
    if (id.length() > 20 || !subjectType.isValid(id)) {
      errors.add(
          new FieldError(idField, "BSN".equals(type) ? texts.msg().err_bsn() : texts.msg().err_kvk()));
      return Optional.empty();
    }
    return Optional.of(new PartyReference(type, id));
  }

  static Optional<LocalDate> date(
      String value, String field, Texts texts, List<FieldError> errors) {
    if (value.isEmpty()) {
      errors.add(new FieldError(field, texts.msg().err_required()));
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(value));
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(field, texts.msg().err_date()));
      return Optional.empty();
    }
  }

  static String trim(String s) {
    return s == null ? "" : s.strip();
  }

  /** Identifiers: spaces and dots people type between digit groups are dropped. */
  static String compact(String s) {
    return s == null ? "" : s.replaceAll("[\\s.]", "");
  }
}
