package nl.namens.register.mandate;

import java.util.Optional;

/**
 * Where a mandate is in its lifecycle. Only {@link #ACTIVE} mandates are offered. "Expired" is no status: it
 * is derived from {@code validUntil}.
 */
public enum MandateStatus {
  /**
   * Proposed at the helpdesk by one agent, awaiting a second, different agent's approval (then {@link
   * #PENDING}, and the code goes out by letter) or decline.
   */
  PROPOSED("proposed"),
  /** Registered by the principal, awaiting activation by the representative with the activation code. */
  PENDING("pending"),
  /** Asked by the representative, awaiting approval by the principal with the code sent by letter. */
  REQUESTED("requested"),
  ACTIVE("active"),
  /** The party that had to act (activate or approve) refused. */
  DECLINED("declined"),
  REVOKED("revoked"),
  /** Pending or requested longer than {@code namens.lifecycle.pending-lapse}. */
  LAPSED("lapsed"),
  /** Too many wrong codes. */
  LOCKED("locked");

  private final String code;

  MandateStatus(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  /** Waiting for a code: {@link #PENDING} or {@link #REQUESTED}. */
  public boolean awaitsCode() {
    return this == PENDING || this == REQUESTED;
  }

  /** Whether the mandate can still be revoked (it has not ended already). */
  public boolean isOpen() {
    return this == PROPOSED
        || this == PENDING
        || this == REQUESTED
        || this == ACTIVE
        || this == LOCKED;
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
