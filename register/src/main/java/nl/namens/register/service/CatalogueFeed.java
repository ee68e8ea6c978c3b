package nl.namens.register.service;

/**
 * Where the catalogue comes from, as the catalogue needs it (a port; the broker adapter {@code
 * nl.namens.register.broker.CatalogueSync} implements it): which source, and "ask again" for a service the register
 * does not know.
 */
public interface CatalogueFeed {

  CatalogueSource source();

  /**
   * For a service the register does not know: takes the source's catalogue again unless that was done very recently.
   * Returns whether it did and took an answer.
   */
  boolean refreshForUnknown();
}
