package nl.namens.register.portal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.namens.identifiers.SubjectType;
import nl.namens.register.legal.NewSurvivorMandate;
import nl.namens.register.legal.SurvivorRole;
import nl.namens.register.party.PartyReference;

/**
 * What the helpdesk agent typed in the survivor-mandate form (nabestaandenmachtiging), kept as text so that a
 * form with errors is shown again with the input. Only the form's own shape is checked here (filled in, a
 * BSN, one of the radio values, a date, plain text); the rules of survivor mandates (holder not the deceased,
 * an heir's evidence, estate services only, one holder at a time) are {@code LegalCommands}'.
 */
public record SurvivorForm(
    String deceased,
    String holder,
    String role,
    String evidenceType,
    String evidenceReference,
    List<String> services,
    String validFrom) {

  static final String DECEASED = "namens-survivor-deceased";
  static final String HOLDER = "namens-survivor-holder";
  /** A radio group's errors link to its first option. */
  static final String ROLE = "namens-survivor-role-executor";
  static final String EVIDENCE = "namens-survivor-evidence-executele";
  static final String REFERENCE = "namens-survivor-reference";
  static final String SERVICE = "namens-survivor-service-";
  /** The services fieldset: where service errors link when the catalogue offers no estate service. */
  static final String SERVICES = "namens-survivor-services";
  static final String VALID_FROM = "namens-survivor-valid-from";

  public SurvivorForm {
    deceased = MandateForm.compact(deceased);
    holder = MandateForm.compact(holder);
    role = MandateForm.trim(role);
    evidenceType = MandateForm.trim(evidenceType);
    evidenceReference = MandateForm.trim(evidenceReference);
    services = services == null ? List.of() : services.stream().filter(s -> s != null && !s.isBlank()).toList();
    validFrom = MandateForm.trim(validFrom);
  }

  static SurvivorForm empty(LocalDate today) {
    return new SurvivorForm("", "", "", "", "", List.of(), today.toString());
  }

  /** Checked state of a service checkbox. */
  public boolean has(Object serviceId) {
    return services.contains(String.valueOf(serviceId));
  }

  public boolean isRole(String code) {
    return code.equals(role);
  }

  public boolean isEvidence(String type) {
    return type.equals(evidenceType);
  }

  /** The longest evidence reference (the input's {@code maxlength}). */
  public int maxReference() {
    return NewSurvivorMandate.Evidence.MAX_REFERENCE;
  }

  /**
   * The control a {@code LegalCommands} violation belongs to, by field prefix ({@code evidence.type} ->
   * the evidence radios); {@code ""} for the form as a whole.
   */
  static Map<String, String> fields(String servicesField) {
    return Map.of(
        "", "",
        "deceased", DECEASED,
        "holder", HOLDER,
        "role", ROLE,
        "evidence", EVIDENCE,
        "evidence.reference", REFERENCE,
        "services", servicesField,
        "validFrom", VALID_FROM);
  }

  /** Where service errors link: the first offered checkbox, else the fieldset. */
  static String servicesField(List<UUID> offered) {
    return offered.isEmpty() ? SERVICES : SERVICE + offered.get(0);
  }

  // --- parsing, collecting errors in the user's language --------------------------------------------------

  /** The request for {@code LegalCommands}, or empty with the form's errors added to {@code errors}. */
  Optional<NewSurvivorMandate> request(Texts texts, List<FieldError> errors, String servicesField) {
    int before = errors.size();
    Optional<PartyReference> deceasedParty = bsn(deceased, DECEASED, texts, errors);
    Optional<PartyReference> holderParty = bsn(holder, HOLDER, texts, errors);
    if (SurvivorRole.fromCode(role).isEmpty()) {
      errors.add(new FieldError(ROLE, texts.msg().err_choose()));
    }
    if (!evidenceType.matches(NewSurvivorMandate.EVIDENCE_TYPES)) {
      errors.add(new FieldError(EVIDENCE, texts.msg().err_choose()));
    }
    reference(texts, errors);
    List<UUID> serviceIds = serviceIds(servicesField, texts, errors);
    Optional<LocalDate> from = MandateForm.date(validFrom, VALID_FROM, texts, errors);
    if (errors.size() > before) {
      return Optional.empty();
    }
    return Optional.of(
        new NewSurvivorMandate(
            deceasedParty.get(),
            holderParty.get(),
            role,
            new NewSurvivorMandate.Evidence(evidenceType, evidenceReference),
            serviceIds,
            from.get(),
            null));
  }

  private void reference(Texts texts, List<FieldError> errors) {
    if (evidenceReference.isEmpty()) {
      errors.add(new FieldError(REFERENCE, texts.msg().err_required()));
    } else if (evidenceReference.length() > NewSurvivorMandate.Evidence.MAX_REFERENCE) {
      errors.add(
          new FieldError(
              REFERENCE, texts.msg().err_too_long(Integer.toString(NewSurvivorMandate.Evidence.MAX_REFERENCE))));
    } else if (!PlainText.isPlain(evidenceReference)) {
      errors.add(new FieldError(REFERENCE, texts.msg().err_text()));
    }
  }

  private List<UUID> serviceIds(String servicesField, Texts texts, List<FieldError> errors) {
    if (services.isEmpty()) {
      errors.add(new FieldError(servicesField, texts.msg().err_services_none()));
      return List.of();
    }
    if (services.size() > NewSurvivorMandate.MAX_SERVICES) {
      errors.add(new FieldError(servicesField, texts.msg().err_services_many()));
      return List.of();
    }
    List<UUID> ids = new ArrayList<>();
    for (String s : services) {
      try {
        ids.add(UUID.fromString(s));
      } catch (IllegalArgumentException e) {
        errors.add(new FieldError(servicesField, texts.msg().err_service_unknown()));
        return List.of();
      }
    }
    return ids;
  }

  private static Optional<PartyReference> bsn(String id, String field, Texts texts, List<FieldError> errors) {
    if (id.isEmpty()) {
      errors.add(new FieldError(field, texts.msg().err_required()));
      return Optional.empty();
    }
    if (id.length() > 20 || !SubjectType.BSN.isValid(id)) {
      errors.add(new FieldError(field, texts.msg().err_bsn()));
      return Optional.empty();
    }
    return Optional.of(new PartyReference(SubjectType.BSN.name(), id));
  }
}
