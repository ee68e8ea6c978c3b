package nl.namens.register.mandate;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter
final class MandateStatusConverter implements AttributeConverter<MandateStatus, String> {

  @Override
  public String convertToDatabaseColumn(MandateStatus status) {
    return status == null ? null : status.code();
  }

  @Override
  public MandateStatus convertToEntityAttribute(String code) {
    return code == null
        ? null
        : MandateStatus.fromCode(code).orElseThrow(() -> new IllegalStateException("status " + code));
  }
}
