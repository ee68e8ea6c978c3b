package nl.namens.bench;

/**
 * The shape of the generated register: how many voluntary mandates and legal representations, and how the
 * professional representatives are spread. Everything else follows from these numbers.
 *
 * <ul>
 *   <li>30% of the voluntary mandates are held by professional representatives (tax advisers, administrators:
 *       BSN persons); each holds between {@link #minPrincipals} and {@link #maxPrincipals} principals in force,
 *       spread log-uniformly, so a few thousand professionals at 10 M, about 200 at 1 M. The one with the most
 *       principals ({@link #maxPrincipals}, 5 000 at national sizes) is the professional the bench measures.
 *   <li>The other 70% go between ordinary people chosen at random from a population of {@code mandates +
 *       legal} persons, so most people have 0 to 2 relations.
 *   <li>10% of all mandates and legal representations have ended (revoked, terminated) or expired.
 *   <li>Legal representations: 80% parental authority (two parents per child), 20% court decisions
 *       (bewind, mentorschap, curatele), 40% of those held by professionals other than the measured one.
 * </ul>
 */
record Shape(long mandates, long legal) {

  static final double PROFESSIONAL_SHARE = 0.30;
  static final double ENDED_SHARE = 0.10;
  static final double PARENTAL_SHARE = 0.80;

  Shape {
    if (mandates < 100) {
      throw new IllegalArgumentException("at least 100 mandates");
    }
    if (legal < 0) {
      throw new IllegalArgumentException("legal representations must not be negative");
    }
  }

  /** Principals in force of the largest professional: 5 000, or a twentieth of the mandates at tiny sizes. */
  long maxPrincipals() {
    return Math.min(5_000, Math.max(10, mandates / 20));
  }

  /** Principals in force of the smallest professional: 200 (a quarter of the largest at tiny sizes). */
  long minPrincipals() {
    return Math.min(200, Math.max(2, maxPrincipals() / 4));
  }

  /** Number of professionals: their share of the mandates divided by the mean of the log-uniform spread. */
  long professionals() {
    double a = minPrincipals();
    double b = maxPrincipals();
    double mean = a == b ? a : (b - a) / Math.log(b / a);
    return Math.max(1, Math.round(PROFESSIONAL_SHARE * mandates / (mean / (1 - ENDED_SHARE))));
  }

  /** Children under parental authority: two parents each. */
  long children() {
    return (parentalRows() + 1) / 2;
  }

  long parentalRows() {
    return Math.round(legal * PARENTAL_SHARE);
  }

  long courtRows() {
    return legal - parentalRows();
  }

  /** Persons: the population the ordinary relations are drawn from, children and professionals included. */
  long people() {
    return mandates + legal;
  }
}
