package nl.namens.register.service;

import java.util.Optional;

/** What a service is about; later mandate kinds are allowed per category. */
public enum Category {
  FINANCIAL("financial"),
  CARE("care"),
  GENERAL("general");

  /** The codes as a Bean Validation pattern. */
  static final String PATTERN = "financial|care|general";

  private final String code;

  Category(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static Optional<Category> fromCode(String code) {
    for (Category category : values()) {
      if (category.code.equals(code)) {
        return Optional.of(category);
      }
    }
    return Optional.empty();
  }
}
