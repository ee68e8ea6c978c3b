package nl.namens.keycloak.actingfor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.MultivaluedHashMap;
import java.util.List;
import nl.namens.keycloak.register.PrincipalSearch;
import org.junit.jupiter.api.Test;

class SearchFormTest {

  @Test
  void validCriteriaBecomeASearch() {
    SearchForm.Result result = SearchForm.parse(" Smit ", "2016", "0160");

    assertTrue(result.valid());
    assertEquals(new PrincipalSearch("Smit", 2016, "0160"), result.search());
  }

  @Test
  void emptyFieldsAreNoCriteria() {
    SearchForm.Result result = SearchForm.parse("", " ", null);

    assertTrue(result.valid());
    assertTrue(result.search().noCriteria());
  }

  @Test
  void spacesInsideTheBsnPartAreIgnored() {
    assertEquals("9999016", SearchForm.parse(null, null, "9999 016").search().bsnPart());
  }

  @Test
  void aBirthYearMustBeFourDigitsInRange() {
    for (String bad : List.of("84", "19845", "198a", "1899", "2101", "٢٠١٦")) {
      SearchForm.Result result = SearchForm.parse(null, bad, null);

      assertFalse(result.valid(), bad);
      assertEquals(
          List.of(new SearchForm.FieldError(SearchForm.ID_BIRTH_YEAR, SearchForm.MSG_BIRTH_YEAR)),
          result.errors());
      assertNull(result.search());
    }
  }

  @Test
  void aBsnPartMustBeThreeToNineDigits() {
    for (String bad : List.of("12", "1234567890", "12a4", "-123")) {
      assertEquals(
          List.of(new SearchForm.FieldError(SearchForm.ID_BSN_PART, SearchForm.MSG_BSN_PART)),
          SearchForm.parse(null, null, bad).errors(),
          bad);
    }
    assertTrue(SearchForm.parse(null, null, "123").valid());
    assertTrue(SearchForm.parse(null, null, "999990160").valid());
  }

  @Test
  void aNameMayBeAHundredCharactersNotMore() {
    assertTrue(SearchForm.parse("é".repeat(100), null, null).valid());
    assertEquals(
        List.of(new SearchForm.FieldError(SearchForm.ID_NAME, SearchForm.MSG_NAME_TOO_LONG)),
        SearchForm.parse("x".repeat(101), null, null).errors());
  }

  @Test
  void aNameWithMarkupOrControlCharactersIsRefused() {
    for (String bad : List.of("<b>Smit", "Smit\nJansen", "Smit\u200bJansen")) {
      assertEquals(
          List.of(new SearchForm.FieldError(SearchForm.ID_NAME, SearchForm.MSG_NAME_CHARACTERS)),
          SearchForm.parse(bad, null, null).errors(),
          bad);
    }
    assertTrue(SearchForm.parse("d'Ancona-Van den Berg, J.", null, null).valid());
  }

  @Test
  void refusedInputIsKeptToShowAgain() {
    SearchForm.Result result = SearchForm.parse("Smit", "84", "12");

    assertEquals(new SearchForm.Input("Smit", "84", "12"), result.input());
    assertEquals(2, result.errors().size());
  }

  @Test
  void theActionComesFromTheButtonOrFromASearchField() {
    MultivaluedHashMap<String, String> form = new MultivaluedHashMap<>();
    assertEquals(PageAction.CHOOSE, PageAction.of(form));

    form.add(SearchForm.PARAM_NAME, "smit");
    assertEquals(PageAction.SEARCH, PageAction.of(form));

    form.add(PageAction.PARAM, "clear");
    assertEquals(PageAction.CLEAR, PageAction.of(form));

    MultivaluedHashMap<String, String> paging = new MultivaluedHashMap<>();
    paging.add(PageAction.PARAM, "next");
    assertEquals(PageAction.NEXT, PageAction.of(paging));
    paging.putSingle(PageAction.PARAM, "whatever");
    assertEquals(PageAction.CHOOSE, PageAction.of(paging));
  }
}
