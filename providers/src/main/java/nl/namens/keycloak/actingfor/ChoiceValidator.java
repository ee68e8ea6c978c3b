package nl.namens.keycloak.actingfor;

import nl.namens.keycloak.representation.NamensNames;

/** Checks a submitted choice against what this authentication session offered. */
final class ChoiceValidator {

  /** Form parameter of the radio group. */
  static final String PARAM = "actingFor";

  enum Refusal {
    /** Nothing chosen. */
    NO_CHOICE,
    /** A value that was not on the page: forged or from another session. */
    NOT_OFFERED,
    /** Offered but disabled (LoA too low), or representation unavailable. */
    NOT_SELECTABLE,
    /** "Myself" while the register says the user may not act for themselves at this service. */
    SELF_NOT_ALLOWED
  }

  sealed interface Choice {
    record Self() implements Choice {}

    record Mandate(OfferOption option) implements Choice {}

    record Refused(Refusal refusal) implements Choice {}
  }

  private ChoiceValidator() {}

  static Choice validate(Offer offer, String submitted) {
    if (submitted == null || submitted.isBlank()) {
      return new Choice.Refused(Refusal.NO_CHOICE);
    }
    String value = submitted.trim();
    if (NamensNames.SELF.equals(value)) {
      return offer != null && offer.selfRefusal() != null
          ? new Choice.Refused(Refusal.SELF_NOT_ALLOWED)
          : new Choice.Self();
    }
    if (offer == null) {
      return new Choice.Refused(Refusal.NOT_OFFERED);
    }
    for (OfferOption option : offer.options()) {
      if (option.mandateId() != null && option.mandateId().equalsIgnoreCase(value)) {
        return option.selectable() && !offer.unavailable()
            ? new Choice.Mandate(option)
            : new Choice.Refused(Refusal.NOT_SELECTABLE);
      }
    }
    return new Choice.Refused(Refusal.NOT_OFFERED);
  }
}
