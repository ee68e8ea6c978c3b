package nl.namens.tests;

import static nl.namens.tests.support.DemoServices.BEA;
import static nl.namens.tests.support.DemoServices.BELASTINGAANGIFTE;
import static nl.namens.tests.support.DemoServices.JAN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.onelogin.saml2.Auth;
import com.onelogin.saml2.authn.AuthnRequestParams;
import com.onelogin.saml2.authn.SamlResponse;
import com.onelogin.saml2.http.HttpRequest;
import com.onelogin.saml2.model.AttributeConsumingService;
import com.onelogin.saml2.model.RequestedAttribute;
import com.onelogin.saml2.settings.IdPMetadataParser;
import com.onelogin.saml2.settings.Metadata;
import com.onelogin.saml2.settings.Saml2Settings;
import com.onelogin.saml2.settings.SettingsBuilder;
import com.onelogin.saml2.util.Constants;
import com.onelogin.saml2.util.Util;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.Response;
import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.namens.tests.support.BrokerTestBase;
import nl.namens.tests.support.NamensServerConfig;
import nl.namens.tests.support.RealmJson;
import nl.namens.tests.support.SamlServiceProvider;
import org.junit.jupiter.api.Test;
import org.keycloak.common.util.PemUtils;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.openqa.selenium.By;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * IC-2: an unmodified, widely used SAML library — OneLogin java-saml 2.9.0 — as a service provider. Its own SP
 * metadata registers it at the broker (the admin API's client-description converter), it reads the broker's IdP
 * metadata, signs its AuthnRequest (HTTP-Redirect, RSA-SHA256), validates the signed response in
 * strict mode, and decrypts the {@code EncryptedID} identifiers with its own key ({@code Util.decryptElement}).
 * The test SP's HTTP endpoint only receives the POST; every SAML step is the library's.
 */
@KeycloakIntegrationTest(config = NamensServerConfig.class)
class SamlLibraryClientIT extends BrokerTestBase {

  private static final String ENTITY_ID = "it-java-saml";
  private static final String DESCRIPTOR = RealmJson.KEYCLOAK_URL + "/realms/namens/protocol/saml/descriptor";

  /**
   * Registers {@code sp} at the broker the way an administrator would: the SP's own metadata, as java-saml writes it
   * (signing and encryption certificate, assertion consumer service, an {@code AttributeConsumingService} naming its
   * service by {@code urn:nl-eid-gdi:1.0:ServiceUUID}), converted by the broker's admin API into a client, which is
   * then created. Removed after the test.
   */
  private void register(SamlServiceProvider sp) throws Exception {
    ClientRepresentation client = broker.admin().convertClientDescription(metadata(sp, BELASTINGAANGIFTE));
    assertEquals(ENTITY_ID, client.getClientId());
    assertEquals(BELASTINGAANGIFTE, client.getAttributes().get("namens.services"), "the service from the metadata");
    assertEquals("1=" + BELASTINGAANGIFTE, client.getAttributes().get("namens.saml.service-indexes"));
    assertNull(client.getAttributes().get("namens.bsn-allowed"), "metadata never grants BSNs");
    client.getAttributes().put("namens.bsn-allowed", "true"); // the administrator's decision (by law)
    try (Response created = broker.admin().clients().create(client)) {
      assertEquals(201, created.getStatus());
    }
    broker.cleanup().add(r -> r.clients().findByClientId(ENTITY_ID).forEach(c -> r.clients().get(c.getId()).remove()));
  }

  /** {@code sp}'s metadata as java-saml writes it, its one service named {@code serviceUuid}. */
  private static String metadata(SamlServiceProvider sp, String serviceUuid) throws Exception {
    Map<String, Object> values = new HashMap<>(spValues(sp, true));
    values.put(SettingsBuilder.SECURITY_WANT_NAMEID_ENCRYPTED, true); // publishes the encryption certificate
    AttributeConsumingService service = new AttributeConsumingService("Belastingaangifte", "");
    service.addRequestedAttribute(
        new RequestedAttribute(
            "urn:nl-eid-gdi:1.0:ServiceUUID", null, true, Constants.ATTRNAME_FORMAT_URI, List.of(serviceUuid)));
    return new Metadata(new SettingsBuilder().fromValues(values).build(), null, null, service).getMetadataString();
  }

  /** java-saml's settings: the IdP from the broker's metadata, the SP with {@code sp}'s key and certificate. */
  private static Saml2Settings settings(SamlServiceProvider sp, boolean signRequests) throws Exception {
    return new SettingsBuilder().fromValues(spValues(sp, signRequests)).build();
  }

  private static Map<String, Object> spValues(SamlServiceProvider sp, boolean signRequests) throws Exception {
    Map<String, Object> values = new HashMap<>(IdPMetadataParser.parseRemoteXML(new URL(DESCRIPTOR)));
    values.put(SettingsBuilder.STRICT_PROPERTY_KEY, true);
    values.put(SettingsBuilder.SP_ENTITYID_PROPERTY_KEY, ENTITY_ID);
    values.put(SettingsBuilder.SP_ASSERTION_CONSUMER_SERVICE_URL_PROPERTY_KEY, sp.acsUrl());
    values.put(SettingsBuilder.SP_NAMEIDFORMAT_PROPERTY_KEY, Constants.NAMEID_TRANSIENT);
    values.put(SettingsBuilder.SP_X509CERT_PROPERTY_KEY, sp.certificate());
    values.put(SettingsBuilder.SP_PRIVATEKEY_PROPERTY_KEY, PemUtils.encodeKey(sp.signingKeys().getPrivate()));
    values.put(SettingsBuilder.SECURITY_AUTHREQUEST_SIGNED, signRequests);
    values.put(SettingsBuilder.SECURITY_SIGNATURE_ALGORITHM, Constants.RSA_SHA256);
    values.put(SettingsBuilder.SECURITY_WANT_MESSAGES_SIGNED, true);
    values.put(SettingsBuilder.SECURITY_WANT_ASSERTIONS_SIGNED, true);
    values.put(SettingsBuilder.SECURITY_REJECT_DEPRECATED_ALGORITHM, true);
    return values;
  }

  @Test
  void javaSamlCompletesARepresentedLoginAndDecryptsTheIdentifiers() throws Exception {
    try (SamlServiceProvider sp = new SamlServiceProvider()) {
      register(sp);
      Saml2Settings settings = settings(sp, true);
      Auth auth = new Auth(settings, null, null);
      String loginUrl = auth.login("java-saml", new AuthnRequestParams(false, false, true), true);

      driver.open(loginUrl);
      browser.loginWithDigid("jan");
      browser.actFor("Bea de Vries");
      assertFalse(driver.driver().findElements(By.id("sp-received")).isEmpty(), browser.pageText());

      SamlResponse response =
          new SamlResponse(settings, new HttpRequest(sp.acsUrl()).addParameter("SAMLResponse", sp.lastResponseBase64()));
      assertTrue(response.isValid(auth.getLastRequestId()), "java-saml accepts it: " + response.getError());
      assertEquals(Constants.NAMEID_TRANSIENT, response.getNameIdFormat());
      Map<String, List<String>> attributes = response.getAttributes();
      assertEquals(List.of(BELASTINGAANGIFTE), attributes.get("urn:nl-eid-gdi:1.0:ServiceUUID"), attributes.toString());
      assertEquals(List.of("urn:namens:1.0:RT:Vrijwillig"), attributes.get("urn:namens:1.0:RepresentationType"));
      assertEquals("http://eidas.europa.eu/LoA/substantial", authnContextClassRef(response));

      Document document = Util.loadXML(response.getSAMLResponseXml());
      assertEquals(
          List.of("urn:nl-eid-gdi:1.0:id:legacy-BSN", JAN),
          decryptedNameId(document, "urn:nl-eid-gdi:1.0:ActingSubjectID", settings));
      assertEquals(
          List.of("urn:nl-eid-gdi:1.0:id:legacy-BSN", BEA),
          decryptedNameId(document, "urn:nl-eid-gdi:1.0:LegalSubjectID", settings));
    }
  }

  @Test
  void javaSamlsUnsignedAuthnRequestIsRefusedBeforeAnyLogin() throws Exception {
    try (SamlServiceProvider sp = new SamlServiceProvider()) {
      register(sp);
      String loginUrl =
          new Auth(settings(sp, false), null, null).login("java-saml", new AuthnRequestParams(false, false, true), true);

      driver.open(loginUrl);

      assertTrue(driver.driver().findElements(By.id("namens-idp-digid")).isEmpty(), "no login: " + browser.pageText());
      assertFalse(sp.received(), "nothing sent to the SP");
    }
  }

  @Test
  void metadataNamingAServiceByAnythingButAUuidIsRefusedClearly() throws Exception {
    try (SamlServiceProvider sp = new SamlServiceProvider()) {
      String metadata = metadata(sp, "belastingaangifte");

      BadRequestException refused =
          assertThrows(BadRequestException.class, () -> broker.admin().convertClientDescription(metadata));

      String body = refused.getResponse().readEntity(String.class);
      assertTrue(body.contains("ServiceUUID is not a UUID"), body);
      assertTrue(broker.admin().clients().findByClientId(ENTITY_ID).isEmpty(), "nothing created");
    }
  }

  private static String authnContextClassRef(SamlResponse response) throws Exception {
    NodeList refs =
        Util.query(Util.loadXML(response.getSAMLResponseXml()), "//saml:AuthnContextClassRef");
    return refs.item(0).getTextContent().trim();
  }

  /**
   * The {@code NameID} in the {@code EncryptedID} value of attribute {@code name}, decrypted by java-saml with the
   * SP's key: {@code [NameQualifier, value]}.
   */
  private static List<String> decryptedNameId(Document document, String name, Saml2Settings settings)
      throws Exception {
    String attribute = "//saml:Attribute[@Name='" + name + "']/saml:AttributeValue/saml:EncryptedID";
    NodeList encryptedData = Util.query(document, attribute + "/xenc:EncryptedData");
    assertEquals(1, encryptedData.getLength(), name + " is one EncryptedID");
    Util.decryptElement((Element) encryptedData.item(0), settings.getSPkey());
    Element nameId = (Element) Util.query(document, attribute + "/saml:NameID").item(0);
    return List.of(nameId.getAttribute("NameQualifier"), nameId.getTextContent().trim());
  }
}
