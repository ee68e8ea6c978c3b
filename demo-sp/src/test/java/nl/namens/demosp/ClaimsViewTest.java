package nl.namens.demosp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClaimsViewTest {
  private final Messages dutch = Messages.forLanguage("nl");
  private final Messages english = Messages.forLanguage("en");

  private static Map<String, Object> representedClaims() {
    Map<String, Object> represents = new LinkedHashMap<>();
    represents.put("sub", "999990019");
    represents.put("sub_id_type", "urn:nl-eid-gdi:1.0:id:legacy-BSN");
    represents.put("iss", "http://localhost:8180/realms/namens");
    Map<String, Object> representation = new LinkedHashMap<>();
    representation.put("mandate_id", "0d4c6b1e-2222-4a8e-9c1f-123456789abc");
    representation.put("kind", "voluntary");
    representation.put("service", "5b1e2c64-0f55-4b8e-9d0a-3a1f2b3c4d01");
    representation.put("services", List.of("5b1e2c64-0f55-4b8e-9d0a-3a1f2b3c4d01"));
    representation.put("valid_until", "2027-12-31");
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put("sub", "f3a1c2d4-user");
    claims.put("acr", "http://eidas.europa.eu/LoA/substantial");
    claims.put("represents", represents);
    claims.put("representation", representation);
    claims.put("exp", 1767225600L);
    return claims;
  }

  @Test
  void representationIsShownWithReadableLabels() {
    String html = ClaimsView.render(representedClaims(), dutch);
    assertTrue(
        html.contains("<dt>Identificatie (sub)</dt><dd><code>f3a1c2d4-user</code></dd>"), html);
    assertTrue(html.contains("<dt>Inlogniveau</dt><dd>Substantieel</dd>"), html);
    assertTrue(html.contains("<code class=\"uri\">http://eidas.europa.eu/LoA/substantial</code>"), html);
    assertTrue(html.contains("<dt>Vertegenwoordigde</dt><dd><code>999990019</code></dd>"), html);
    assertTrue(html.contains("<dt>Soort nummer</dt><dd>BSN (burgerservicenummer)</dd>"), html);
    assertTrue(html.contains("<dd>Vrijwillige machtiging</dd>"), html);
    assertTrue(html.contains("<code>0d4c6b1e-2222-4a8e-9c1f-123456789abc</code>"), html);
    assertTrue(html.contains("<time datetime=\"2027-12-31\">31 december 2027</time>"), html);
    assertTrue(html.contains("<dd>Belastingaangifte</dd>"), html);
    assertTrue(html.contains("<code>5b1e2c64-0f55-4b8e-9d0a-3a1f2b3c4d01</code>"), html);
    assertTrue(html.contains("&quot;valid_until&quot;: &quot;2027-12-31&quot;"), html);
  }

  @Test
  void whatACitizenReadsHoldsNoIdentifierOnlyTheClosedDeveloperSectionDoes() {
    Map<String, Object> claims = representedClaims();
    Map<String, Object> company = new LinkedHashMap<>();
    company.put("sub", "90000001");
    company.put("sub_id_type", "urn:nl-eid-gdi:1.0:id:KvKnr");
    company.put("name", "Bakkerij De Korenschoof");
    company.put("represents", claims.get("represents"));
    claims.put("represents", company);
    String html = ClaimsView.render(claims, dutch);
    int developer = html.indexOf("<section aria-labelledby=\"developer-title\">");
    assertTrue(developer > 0, html);
    String citizens = html.substring(0, developer);
    for (String identifier :
        List.of("f3a1c2d4-user", "999990019", "90000001", "0d4c6b1e-2222", "5b1e2c64-0f55", "http://", "urn:")) {
      assertFalse(citizens.contains(identifier), identifier + " shown to the citizen: " + citizens);
      assertTrue(html.substring(developer).contains(identifier), identifier + " for developers: " + html);
    }
    assertTrue(citizens.contains("<dt>Via</dt><dd>Bakkerij De Korenschoof</dd>"), citizens);
    assertTrue(html.substring(developer).startsWith(
        "<section aria-labelledby=\"developer-title\">\n<h2 id=\"developer-title\">Voor ontwikkelaars</h2>\n"
            + "<details id=\"developer\">\n<summary>"), html);
  }

  @Test
  void englishLabels() {
    String html = ClaimsView.render(representedClaims(), english);
    assertTrue(html.contains("<h2 id=\"for-title\">On whose behalf</h2>"), html);
    assertTrue(html.contains("BSN (citizen service number)"), html);
    assertTrue(html.contains("Voluntary mandate"), html);
    assertTrue(html.contains("December 31, 2027"), html);
  }

  @Test
  void actingForYourselfSaysSo() {
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put("sub", "abc");
    claims.put("acr", "http://eID.logius.nl/LoA/basic");
    String html = ClaimsView.render(claims, dutch);
    assertTrue(html.contains("<p>U handelt voor uzelf.</p>"), html);
    assertTrue(html.contains("<p>Geen: u handelt voor uzelf.</p>"), html);
    assertTrue(html.contains("<dd>Basis</dd>"), html);
  }

  @Test
  void anEmployeesPrincipalIsShownWithTheCompanyTheyActThrough() {
    Map<String, Object> claims = representedClaims();
    Map<String, Object> company = new LinkedHashMap<>();
    company.put("sub", "90000001");
    company.put("sub_id_type", "urn:nl-eid-gdi:1.0:id:KvKnr");
    company.put("represents", claims.get("represents"));
    claims.put("represents", company);

    String html = ClaimsView.render(claims, dutch);

    assertTrue(html.contains("<dt>Vertegenwoordigde</dt><dd><code>999990019</code></dd>"), "the deepest: " + html);
    assertTrue(html.contains("<dt>Via</dt><dd><code>90000001</code> ("), html);
  }

  @Test
  void theRepresentedPartyIsNamedOrSaidToBeUnidentifiable() {
    Map<String, Object> claims = representedClaims();
    @SuppressWarnings("unchecked")
    Map<String, Object> represents = (Map<String, Object>) claims.get("represents");
    represents.put("name", "Bea de Vries");
    assertTrue(ClaimsView.render(claims, dutch).contains("<dt>Naam</dt><dd>Bea de Vries</dd>"));

    represents.remove("name");
    represents.put("sub", "v1.abc");
    represents.put("sub_id_type", "urn:nl-eid-gdi:1.0:id:pseudonym");
    String html = ClaimsView.render(claims, english);
    assertTrue(html.contains("<dt>Name</dt><dd>A person this service may not identify"), html);
  }

  @Test
  void unknownValuesAreShownAsTheyAre() {
    assertEquals("urn:other:loa", ClaimsView.loaName("urn:other:loa", dutch));
    assertEquals("onbekend", ClaimsView.loaName(null, dutch));
    assertEquals("urn:x:id", ClaimsView.idTypeLabel("urn:x:id", english));
    assertEquals("Pseudoniem", ClaimsView.idTypeLabel("urn:nl-eid-gdi:1.0:id:pseudonym", dutch));
    assertEquals("KvK-nummer", ClaimsView.idTypeLabel("urn:nl-eid-gdi:1.0:id:KvKnr", dutch));
    assertEquals("legal", ClaimsView.kindLabel("legal", dutch));
    assertEquals("Midden", ClaimsView.loaName("http://eidas.europa.eu/LoA/low", dutch));
  }

  @Test
  void hostileClaimValuesAreEscapedEverywhere() {
    Map<String, Object> claims = representedClaims();
    String attack = "<img src=x onerror=alert(1)>\"'&";
    claims.put("sub", attack);
    claims.put("acr", attack);
    @SuppressWarnings("unchecked")
    Map<String, Object> represents = (Map<String, Object>) claims.get("represents");
    represents.put("sub", attack);
    represents.put("sub_id_type", attack);
    @SuppressWarnings("unchecked")
    Map<String, Object> representation = (Map<String, Object>) claims.get("representation");
    representation.put("kind", attack);
    representation.put("mandate_id", attack);
    representation.put("valid_until", attack);
    representation.put("service", attack);
    claims.put(attack, attack);

    String html = ClaimsView.render(claims, dutch);

    assertFalse(html.contains("<img"), html);
    assertFalse(html.contains("\"'&<"), html);
    assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;"), html);
  }

  private static Map<String, Object> legalClaims(
      String kind, String type, Map<String, Object> legalBasis, String service) {
    Map<String, Object> claims = representedClaims();
    @SuppressWarnings("unchecked")
    Map<String, Object> representation = (Map<String, Object>) claims.get("representation");
    representation.put("kind", kind);
    representation.put("representation_type", type);
    representation.put("legal_basis", legalBasis);
    representation.put("service", service);
    representation.put("services", List.of(service));
    return claims;
  }

  @Test
  void courtOrderedAdministrationShowsItsLegalBasis() {
    Map<String, Object> basis = new LinkedHashMap<>();
    basis.put("source", "court");
    basis.put("law", "BW 1:431");
    basis.put("register", "CCBR");
    basis.put("court", "Rechtbank Gelderland");
    basis.put("decision_date", "2024-03-12");
    basis.put("decision_id", "C/05/412345 / BW RK 24-101");
    String html =
        ClaimsView.render(
            legalClaims(
                "bewind",
                "urn:namens:1.0:RT:Bewind",
                basis,
                "5b1e2c64-0f55-4b8e-9d0a-3a1f2b3c4d01"),
            dutch);
    assertTrue(html.contains("<dd>Beschermingsbewind</dd>"), html);
    assertTrue(
        html.contains(
            "<dt>Soort (URN)</dt><dd><code class=\"uri\">urn:namens:1.0:RT:Bewind</code></dd>"),
        html);
    assertTrue(
        html.contains("<dt>Registratie</dt><dd><code>0d4c6b1e-2222-4a8e-9c1f-123456789abc</code>"),
        html);
    assertFalse(html.contains("<dt>Machtiging</dt>"), html);
    assertTrue(
        html.contains(
            "<dt>Bron</dt><dd>Uitspraak van de rechter (curatele- en bewindregister)</dd>"),
        html);
    assertTrue(html.contains("<dt>Wettelijke grondslag</dt><dd>BW 1:431</dd>"), html);
    assertTrue(html.contains("<dt>Register</dt><dd>CCBR</dd>"), html);
    assertTrue(html.contains("<dt>Rechtbank</dt><dd>Rechtbank Gelderland</dd>"), html);
    assertTrue(html.contains("<time datetime=\"2024-03-12\">12 maart 2024</time>"), html);
    assertTrue(
        html.contains("<dt>Kenmerk uitspraak</dt><dd>C/05/412345 / BW RK 24-101</dd>"), html);
  }

  @Test
  void parentalAuthorityInEnglish() {
    String html =
        ClaimsView.render(
            legalClaims(
                "parental-authority",
                "urn:namens:1.0:RT:OuderlijkGezag",
                Map.of("source", "brp", "law", "BW 1:245", "register", "BRP"),
                "5b1e2c64-0f55-4b8e-9d0a-3a1f2b3c4d02"),
            english);
    assertTrue(html.contains("<dd>Parental authority (ouderlijk gezag)</dd>"), html);
    assertTrue(html.contains("<dt>Source</dt><dd>Personal Records Database (BRP)</dd>"), html);
    assertTrue(html.contains("<dt>Legal basis</dt><dd>BW 1:245</dd>"), html);
    assertTrue(html.contains("<dd>Care record</dd>"), html);
    assertFalse(html.contains("<dt>Court</dt>"), "no court for a BRP record: " + html);
  }

  @Test
  void survivorMandateAtTheEstateService() {
    String html =
        ClaimsView.render(
            legalClaims(
                "survivor",
                "urn:namens:1.0:RT:Nabestaande",
                Map.of("source", "helpdesk", "law", "BW 4:144", "evidence", "executele"),
                "5b1e2c64-0f55-4b8e-9d0a-3a1f2b3c4d04"),
            dutch);
    assertTrue(html.contains("<dd>Nabestaande (nalatenschap)</dd>"), html);
    assertTrue(html.contains("<dt>Bron</dt><dd>Vastgelegd door de helpdesk</dd>"), html);
    assertTrue(html.contains("<dt>Wettelijke grondslag</dt><dd>BW 4:144</dd>"), html);
    assertTrue(html.contains("<dt>Bewijs</dt><dd>Verklaring van executele</dd>"), html);
    assertTrue(html.contains("<dd>Nalatenschap afwikkelen</dd>"), html);
  }

  @Test
  void everyKindHasALabelInBothLanguages() {
    for (String kind : ClaimsView.KIND_KEYS.keySet()) {
      assertFalse(ClaimsView.kindLabel(kind, dutch).startsWith("kind."), kind);
      assertFalse(ClaimsView.kindLabel(kind, english).startsWith("kind."), kind);
    }
    assertEquals("Curatele", ClaimsView.kindLabel("curatele", dutch));
    assertEquals("Mentorship (mentorschap)", ClaimsView.kindLabel("mentorschap", english));
    assertEquals("elsewhere", ClaimsView.sourceLabel("elsewhere", dutch));
  }

  @Test
  void hostileLegalBasisIsEscaped() {
    String attack = "<script>alert(1)</script>";
    Map<String, Object> basis = new LinkedHashMap<>();
    for (String key :
        List.of("source", "law", "register", "court", "decision_date", "decision_id", "evidence")) {
      basis.put(key, attack);
    }
    String html = ClaimsView.render(legalClaims(attack, attack, basis, attack), dutch);
    assertFalse(html.contains("<script>"), html);
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
  }

  @Test
  void noIdTokenIsSaid() {
    assertTrue(ClaimsView.render(null, english).contains("No ID token received."));
  }
}
