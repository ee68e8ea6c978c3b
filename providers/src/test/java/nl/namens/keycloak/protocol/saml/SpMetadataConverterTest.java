package nl.namens.keycloak.protocol.saml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;

class SpMetadataConverterTest {

  private static final SpEncryptionKey SP = new SpEncryptionKey();
  private static final String TAX = "5b1e2c64-0f55-4b8e-9d0a-3a1f2b3c4d01";
  private static final String CARE = "7d3e4f86-2b77-4d0c-b1c2-5c3d4e5f6a03";

  /** ST-SAML's example of a service provider's metadata (examples/saml_metadata_dv_for_rd.xml), two services. */
  static String metadata(String firstService, String signingUse) {
    String cert = SP.certificatePem.replaceAll("-----[A-Z ]+-----|\\s", "");
    return """
        <md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata"
            xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" xmlns:dsig="http://www.w3.org/2000/09/xmldsig#"
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xs="http://www.w3.org/2001/XMLSchema"
            entityID="urn:nl-eid-gdi:1.0:DV:00000004000000010000:entities:9002">
          <md:SPSSODescriptor AuthnRequestsSigned="true" WantAssertionsSigned="true"
              protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
            <md:KeyDescriptor use="%s"><dsig:KeyInfo><dsig:X509Data><dsig:X509Certificate>%s</dsig:X509Certificate>
              </dsig:X509Data></dsig:KeyInfo></md:KeyDescriptor>
            <md:KeyDescriptor use="encryption"><dsig:KeyInfo><dsig:X509Data><dsig:X509Certificate>%s</dsig:X509Certificate>
              </dsig:X509Data></dsig:KeyInfo></md:KeyDescriptor>
            <md:AssertionConsumerService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST"
                Location="https://login.dv.test/saml/sp/acs" index="0" isDefault="true"/>
            <md:AttributeConsumingService index="1" isDefault="true">
              <md:ServiceName xml:lang="nl-NL">Belastingaangifte</md:ServiceName>
              <md:RequestedAttribute Name="urn:nl-eid-gdi:1.0:ServiceUUID">
                <saml:AttributeValue xsi:type="xs:string">%s</saml:AttributeValue>
              </md:RequestedAttribute>
            </md:AttributeConsumingService>
            <md:AttributeConsumingService index="2">
              <md:ServiceName xml:lang="nl-NL">Zorgdossier</md:ServiceName>
              <md:RequestedAttribute Name="urn:nl-eid-gdi:1.0:ServiceUUID">
                <saml:AttributeValue xsi:type="xs:string">%s</saml:AttributeValue>
              </md:RequestedAttribute>
            </md:AttributeConsumingService>
          </md:SPSSODescriptor>
        </md:EntityDescriptor>
        """
        .formatted(signingUse, cert, cert, firstService, CARE);
  }

  @Test
  void theServicesOfTheMetadataBecomeTheClientsServicesByIndex() {
    ClientRepresentation client = new SpMetadataConverter().convert(metadata(TAX, "signing"));

    Map<String, String> attributes = client.getAttributes();
    assertEquals("urn:nl-eid-gdi:1.0:DV:00000004000000010000:entities:9002", client.getClientId());
    assertEquals(TAX + " " + CARE, attributes.get("namens.services"));
    assertEquals("1=" + TAX + " 2=" + CARE, attributes.get("namens.saml.service-indexes"));
    assertEquals(List.of(1, 2).toString(), SamlRequestedService.indexes(attributes.get("namens.saml.service-indexes")).keySet().toString(),
        "the format the login reads");
    assertEquals("true", attributes.get("saml.client.signature"), "signed AuthnRequests");
    assertTrue(attributes.get("saml.signing.certificate") != null);
    assertTrue(attributes.get("saml.encryption.certificate") != null, "identifiers are encrypted to it");
    assertEquals("false", attributes.get("saml.encrypt"), "ST-SAML: no EncryptedAssertion");
    assertEquals("transient", attributes.get("saml_name_id_format"));
    assertEquals("true", attributes.get("saml_force_name_id_format"));
    assertEquals("https://login.dv.test/saml/sp/acs", attributes.get("saml_assertion_consumer_url_post"));
    assertEquals("false", attributes.get("saml.artifact.binding"));
    List<String> mappers = client.getProtocolMappers().stream().map(ProtocolMapperRepresentation::getProtocolMapper).toList();
    assertEquals(List.of("namens-saml-representation-mapper"), mappers, "no user-attribute mapper for ServiceUUID");
  }

  @Test
  void aServiceThatIsNoUuidIsRefused() {
    SpMetadataConverter.InvalidMetadataException refused =
        assertThrows(
            SpMetadataConverter.InvalidMetadataException.class,
            () -> new SpMetadataConverter().convert(metadata("belastingaangifte", "signing")));
    assertTrue(refused.getMessage().contains("ServiceUUID is not a UUID"), refused.getMessage());
  }

  @Test
  void metadataWithoutASigningCertificateIsRefused() {
    SpMetadataConverter.InvalidMetadataException refused =
        assertThrows(
            SpMetadataConverter.InvalidMetadataException.class,
            () -> new SpMetadataConverter().convert(metadata(TAX, "encryption")));
    assertTrue(refused.getMessage().contains("no signing certificate"), refused.getMessage());
  }

  @Test
  void metadataThatOnlyTakesArtifactsIsRefusedClearly() {
    String artifactOnly =
        metadata(TAX, "signing")
            .replace("urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST", "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Artifact");

    SpMetadataConverter.InvalidMetadataException refused =
        assertThrows(
            SpMetadataConverter.InvalidMetadataException.class, () -> new SpMetadataConverter().convert(artifactOnly));
    assertTrue(refused.getMessage().contains("no HTTP-POST AssertionConsumerService"), refused.getMessage());
  }
}
