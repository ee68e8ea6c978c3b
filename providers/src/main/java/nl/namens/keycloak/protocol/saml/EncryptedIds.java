package nl.namens.keycloak.protocol.saml;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import nl.namens.keycloak.representation.SubjectId;
import org.apache.xml.security.encryption.XMLCipher;
import org.keycloak.protocol.saml.SamlClient;
import org.keycloak.saml.common.constants.JBossSAMLConstants;
import org.keycloak.saml.common.constants.JBossSAMLURIConstants;
import org.keycloak.saml.common.util.DocumentUtil;
import org.keycloak.saml.processing.core.util.XMLEncryptionUtil;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * ST-SAML's identifiers (messages_dv_rd, "EncryptedID"): each {@code ActingSubjectID}/{@code LegalSubjectID} value
 * is an {@code EncryptedID} holding a {@code NameID} whose {@code NameQualifier} is the identifier's type
 * ({@code urn:nl-eid-gdi:1.0:id:legacy-BSN}, the pseudonym type, {@code …:KvKnr}), encrypted to the service
 * provider's encryption certificate with the {@code EncryptedKey} naming it as {@code Recipient}. Encrypted with
 * Keycloak's XML encryption (Apache Santuario) and the algorithms ST-SAML requires (requirements, "Encryption":
 * AES-256-CBC content, RSA-OAEP with SHA-1 key transport) unless the client's own SAML encryption settings name
 * others.
 */
final class EncryptedIds {

  /** ST-SAML: {@code http://www.w3.org/2001/04/xmlenc#aes256-cbc}. */
  static final String DATA_ALGORITHM = XMLCipher.AES_256;

  /** ST-SAML: RSA-OAEP with the SHA-1 digest ({@code http://www.w3.org/2001/04/xmlenc#rsa-oaep-mgf1p}). */
  static final String KEY_ALGORITHM = XMLCipher.RSA_OAEP;

  private static final String SAML_NS = JBossSAMLURIConstants.ASSERTION_NSURI.get();
  private static final String XENC_NS = JBossSAMLURIConstants.XMLENC_NSURI.get();

  private EncryptedIds() {}

  /**
   * {@code <saml:EncryptedID>} of {@code id} for {@code recipient} (the SP's entity id), to {@code key}; the
   * algorithms of {@code client}'s SAML encryption settings where it has them, else ST-SAML's.
   */
  static Element encrypt(SubjectId id, PublicKey key, String recipient, SamlClient client) {
    try {
      Document document = DocumentUtil.createDocument();
      Element nameId = document.createElementNS(SAML_NS, "saml:" + JBossSAMLConstants.NAMEID.get());
      // self-contained: the decrypted NameID declares its own namespace, wherever the SP decrypts it
      nameId.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:saml", SAML_NS);
      nameId.setAttributeNS(null, JBossSAMLConstants.NAME_QUALIFIER.get(), id.subIdType());
      nameId.setTextContent(id.value());
      document.appendChild(nameId);

      String dataAlgorithm = orDefault(client.getClientEncryptingAlgorithm(), DATA_ALGORITHM);
      KeyGenerator generator = KeyGenerator.getInstance(XMLEncryptionUtil.getJCEKeyAlgorithmFromURI(dataAlgorithm));
      int keySize = XMLEncryptionUtil.getKeyLengthFromURI(dataAlgorithm);
      generator.init(keySize);
      SecretKey secretKey = generator.generateKey();
      XMLEncryptionUtil.encryptElement(
          new QName(SAML_NS, JBossSAMLConstants.NAMEID.get(), "saml"),
          document,
          key,
          secretKey,
          keySize,
          new QName(SAML_NS, JBossSAMLConstants.ENCRYPTED_ID.get(), "saml"),
          true,
          dataAlgorithm,
          orDefault(client.getClientEncryptingKeyAlgorithm(), KEY_ALGORITHM),
          client.getClientEncryptingDigestMethod(),
          client.getClientEncryptingMaskGenerationFunction());
      NodeList keys = document.getElementsByTagNameNS(XENC_NS, "EncryptedKey");
      for (int i = 0; i < keys.getLength(); i++) {
        ((Element) keys.item(i)).setAttributeNS(null, "Recipient", recipient);
      }
      return document.getDocumentElement();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot encrypt an identifier", e);
    }
  }

  private static String orDefault(String configured, String standard) {
    return configured == null || configured.isBlank() ? standard : configured;
  }
}
