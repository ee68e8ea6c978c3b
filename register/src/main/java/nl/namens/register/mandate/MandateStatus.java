package nl.namens.register.mandate;

import java.util.Optional;

/** Where a mandate is in its lifecycle. Only {@link #ACTIVE} mandates are offered. */
public enum MandateStatus {
  PENDING("pending"),
  ACTIVE("active"),
  REVOKED("revoked");

  private final String code;

  MandateStatus(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static Optional<MandateStatus> fromCode(String code) {
    for (MandateStatus status : values()) {
      if (status.code.equals(code)) {
        return Optional.of(status);
      }
    }
    return Optional.empty();
  }
}
