package nl.namens.register.usage;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import nl.namens.identifiers.LevelOfAssurance;

@Converter
final class LoaConverter implements AttributeConverter<LevelOfAssurance, String> {

  @Override
  public String convertToDatabaseColumn(LevelOfAssurance loa) {
    return loa == null ? null : loa.code();
  }

  @Override
  public LevelOfAssurance convertToEntityAttribute(String code) {
    return code == null
        ? null
        : LevelOfAssurance.fromCode(code).orElseThrow(() -> new IllegalStateException("loa " + code));
  }
}
