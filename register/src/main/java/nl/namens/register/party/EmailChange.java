package nl.namens.register.party;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

/**
 * A party's new e-mail address for notifications; {@code null} or blank removes it. One address, at most {@value
 * #MAX_LENGTH} characters (RFC 5321's limit), with a dot in the domain and no white space or line breaks (it
 * becomes a mail header).
 */
public record EmailChange(
    @Size(max = MAX_LENGTH, message = TOO_LONG)
        @Email(regexp = "^[^@\\s<>\"(),;:\\[\\]]+@[^@\\s<>\"(),;:\\[\\]]+\\.[^@\\s<>\"(),;:\\[\\]]+$", message = INVALID)
        String email) {

  public static final int MAX_LENGTH = 254;

  /** The message templates, codes the portal turns into words. */
  public static final String INVALID = "email-invalid";

  public static final String TOO_LONG = "email-too-long";

  /** The address as it is stored: trimmed; {@code null} for none. */
  public String normalized() {
    return email == null || email.isBlank() ? null : email.strip();
  }

  /** Without the address, so a logged request or exception shows no personal data. */
  @Override
  public String toString() {
    return "EmailChange[***]";
  }
}
