package nl.namens.keycloak.actingfor;

import java.util.List;
import nl.namens.identifiers.LevelOfAssurance;
import nl.namens.keycloak.register.PrincipalSearch;

/**
 * What the acting-for page offered in this authentication session. Kept as JSON in an auth note, so
 * a submitted choice is checked against exactly what was shown, and searching and paging know the
 * current page.
 *
 * @param service the service UUID of this login
 * @param serviceName its display name if the register named it (may be null)
 * @param unavailable true when the register could not answer: only "myself" is offered
 * @param sessionLoa the LoA of the login (null when unknown)
 * @param options the principals shown on this page, selectable or not
 * @param search the active search, or null
 * @param offset the index of the first option of this page among all matches
 * @param total how many principals match the search (all principals without one)
 * @param allTotal how many principals the actor has without a search
 * @param capacity what the register said about the user acting for themselves, or null when not
 *     asked (an eHerkenning user)
 * @param selfRefusal null when the user may continue as themselves; else why not ({@code curatele},
 *     {@code bewind}, {@code mentorschap}, or {@value #REFUSAL_OTHER})
 */
record Offer(
    String service,
    String serviceName,
    boolean unavailable,
    LevelOfAssurance sessionLoa,
    List<OfferOption> options,
    PrincipalSearch search,
    int offset,
    int total,
    int allTotal,
    CapacityOutcome capacity,
    String selfRefusal) {

  static final String AUTH_NOTE = "namens.acting-for.offer";

  /** {@link #selfRefusal} when the register gave no (usable) reason. */
  static final String REFUSAL_OTHER = "other";

  Offer {
    options = options == null ? List.of() : List.copyOf(options);
    if (search != null && search.noCriteria()) {
      search = null;
    }
    offset = Math.max(0, offset);
    total = Math.max(total, offset + options.size());
    allTotal = Math.max(allTotal, search == null ? total : 0);
  }

  static Offer registerUnavailable(String service, LevelOfAssurance sessionLoa) {
    return new Offer(service, null, true, sessionLoa, List.of(), null, 0, 0, 0, null, null);
  }

  /** True when a search narrows the options. */
  boolean searchActive() {
    return search != null;
  }

  /** This offer with another page of principals; the service name is kept if the page has none. */
  Offer withPage(
      PrincipalSearch newSearch,
      int newOffset,
      int newTotal,
      List<OfferOption> newOptions,
      String pageServiceName) {
    boolean searching = newSearch != null && !newSearch.noCriteria();
    return new Offer(
        service,
        pageServiceName != null ? pageServiceName : serviceName,
        false,
        sessionLoa,
        newOptions,
        newSearch,
        newOffset,
        newTotal,
        searching ? allTotal : newTotal,
        capacity,
        selfRefusal);
  }

  /**
   * This offer with the register's capacity answer: {@code outcome} for the login event, and
   * "myself" refused for {@code reason} (null: allowed).
   */
  Offer withCapacity(CapacityOutcome outcome, String reason) {
    return new Offer(
        service,
        serviceName,
        unavailable,
        sessionLoa,
        options,
        search,
        offset,
        total,
        allTotal,
        outcome,
        reason);
  }
}
