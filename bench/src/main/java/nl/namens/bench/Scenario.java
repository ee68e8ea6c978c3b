package nl.namens.bench;

import java.util.List;

/**
 * One measured question: a BVD path and the request bodies the callers cycle through (different actors and
 * principals, so the measurement is not one cached row).
 *
 * @param name short key used in the results ({@code auth-ordinary}, ...)
 * @param title what it is, for the report
 */
record Scenario(String name, String title, String path, List<String> bodies) {

  Scenario {
    if (bodies.isEmpty()) {
      throw new IllegalArgumentException("scenario " + name + " has no request bodies: the sample found nothing");
    }
    bodies = List.copyOf(bodies);
  }
}
