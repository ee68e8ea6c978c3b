package nl.namens.tests;

import static nl.namens.tests.support.DemoServices.BEA;
import static nl.namens.tests.support.DemoServices.BELASTINGAANGIFTE;
import static nl.namens.tests.support.DemoServices.JAN;
import static nl.namens.tests.support.DemoServices.KVK_CIJFER;
import static nl.namens.tests.support.DemoServices.KVK_DEEG;
import static nl.namens.tests.support.DemoServices.LOTTE;
import static nl.namens.tests.support.DemoServices.ZORGDOSSIER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.net.URI;
import java.util.List;
import java.util.Map;
import nl.namens.tests.support.BrokerTestBase;
import nl.namens.tests.support.NamensServerConfig;
import nl.namens.tests.support.RealmJson;
import nl.namens.tests.support.RegisterAdmin;
import nl.namens.tests.support.RegisterStack;
import nl.namens.tests.support.SamlServiceProvider;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.openqa.selenium.By;

/**
 * A SAML service provider receives the ST-SAML representation attributes for the same choice as OIDC; when the
 * representation cannot be confirmed it gets a Response with status Responder / RequestDenied and no assertion,
 * never an assertion without the representation.
 */
@KeycloakIntegrationTest(config = NamensServerConfig.class)
class SamlServiceProviderIT extends BrokerTestBase {

  private static final String SAML_ENDPOINT = RealmJson.KEYCLOAK_URL + "/realms/namens/protocol/saml";

  private final RegisterAdmin register = new RegisterAdmin();

  /** Registers a copy of the demo SAML client for {@code sp} under {@code entityId}, removed after the test. */
  private void registerSp(SamlServiceProvider sp, String entityId, boolean withRepresentationMapper) {
    ClientRepresentation client = sp.registration(entityId);
    if (!withRepresentationMapper) {
      client.setProtocolMappers(List.of());
    }
    create(client);
  }

  /** Creates {@code client} at the broker, removed after the test. */
  private void create(ClientRepresentation client) {
    try (Response created = broker.admin().clients().create(client)) {
      assertEquals(201, created.getStatus());
    }
    String clientId = client.getClientId();
    broker.cleanup().add(r -> r.clients().findByClientId(clientId).forEach(c -> r.clients().get(c.getId()).remove()));
  }

  private boolean spReceived() {
    return !driver.driver().findElements(By.id("sp-received")).isEmpty();
  }

  @Test
  void samlServiceProviderReceivesRepresentationAttributes() {
    try (SamlServiceProvider sp = new SamlServiceProvider()) {
      registerSp(sp, "it-saml-belastingaangifte", true);

      driver.open(sp.loginUrl(SAML_ENDPOINT, "it-saml-belastingaangifte").toString());
      browser.loginWithDigid("jan");
      browser.actFor("Bea de Vries");

      assertTrue(spReceived(), "the broker posted to the SP: " + browser.pageText());
      assertEquals(List.of("Success"), sp.lastStatus());
      Map<String, List<String>> attributes = sp.lastAttributes();
      assertEquals(List.of(BELASTINGAANGIFTE), attributes.get("urn:nl-eid-gdi:1.0:ServiceUUID"), attributes.toString());
      assertEquals(List.of(BEA), attributes.get("urn:nl-eid-gdi:1.0:LegalSubjectID"));
      assertEquals(List.of(JAN), attributes.get("urn:nl-eid-gdi:1.0:ActingSubjectID"));
      assertEquals(List.of("urn:namens:1.0:RT:Vrijwillig"), attributes.get("urn:namens:1.0:RepresentationType"));

      // ST-SAML: the BSNs travel only as EncryptedIDs, typed by their NameQualifier
      String sent = sp.lastResponseXml();
      assertFalse(sent.contains(JAN) || sent.contains(BEA), "no BSN in clear in the response: " + sent);
      Map<String, List<String>> types = sp.lastNameQualifiers();
      assertEquals(List.of("urn:nl-eid-gdi:1.0:id:legacy-BSN"), types.get("urn:nl-eid-gdi:1.0:ActingSubjectID"));
      assertEquals(List.of("urn:nl-eid-gdi:1.0:id:legacy-BSN"), types.get("urn:nl-eid-gdi:1.0:LegalSubjectID"));
      assertFalse(sent.contains("EncryptedAssertion"), "ST-SAML: the identifiers are encrypted, not the assertion");
    }
  }

  @Test
  void anEherkenningEmployeeActsThroughTheirCompanyAndForItAsThemself() {
    try (SamlServiceProvider sp = new SamlServiceProvider()) {
      registerSp(sp, "it-saml-eherkenning", true);
      driver.open(sp.loginUrl(SAML_ENDPOINT, "it-saml-eherkenning").toString());
      browser.loginWithEherkenning("anna"); // Cijfer Administratie B.V.
      browser.actFor("Bakkerij De Deeg");

      assertTrue(spReceived(), browser.pageText());
      Map<String, List<String>> attributes = sp.lastAttributes();
      assertEquals(List.of(KVK_DEEG), attributes.get("urn:nl-eid-gdi:1.0:LegalSubjectID"), attributes.toString());
      assertEquals(List.of(KVK_CIJFER), attributes.get("urn:namens:1.0:IntermediateSubjectID"), "through her company");
      assertEquals(
          List.of("urn:nl-eid-gdi:1.0:id:pseudonym"),
          sp.lastNameQualifiers().get("urn:nl-eid-gdi:1.0:ActingSubjectID"),
          "who acts is the employee (a pseudonym), not the company");

      sp.forget();
      driver.open(sp.loginUrl(SAML_ENDPOINT, "it-saml-eherkenning").toString());
      browser.actAsMyself(); // for Cijfer itself
      assertTrue(spReceived(), browser.pageText());
      Map<String, List<String>> self = sp.lastAttributes();
      assertEquals(List.of(KVK_CIJFER), self.get("urn:nl-eid-gdi:1.0:LegalSubjectID"), "eToegang's LegalSubjectID: " + self);
      assertFalse(self.containsKey("urn:namens:1.0:IntermediateSubjectID"), self.toString());
      assertEquals(
          List.of("urn:nl-eid-gdi:1.0:id:KvKnr"), sp.lastNameQualifiers().get("urn:nl-eid-gdi:1.0:LegalSubjectID"));
    }
  }

  @Test
  void aLoginAnsweredByTheArtifactBindingGetsRequestDeniedNeverAnAssertionWithoutItsIdentifiers() {
    try (SamlServiceProvider sp = new SamlServiceProvider()) {
      ClientRepresentation client = sp.registration("it-saml-artifact");
      client.getAttributes().put("saml_assertion_consumer_url_artifact", sp.acsUrl());
      client.getAttributes().put("saml.force.post.binding", "false");
      create(client);

      driver.open(sp.loginUrlByArtifact(SAML_ENDPOINT, "it-saml-artifact").toString());
      browser.loginWithDigid("jan");
      browser.actFor("Bea de Vries");

      assertTrue(spReceived(), "the SP gets an artifact: " + browser.pageText());
      assertTrue(sp.resolveArtifact(SAML_ENDPOINT + "/resolve", "it-saml-artifact"), "an artifact arrived");
      assertEquals(List.of("Responder", "RequestDenied"), sp.lastStatus(), sp.lastResponseXml());
      assertEquals(0, sp.lastAssertionCount());
    }
  }

  @Test
  void aServiceProviderWithoutAnEncryptionCertificateGetsNoAssertion() {
    try (SamlServiceProvider sp = new SamlServiceProvider()) {
      ClientRepresentation client = sp.registration("it-saml-no-encryption");
      client.getAttributes().remove("saml.encryption.certificate");
      create(client);

      driver.open(sp.loginUrl(SAML_ENDPOINT, "it-saml-no-encryption").toString());
      browser.loginWithDigid("jan");
      browser.actFor("Bea de Vries");

      assertTrue(spReceived(), "the SP gets an answer: " + browser.pageText());
      assertEquals(List.of("Responder", "RequestDenied"), sp.lastStatus());
      assertEquals(0, sp.lastAssertionCount(), "no assertion, so no identifier in clear");
      assertFalse(sp.lastResponseXml().contains(JAN), sp.lastResponseXml());
    }
  }

  @Test
  void secondAuthnRequestInTheSameSessionAsksAgainAndAnswersForItsOwnChoice() {
    try (SamlServiceProvider sp = new SamlServiceProvider()) {
      registerSp(sp, "it-saml-twice", true);
      driver.open(sp.loginUrl(SAML_ENDPOINT, "it-saml-twice").toString());
      browser.loginWithDigid("jan");
      browser.actFor("Bea de Vries");
      assertEquals(List.of(BEA), sp.lastAttributes().get("urn:nl-eid-gdi:1.0:LegalSubjectID"));

      sp.forget();
      driver.open(sp.loginUrl(SAML_ENDPOINT, "it-saml-twice").toString());
      assertTrue(browser.onActingForPage(), "single sign-on asks again: " + browser.pageText());
      browser.actAsMyself();

      assertTrue(spReceived(), browser.pageText());
      assertEquals(List.of("Success"), sp.lastStatus());
      Map<String, List<String>> attributes = sp.lastAttributes();
      assertNull(attributes.get("urn:nl-eid-gdi:1.0:LegalSubjectID"), "myself: " + attributes);
      assertNull(attributes.get("urn:namens:1.0:RepresentationType"), attributes.toString());
      assertNull(attributes.get("urn:nl-eid-gdi:1.1:RepresentationType"), attributes.toString());
    }
  }

  @Test
  void relationEndedBetweenChoiceAndAssertionIsAnsweredRequestDenied() {
    String mandate =
        register.createMandate(
            "BSN", BEA, "BSN", LOTTE, List.of(BELASTINGAANGIFTE), LocalDate.now().minusDays(1), LocalDate.now().plusMonths(6));
    try (SamlServiceProvider sp = new SamlServiceProvider()) {
      registerSp(sp, "it-saml-ended", true);
      driver.open(sp.loginUrl(SAML_ENDPOINT, "it-saml-ended").toString());
      browser.loginWithDigid("lotte");
      assertTrue(browser.pageText().contains("Bea de Vries"), browser.pageText());

      register.revoke(mandate); // while the page is shown
      browser.actFor("Bea de Vries");

      assertTrue(spReceived(), "the SP gets an answer: " + browser.pageText());
      assertEquals(List.of("Responder", "RequestDenied"), sp.lastStatus());
      assertEquals(0, sp.lastAssertionCount(), "no assertion at all, so none without the representation");
    }
  }

  @Test
  void registerDownWhenTheAssertionIsBuiltIsAnsweredRequestDenied() {
    try (SamlServiceProvider sp = new SamlServiceProvider()) {
      registerSp(sp, "it-saml-register-down", true);
      driver.open(sp.loginUrl(SAML_ENDPOINT, "it-saml-register-down").toString());
      browser.loginWithDigid("jan");
      assertTrue(browser.pageText().contains("Bea de Vries"), browser.pageText());

      RegisterStack.stop(); // after the page, before the assertion
      try {
        browser.actFor("Bea de Vries");

        assertTrue(spReceived(), "the SP gets an answer: " + browser.pageText());
        assertEquals(List.of("Responder", "RequestDenied"), sp.lastStatus());
        assertEquals(0, sp.lastAssertionCount());
      } finally {
        RegisterStack.ensureRunning();
      }
    }
  }

  @Test
  void serviceProviderWithServicesButWithoutTheRepresentationMapperGetsNoAssertion() {
    try (SamlServiceProvider sp = new SamlServiceProvider()) {
      registerSp(sp, "it-saml-no-mapper", false);
      driver.open(sp.loginUrl(SAML_ENDPOINT, "it-saml-no-mapper").toString());
      browser.loginWithDigid("jan");

      assertFalse(browser.onActingForPage(), browser.pageText());
      assertFalse(spReceived(), "a misconfigured SP gets nothing: " + browser.pageText());
      assertFalse(sp.received());
    }
  }

  @Test
  void unsignedOrWronglySignedAuthnRequestsAreRefusedBeforeAnyLogin() {
    try (SamlServiceProvider sp = new SamlServiceProvider(); SamlServiceProvider other = new SamlServiceProvider()) {
      registerSp(sp, "it-saml-signed", true);
      for (URI forged :
          List.of(
              sp.loginUrl(SAML_ENDPOINT, "it-saml-signed", null), // unsigned
              sp.loginUrl(SAML_ENDPOINT, "it-saml-signed", other.signingKeys()))) { // another SP's key
        driver.open(forged.toString());
        assertTrue(driver.driver().findElements(By.id("namens-idp-digid")).isEmpty(), "no login page: " + browser.pageText());
        assertFalse(spReceived());
        assertFalse(sp.received(), "nothing sent to the SP");
      }
      driver.open(sp.loginUrl(SAML_ENDPOINT, "it-saml-signed").toString());
      assertFalse(driver.driver().findElements(By.id("namens-idp-digid")).isEmpty(), "signed: the login starts");
    }
  }

  @Test
  void theAttributeConsumingServiceIndexChoosesTheServiceAndAnUnknownIndexGetsNoAssertion() {
    try (SamlServiceProvider sp = new SamlServiceProvider()) {
      ClientRepresentation client = sp.registration("it-saml-two-services");
      client.getAttributes().put("namens.services", BELASTINGAANGIFTE + " " + ZORGDOSSIER);
      client.getAttributes().put("namens.saml.service-indexes", "1=" + BELASTINGAANGIFTE + " 2=" + ZORGDOSSIER);
      client.setOptionalClientScopes(List.of());
      create(client);

      driver.open(sp.loginUrlForService(SAML_ENDPOINT, "it-saml-two-services", 2).toString());
      browser.loginWithDigid("jan");
      browser.actAsMyself();
      assertTrue(spReceived(), browser.pageText());
      assertEquals(List.of("Success"), sp.lastStatus());
      assertEquals(List.of(ZORGDOSSIER), sp.lastAttributes().get("urn:nl-eid-gdi:1.0:ServiceUUID"), "index 2");

      sp.forget();
      driver.open(sp.loginUrlForService(SAML_ENDPOINT, "it-saml-two-services", 7).toString());
      if (!spReceived() && browser.onActingForPage()) {
        browser.actAsMyself();
      }
      assertTrue(sp.received(), browser.pageText());
      assertEquals(List.of("Responder", "RequestDenied"), sp.lastStatus(), "an index that names no service");
      assertEquals(0, sp.lastAssertionCount());
    }
  }

  @Test
  void aLoginAsOneselfSaysWhoActsForWhichServiceAtWhichLevelWithATransientNameId() {
    try (SamlServiceProvider sp = new SamlServiceProvider()) {
      registerSp(sp, "it-saml-self", true);
      driver.open(sp.loginUrl(SAML_ENDPOINT, "it-saml-self").toString());
      browser.loginWithDigid("jan");
      browser.actAsMyself();

      assertTrue(spReceived(), browser.pageText());
      assertEquals(List.of("Success"), sp.lastStatus());
      Map<String, List<String>> attributes = sp.lastAttributes();
      assertEquals(List.of(BELASTINGAANGIFTE), attributes.get("urn:nl-eid-gdi:1.0:ServiceUUID"), attributes.toString());
      assertEquals(List.of(JAN), attributes.get("urn:nl-eid-gdi:1.0:ActingSubjectID"));
      assertFalse(attributes.containsKey("urn:nl-eid-gdi:1.0:LegalSubjectID"), "nobody represented");
      assertEquals("http://eidas.europa.eu/LoA/substantial", sp.lastClassRef(), "the level reached, not unspecified");
      List<String> nameId = sp.lastNameId();
      assertEquals("urn:oasis:names:tc:SAML:2.0:nameid-format:transient", nameId.get(0));
      assertFalse(nameId.get(1).contains(JAN), "a transient NameID says nothing of the person");
    }
  }

  @Test
  void theLevelAServiceProviderAsksIsTheLevelItsLoginMustReach() {
    try (SamlServiceProvider sp = new SamlServiceProvider()) {
      registerSp(sp, "it-saml-high", true);
      driver.open(sp.loginUrlAsking(SAML_ENDPOINT, "it-saml-high", "http://eidas.europa.eu/LoA/high").toString());
      browser.loginWithDigid("jan"); // substantieel, never hoog

      assertFalse(driver.driver().findElements(By.id("namens-loa-unmet")).isEmpty(), browser.pageText());
      assertEquals("hoog", driver.findElement(By.id("namens-loa-unmet")).getAttribute("data-required"));
      driver.findElement(By.id("namens-loa-unmet-back")).click();
      assertTrue(sp.received(), "the SP is answered: " + browser.pageText());
      assertEquals(0, sp.lastAssertionCount(), "no assertion below the level asked");
      assertTrue(sp.lastStatus().contains("RequestDenied") || !sp.lastStatus().contains("Success"), sp.lastStatus().toString());
    }
  }
}
