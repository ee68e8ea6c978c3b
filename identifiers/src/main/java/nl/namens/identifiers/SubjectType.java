package nl.namens.identifiers;

import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of identifier a party (principal or actor) is known by, with the OIDC NL GOV {@code sub_id_type}
 * URN of each.
 */
public enum SubjectType {
  BSN("urn:nl-eid-gdi:1.0:id:legacy-BSN"),
  RSIN("urn:nl-eid-gdi:1.0:id:RSIN"),
  KVK("urn:nl-eid-gdi:1.0:id:KvKnr");

  public static final String PSEUDONYM_SUB_ID_TYPE = "urn:nl-eid-gdi:1.0:id:pseudonym";

  private final String subIdType;

  SubjectType(String subIdType) {
    this.subIdType = subIdType;
  }

  /** The {@code sub_id_type} URN of the OIDC NL GOV profile. */
  public String subIdType() {
    return subIdType;
  }

  /** Whether {@code value} is a well-formed identifier of this type. */
  public boolean isValid(String value) {
    switch (this) {
      case BSN:
        return Bsn.isValid(value);
      case RSIN:
        return Rsin.isValid(value);
      case KVK:
        return KvkNumber.isValid(value);
      default:
        throw new IllegalStateException(name());
    }
  }

  /** Whether identifiers of this type are personal data that only allowed service providers may receive. */
  public boolean isPersonal() {
    return this == BSN;
  }

  public static Optional<SubjectType> parse(String name) {
    if (name == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(valueOf(name.trim().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
