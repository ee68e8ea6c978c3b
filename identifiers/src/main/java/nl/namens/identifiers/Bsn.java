package nl.namens.identifiers;

/** Burgerservicenummer: nine digits that pass the 11-proef. */
public final class Bsn {

  private Bsn() {}

  public static boolean isValid(String value) {
    return ElevenProof.passes(value);
  }
}
