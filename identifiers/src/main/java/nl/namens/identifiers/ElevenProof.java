package nl.namens.identifiers;

/** The 11-proef shared by BSN and RSIN: nine digits, weights 9..2 and -1, sum divisible by 11 and not 0. */
final class ElevenProof {

  private ElevenProof() {}

  static boolean passes(String value) {
    if (value == null || value.length() != 9) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
      int weight = i == 8 ? -1 : 9 - i;
      sum += weight * (c - '0');
    }
    return sum != 0 && sum % 11 == 0;
  }
}
