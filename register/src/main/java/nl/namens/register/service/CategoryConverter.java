package nl.namens.register.service;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter
final class CategoryConverter implements AttributeConverter<Category, String> {

  @Override
  public String convertToDatabaseColumn(Category category) {
    return category == null ? null : category.code();
  }

  @Override
  public Category convertToEntityAttribute(String code) {
    return code == null
        ? null
        : Category.fromCode(code).orElseThrow(() -> new IllegalStateException("category " + code));
  }
}
