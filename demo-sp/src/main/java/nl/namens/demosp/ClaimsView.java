package nl.namens.demosp;

import static nl.namens.demosp.Html.escape;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renders the Namens claims of an ID token (see docs/architecture.md, "Tokens") as readable
 * sections: who you are, on whose behalf, on what basis, and, closed, what the service received (identifiers and all
 * claims as JSON). Every value is escaped.
 */
final class ClaimsView {
  static final Map<String, String> LOA_BY_ACR =
      Map.of(
          "http://eID.logius.nl/LoA/basic", "basis",
          "http://eidas.europa.eu/LoA/low", "midden",
          "http://eidas.europa.eu/LoA/substantial", "substantieel",
          "http://eidas.europa.eu/LoA/high", "hoog");
  static final Map<String, String> ID_TYPE_KEYS =
      Map.of(
          "urn:nl-eid-gdi:1.0:id:legacy-BSN", "idtype.bsn",
          "urn:nl-eid-gdi:1.0:id:RSIN", "idtype.rsin",
          "urn:nl-eid-gdi:1.0:id:KvKnr", "idtype.kvk",
          "urn:nl-eid-gdi:1.0:id:pseudonym", "idtype.pseudonym");
  static final Map<String, String> KIND_KEYS =
      Map.of(
          "voluntary", "kind.voluntary",
          "chain", "kind.chain",
          "parental-authority", "kind.parental-authority",
          "curatele", "kind.curatele",
          "bewind", "kind.bewind",
          "mentorschap", "kind.mentorschap",
          "survivor", "kind.survivor");
  static final Map<String, String> SOURCE_KEYS =
      Map.of("brp", "source.brp", "court", "source.court", "helpdesk", "source.helpdesk");

  private ClaimsView() {}

  /**
   * The readable name of an {@code acr} value, e.g. "Substantieel"; the value itself when unknown.
   */
  static String loaName(Object acr, Messages messages) {
    if (acr == null) {
      return messages.get("unknown");
    }
    String code = LOA_BY_ACR.get(acr.toString());
    return code == null ? acr.toString() : messages.get("loa." + code);
  }

  /** The readable label of a {@code sub_id_type}; the value itself when unknown. */
  static String idTypeLabel(Object subIdType, Messages messages) {
    if (subIdType == null) {
      return messages.get("unknown");
    }
    String key = ID_TYPE_KEYS.get(subIdType.toString());
    return key == null ? subIdType.toString() : messages.get(key);
  }

  static String kindLabel(Object kind, Messages messages) {
    if (kind == null) {
      return messages.get("unknown");
    }
    String key = KIND_KEYS.get(kind.toString());
    return key == null ? kind.toString() : messages.get(key);
  }

  /** The readable name of a {@code legal_basis.source}; the value itself when unknown. */
  static String sourceLabel(Object source, Messages messages) {
    if (source == null) {
      return messages.get("unknown");
    }
    String key = SOURCE_KEYS.get(source.toString());
    return key == null ? source.toString() : messages.get(key);
  }

  /**
   * The sections for a page; {@code claims} may be null (no ID token). What a citizen reads names people and
   * services, never a number or identifier (issue 13): who logged in at which level, on whose behalf by name, on what
   * basis. The identifiers and the token itself follow in a closed "for developers" section, as a demonstration of
   * what the service received.
   */
  static String render(Map<String, Object> claims, Messages messages) {
    StringBuilder html = new StringBuilder();
    if (claims == null) {
      html.append("<p>").append(escape(messages.get("claims.none"))).append("</p>\n");
      return html.toString();
    }
    Map<?, ?> represents = asMap(claims.get("represents"));
    Map<?, ?> representation = asMap(claims.get("representation"));
    List<Map<?, ?>> chain = chain(represents);
    html.append(section("who", messages.get("who.title"), whoYouAre(claims, messages)));
    html.append(section("for", messages.get("for.title"), onWhoseBehalf(chain, messages)));
    html.append(section("basis", messages.get("basis.title"), onWhatBasis(representation, messages)));
    html.append(section("developer", messages.get("developer.title"), forDevelopers(claims, chain, representation, messages)));
    return html.toString();
  }

  private static String whoYouAre(Map<String, Object> claims, Messages messages) {
    return "<dl>\n" + row(messages.get("who.acr"), escape(loaName(claims.get("acr"), messages))) + "</dl>\n";
  }

  /** The {@code represents} levels, outermost first; empty when the person acts for themself. */
  private static List<Map<?, ?>> chain(Map<?, ?> represents) {
    List<Map<?, ?>> chain = new ArrayList<>();
    for (Map<?, ?> party = represents; party != null && party.get("sub") != null; party = asMap(party.get("represents"))) {
      chain.add(party);
    }
    return chain;
  }

  /**
   * Whom the login represents: the deepest {@code represents}, by name; the outer ones (an eHerkenning employee's
   * company, a chain's intermediary) as "through", by name too. A company alone (an employee acting for their own
   * company) is the represented party itself.
   */
  private static String onWhoseBehalf(List<Map<?, ?>> chain, Messages messages) {
    if (chain.isEmpty()) {
      return "<p>" + escape(messages.get("for.self")) + "</p>\n";
    }
    Map<?, ?> principal = chain.get(chain.size() - 1);
    StringBuilder dl = new StringBuilder("<dl>\n");
    dl.append(row(messages.get("for.name"), escape(nameOf(principal, messages))));
    for (Map<?, ?> through : chain.subList(0, chain.size() - 1)) {
      dl.append(row(messages.get("for.through"), escape(nameOf(through, messages))));
    }
    return dl.append("</dl>\n").toString();
  }

  /** The party's name; else "a person this service may not identify" beside a pseudonym, else "not passed on". */
  private static String nameOf(Map<?, ?> party, Messages messages) {
    Object name = party.get("name");
    if (name != null) {
      return name.toString();
    }
    return "urn:nl-eid-gdi:1.0:id:pseudonym".equals(party.get("sub_id_type"))
        ? messages.get("for.unidentified")
        : messages.get("for.noname");
  }

  private static String onWhatBasis(Map<?, ?> representation, Messages messages) {
    if (representation == null) {
      return "<p>" + escape(messages.get("basis.none")) + "</p>\n";
    }
    StringBuilder dl = new StringBuilder("<dl>\n");
    dl.append(
        row(messages.get("basis.kind"), escape(kindLabel(representation.get("kind"), messages))));
    Map<?, ?> legalBasis = asMap(representation.get("legal_basis"));
    if (legalBasis != null) {
      dl.append(legalBasis(legalBasis, messages));
    }
    Object validUntil = representation.get("valid_until");
    if (validUntil != null) {
      dl.append(row(messages.get("basis.validuntil"), date(validUntil.toString(), messages)));
    }
    Object service = representation.get("service");
    if (service != null) {
      dl.append(
          row(messages.get("basis.service"), escape(serviceName(service.toString(), messages))));
    }
    return dl.append("</dl>\n").toString();
  }

  /**
   * What the service received, closed by default: the identifiers (the person's {@code sub}, the represented
   * parties' numbers or pseudonyms, the mandate's id, the service's UUID, the level's URI) and the ID token's claims
   * as JSON.
   */
  private static String forDevelopers(
      Map<String, Object> claims, List<Map<?, ?>> chain, Map<?, ?> representation, Messages messages) {
    StringBuilder dl = new StringBuilder("<dl>\n");
    dl.append(row(messages.get("who.sub"), "<code>" + escape(claims.get("sub")) + "</code>"));
    dl.append(row(messages.get("who.acr"), "<code class=\"uri\">" + escape(claims.get("acr")) + "</code>"));
    if (!chain.isEmpty()) {
      Map<?, ?> principal = chain.get(chain.size() - 1);
      dl.append(row(messages.get("for.sub"), "<code>" + escape(principal.get("sub")) + "</code>"));
      dl.append(row(messages.get("for.type"), escape(idTypeLabel(principal.get("sub_id_type"), messages))));
      for (Map<?, ?> through : chain.subList(0, chain.size() - 1)) {
        dl.append(
            row(
                messages.get("for.through"),
                "<code>" + escape(through.get("sub")) + "</code> ("
                    + escape(idTypeLabel(through.get("sub_id_type"), messages)) + ")"));
      }
    }
    if (representation != null) {
      Object type = representation.get("representation_type");
      if (type != null) {
        dl.append(row(messages.get("basis.type"), "<code class=\"uri\">" + escape(type) + "</code>"));
      }
      dl.append(
          row(
              messages.get(representation.get("legal_basis") == null ? "basis.mandate" : "basis.record"),
              "<code>" + escape(representation.get("mandate_id")) + "</code>"));
      Object service = representation.get("service");
      if (service != null) {
        dl.append(row(messages.get("basis.serviceid"), "<code>" + escape(service) + "</code>"));
      }
    }
    dl.append("</dl>\n");
    return "<details id=\"developer\">\n<summary>" + escape(messages.get("developer.summary")) + "</summary>\n"
        + "<p>" + escape(messages.get("developer.intro")) + "</p>\n"
        + dl
        + "<h3>" + escape(messages.get("claims.title")) + "</h3>\n"
        + "<pre><code>" + escape(Json.pretty(claims)) + "</code></pre>\n"
        + "</details>\n";
  }

  /**
   * The rows of a {@code legal_basis} claim (legal representation and survivor mandates): the
   * source, the article of law, the register, the court decision and the kind of evidence; absent
   * values are left out.
   */
  private static String legalBasis(Map<?, ?> legalBasis, Messages messages) {
    StringBuilder rows = new StringBuilder();
    rows.append(
        row(messages.get("legal.source"), escape(sourceLabel(legalBasis.get("source"), messages))));
    optionalRow(rows, messages.get("legal.law"), legalBasis.get("law"));
    optionalRow(rows, messages.get("legal.register"), legalBasis.get("register"));
    optionalRow(rows, messages.get("legal.court"), legalBasis.get("court"));
    Object decisionDate = legalBasis.get("decision_date");
    if (decisionDate != null) {
      rows.append(row(messages.get("legal.decisiondate"), date(decisionDate.toString(), messages)));
    }
    optionalRow(rows, messages.get("legal.decisionid"), legalBasis.get("decision_id"));
    Object evidence = legalBasis.get("evidence");
    if (evidence != null) {
      String key = "evidence." + evidence;
      String label = messages.get(key);
      rows.append(
          row(messages.get("legal.evidence"), escape(label.equals(key) ? evidence : label)));
    }
    return rows.toString();
  }

  private static void optionalRow(StringBuilder rows, String term, Object value) {
    if (value != null) {
      rows.append(row(term, escape(value)));
    }
  }

  private static String serviceName(String uuid, Messages messages) {
    return DemoService.ALL.stream()
        .filter(s -> s.serviceUuid().equals(uuid))
        .map(s -> messages.get(s.nameKey()))
        .findFirst()
        .orElse(messages.get("unknown"));
  }

  private static String date(String isoDate, Messages messages) {
    try {
      LocalDate date = LocalDate.parse(isoDate);
      String shown =
          DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
              .withLocale(messages.locale())
              .format(date);
      return "<time datetime=\"" + escape(isoDate) + "\">" + escape(shown) + "</time>";
    } catch (DateTimeParseException e) {
      return escape(isoDate);
    }
  }

  private static String section(String id, String title, String content) {
    return "<section aria-labelledby=\""
        + id
        + "-title\">\n<h2 id=\""
        + id
        + "-title\">"
        + escape(title)
        + "</h2>\n"
        + content
        + "</section>\n";
  }

  private static String row(String term, String escapedValue) {
    return "<dt>" + escape(term) + "</dt><dd>" + escapedValue + "</dd>\n";
  }

  private static Map<?, ?> asMap(Object value) {
    return value instanceof Map<?, ?> map ? map : null;
  }
}
