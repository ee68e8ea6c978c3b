package nl.namens.identifiers;

import java.util.List;
import java.util.Optional;

/**
 * What a service is about (dienstencatalogus). Legal representation holds per category (a bewindvoerder for
 * financial services, a mentor for care); the broker's catalogue page and the register share these codes.
 */
public enum ServiceCategory {
  FINANCIAL("financial"),
  CARE("care"),
  GENERAL("general");

  private final String code;

  ServiceCategory(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  /** Every code, in declaration order. */
  public static List<String> codes() {
    return java.util.Arrays.stream(values()).map(ServiceCategory::code).toList();
  }

  public static Optional<ServiceCategory> fromCode(String code) {
    for (ServiceCategory category : values()) {
      if (category.code.equals(code)) {
        return Optional.of(category);
      }
    }
    return Optional.empty();
  }
}
