package nl.namens.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ShapeTest {

  @Test
  void nationalSizesHaveProfessionalsWith200To5000Principals() {
    Shape tenMillion = new Shape(10_000_000, 1_000_000);
    assertEquals(5_000, tenMillion.maxPrincipals());
    assertEquals(200, tenMillion.minPrincipals());
    assertTrue(tenMillion.professionals() > 1_000, "a few thousand professionals at 10 M");
    Shape oneMillion = new Shape(1_000_000, 1_000_000);
    assertTrue(oneMillion.professionals() > 100 && oneMillion.professionals() < 300);
  }

  @Test
  void legalRowsSplitIntoParentalAndCourt() {
    Shape shape = new Shape(1_000_000, 1_000_000);
    assertEquals(800_000, shape.parentalRows());
    assertEquals(200_000, shape.courtRows());
    assertEquals(400_000, shape.children());
  }

  @Test
  void tinySizesStillHaveAProfessional() {
    Shape tiny = new Shape(2_000, 1_000);
    assertEquals(100, tiny.maxPrincipals());
    assertTrue(tiny.professionals() >= 1);
  }

  @Test
  void sizesParseWithSuffixes() {
    assertEquals(2_000, Size.parse("2k").count());
    assertEquals(10_000_000, Size.parse("10m").count());
    assertEquals("10 M", Size.parse("10m").label());
    assertEquals("2.5 M", Size.parse("2.5m").label());
    assertThrows(IllegalArgumentException.class, () -> Size.parse("lots"));
  }
}
