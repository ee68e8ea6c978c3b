package nl.namens.register.legal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.namens.register.party.PartyReference;
import nl.namens.register.validation.DateRule;
import nl.namens.register.validation.SaneDate;
import nl.namens.register.validation.SafeText;

/**
 * A survivor mandate to register: {@code {"deceased": party, "holder": party, "role": "executor" | "heir",
 * "evidence": {"type": "executele" | "verklaring-van-erfrecht", "reference": "..."}, "services": [uuid],
 * "validFrom"?}}. {@code validFrom} defaults to today. {@code agentId} is for the administrative API only (the
 * helpdesk's agent comes from the token).
 */
public record NewSurvivorMandate(
    @NotNull @Valid PartyReference deceased,
    @NotNull @Valid PartyReference holder,
    @NotNull @Pattern(regexp = SurvivorRole.PATTERN, message = "must be executor or heir") String role,
    @NotNull @Valid Evidence evidence,
    @NotEmpty @Size(max = NewSurvivorMandate.MAX_SERVICES) List<@NotNull UUID> services,
    @SaneDate(DateRule.VALIDITY) LocalDate validFrom,
    @Size(max = 100) @SafeText String agentId) {

  /** The evidence types as a Bean Validation pattern. */
  public static final String EVIDENCE_TYPES = "executele|verklaring-van-erfrecht";

  /** At most this many services in one survivor mandate. */
  public static final int MAX_SERVICES = 50;

  /**
   * {@code {"type": "executele" | "verklaring-van-erfrecht", "reference": "..."}}: the notary's declaration
   * and its reference (plain text, at most 100 characters).
   */
  public record Evidence(
      @NotNull
          @Pattern(regexp = EVIDENCE_TYPES, message = "must be executele or verklaring-van-erfrecht")
          String type,
      @NotBlank @Size(max = Evidence.MAX_REFERENCE) @SafeText String reference) {

    /** The longest evidence reference, in characters. */
    public static final int MAX_REFERENCE = 100;

    @Override
    public String toString() {
      return "Evidence[type=" + type + ", reference=***]";
    }
  }

  /** Without identifiers. */
  @Override
  public String toString() {
    return "NewSurvivorMandate[role=" + role + ", services=" + services + ", ***]";
  }
}
