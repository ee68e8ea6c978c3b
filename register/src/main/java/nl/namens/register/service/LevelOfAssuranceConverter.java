package nl.namens.register.service;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import nl.namens.identifiers.LevelOfAssurance;

@Converter
/** Stores a level of assurance by its short Dutch code (basis, midden, substantieel, hoog). */
public final class LevelOfAssuranceConverter implements AttributeConverter<LevelOfAssurance, String> {

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
