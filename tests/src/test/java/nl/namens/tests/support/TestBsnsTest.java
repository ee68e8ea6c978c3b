package nl.namens.tests.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestBsnsTest {

  @Test
  void demoPersonsPassAndBrokenNumbersFail() {
    for (String bsn : List.of(DemoServices.SANNE, DemoServices.TIM, DemoServices.GIJS, DemoServices.PETRA)) {
      assertTrue(TestBsns.passesElfproef(bsn), bsn);
    }
    assertFalse(TestBsns.passesElfproef("999990124"), "mallory-bsn");
    assertFalse(TestBsns.passesElfproef("000000000"), "sum 0");
    assertFalse(TestBsns.passesElfproef("12345678"), "eight digits");
  }

  @Test
  void blockIsValidDistinctAndTheSameEveryTime() {
    List<String> block = TestBsns.block(99980000, 500);
    assertEquals(500, block.size());
    assertEquals(500, new HashSet<>(block).size());
    assertTrue(block.stream().allMatch(TestBsns::passesElfproef));
    assertEquals(block, TestBsns.block(99980000, 500));
    assertEquals("999800000", block.get(0));
  }
}
