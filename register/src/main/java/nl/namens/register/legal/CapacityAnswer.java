package nl.namens.register.legal;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * {@code {"mayActForSelf": false, "reason": "bewind", "representatives": [{"displayName": "...", "kind":
 * "bewind"}]}}: whether a person may act for themselves at a service. {@code reason} is {@code null} when
 * they may; {@code representatives} are those who may act for them at this service (no identifiers).
 */
public record CapacityAnswer(
    boolean mayActForSelf,
    @JsonInclude(JsonInclude.Include.ALWAYS) String reason,
    List<Representative> representatives) {

  public record Representative(String displayName, String kind) {}

  static CapacityAnswer free() {
    return new CapacityAnswer(true, null, List.of());
  }
}
