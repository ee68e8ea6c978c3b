package nl.namens.register.legal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ImportRowTest {

  @Test
  void fieldsAreTheRecordComponentsInOrder() {
    assertEquals(
        Arrays.stream(ImportRow.class.getRecordComponents()).map(RecordComponent::getName).toList(),
        ImportRow.FIELDS);
  }
}
