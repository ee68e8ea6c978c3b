package nl.namens.register.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.namens.register.legal.LegalBasis;
import nl.namens.register.party.PartyView;
import org.junit.jupiter.api.Test;

/** The BVD's defense in depth: no date outside the register's range leaves it, whatever the row holds. */
class RepresentationWithinRangeTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

  private static Representation representation(
      Integer birthYear, String from, String until, String decisionDate) {
    return new Representation(
        UUID.randomUUID(),
        "bewind",
        new PartyView("BSN", "999990019", "Jan Jansen", birthYear),
        "beschermingsbewind",
        List.of(),
        from == null ? null : LocalDate.parse(from),
        until == null ? null : LocalDate.parse(until),
        "substantieel",
        null,
        "urn:namens:1.0:RT:Bewind",
        "court",
        new LegalBasis(
            "BW 1:431",
            "CCBR",
            "Rechtbank Utrecht",
            decisionDate == null ? null : LocalDate.parse(decisionDate),
            "C/16/1",
            null,
            null));
  }

  @Test
  void aSaneRepresentationIsAnsweredAsItIs() {
    Representation sane = representation(1950, "1900-01-01", "9999-12-31", "2026-06-15");
    assertSame(sane, sane.withinRange(TODAY));
    Representation open = representation(null, "2020-01-01", null, null);
    assertSame(open, open.withinRange(TODAY));
  }

  @Test
  void periodDaysOutsideTheRangeAreBroughtToItsEdges() {
    Representation legacy = representation(1950, "-0001-01-01", "+99999-12-31", "2025-06-01");
    Representation answered = legacy.withinRange(TODAY);
    assertEquals(LocalDate.parse("1900-01-01"), answered.validFrom());
    assertEquals(LocalDate.parse("9999-12-31"), answered.validUntil());
    assertEquals(legacy.principal(), answered.principal());
    assertEquals(legacy.legalBasis(), answered.legalBasis());
  }

  @Test
  void aBirthYearOrDecisionDateOutsideTheRangeIsLeftOut() {
    for (int year : new int[] {1, 1899, 2027, 2999, 99999}) {
      Representation answered = representation(year, "2020-01-01", null, "2999-01-01").withinRange(TODAY);
      assertNull(answered.principal().birthYear(), "birth year " + year);
      assertEquals("Jan Jansen", answered.principal().displayName());
      assertNull(answered.legalBasis().decisionDate());
      assertEquals("C/16/1", answered.legalBasis().decisionId());
    }
  }
}
