package nl.namens.identifiers;

/** Rechtspersonen en Samenwerkingsverbanden Informatienummer: nine digits that pass the 11-proef. */
public final class Rsin {

  private Rsin() {}

  public static boolean isValid(String value) {
    return ElevenProof.passes(value);
  }
}
