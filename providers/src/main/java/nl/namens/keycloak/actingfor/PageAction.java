package nl.namens.keycloak.actingfor;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Locale;

/**
 * What a post to the acting-for or incapacity page asks for: form parameter {@value #PARAM}, set by
 * the button that submitted the form.
 */
enum PageAction {
  /** Choose the checked radio button (also when a post carries no action). */
  CHOOSE,
  /** Search with the search form's criteria, from the first page. */
  SEARCH,
  /** Forget the search, back to the first page of everybody. */
  CLEAR,
  /** The next page of the current search. */
  NEXT,
  /** The previous page of the current search. */
  PREVIOUS,
  /** Stop: back to the service with {@code error=access_denied}. */
  CANCEL;

  static final String PARAM = "namensAction";

  /** The button's value: the lower-case name. */
  String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The action of a post: the {@value #PARAM} value; without one, {@link #SEARCH} when the post
   * carries a search field (Enter in a search field of a browser that sends no button), else {@link
   * #CHOOSE}. An unknown value is {@link #CHOOSE}: the choice is validated anyway.
   */
  static PageAction of(MultivaluedMap<String, String> form) {
    String value = form.getFirst(PARAM);
    if (value == null || value.isBlank()) {
      return SearchForm.present(form) ? SEARCH : CHOOSE;
    }
    for (PageAction action : values()) {
      if (action.value().equals(value.trim())) {
        return action;
      }
    }
    return CHOOSE;
  }
}
