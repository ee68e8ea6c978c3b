package nl.namens.keycloak.simulator;

import static nl.namens.identifiers.LevelOfAssurance.HOOG;
import static nl.namens.identifiers.LevelOfAssurance.MIDDEN;
import static nl.namens.identifiers.LevelOfAssurance.SUBSTANTIEEL;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SimulatedLoaTest {

  @Test
  void nothingAskedGivesTheUsualLevel() {
    assertEquals(MIDDEN, SimulatedLoa.asked(MIDDEN, null, "hoog"));
    assertEquals(SUBSTANTIEEL, SimulatedLoa.asked(SUBSTANTIEEL, "midden", null));
  }

  @Test
  void aHigherLevelIsReachedUpToThePersonsMaximum() {
    assertEquals(SUBSTANTIEEL, SimulatedLoa.asked(MIDDEN, "substantieel", "hoog"));
    assertEquals(SUBSTANTIEEL, SimulatedLoa.asked(MIDDEN, "hoog", "substantieel"));
    assertEquals(HOOG, SimulatedLoa.asked(MIDDEN, "http://eidas.europa.eu/LoA/high", "hoog"));
  }

  @Test
  void withoutAMaximumThePersonStaysAtTheUsualLevel() {
    assertEquals(MIDDEN, SimulatedLoa.asked(MIDDEN, "substantieel", null));
    assertEquals(MIDDEN, SimulatedLoa.asked(MIDDEN, "substantieel", "basis"));
  }
}
