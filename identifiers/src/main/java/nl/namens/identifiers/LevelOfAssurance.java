package nl.namens.identifiers;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The four levels of assurance (betrouwbaarheidsniveaus), ordered from low to high, with the URIs DigiD
 * (eIDAS/Logius, used in {@code acr}) and eHerkenning (eToegang) use for them.
 */
public enum LevelOfAssurance {
  BASIS("basis", "http://eID.logius.nl/LoA/basic", List.of("urn:etoegang:core:assurance-class:loa1")),
  MIDDEN(
      "midden",
      "http://eidas.europa.eu/LoA/low",
      List.of("urn:etoegang:core:assurance-class:loa2", "urn:etoegang:core:assurance-class:loa2plus")),
  SUBSTANTIEEL(
      "substantieel",
      "http://eidas.europa.eu/LoA/substantial",
      List.of("urn:etoegang:core:assurance-class:loa3")),
  HOOG("hoog", "http://eidas.europa.eu/LoA/high", List.of("urn:etoegang:core:assurance-class:loa4"));

  private final String code;
  private final String uri;
  private final List<String> eherkenningUris;

  LevelOfAssurance(String code, String uri, List<String> eherkenningUris) {
    this.code = code;
    this.uri = uri;
    this.eherkenningUris = eherkenningUris;
  }

  /** Short Dutch name: basis, midden, substantieel, hoog. */
  public String code() {
    return code;
  }

  /** The eIDAS / Logius URI, as used in {@code acr} and in DigiD's AuthnContextClassRef. */
  public String uri() {
    return uri;
  }

  /** The canonical eHerkenning assurance-class URN (the first of {@link #eherkenningUris()}). */
  public String eherkenningUri() {
    return eherkenningUris.get(0);
  }

  public List<String> eherkenningUris() {
    return eherkenningUris;
  }

  public boolean satisfies(LevelOfAssurance required) {
    return compareTo(required) >= 0;
  }

  /** Parses a short name (any case). */
  public static Optional<LevelOfAssurance> fromCode(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String c = code.trim().toLowerCase(Locale.ROOT);
    for (LevelOfAssurance loa : values()) {
      if (loa.code.equals(c)) {
        return Optional.of(loa);
      }
    }
    return Optional.empty();
  }

  /** Parses an eIDAS/Logius URI or an eHerkenning assurance-class URN. */
  public static Optional<LevelOfAssurance> fromUri(String uri) {
    if (uri == null) {
      return Optional.empty();
    }
    String u = uri.trim();
    for (LevelOfAssurance loa : values()) {
      if (loa.uri.equals(u) || loa.eherkenningUris.contains(u)) {
        return Optional.of(loa);
      }
    }
    return Optional.empty();
  }
}
