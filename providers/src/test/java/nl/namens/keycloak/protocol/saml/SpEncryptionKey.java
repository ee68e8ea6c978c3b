package nl.namens.keycloak.protocol.saml;

import java.security.KeyPair;
import java.security.PrivateKey;
import java.util.List;
import org.keycloak.common.crypto.CryptoIntegration;
import org.keycloak.common.util.CertificateUtils;
import org.keycloak.common.util.KeyUtils;
import org.keycloak.common.util.PemUtils;
import org.keycloak.saml.common.util.DocumentUtil;
import org.keycloak.saml.processing.core.util.XMLEncryptionUtil;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** A service provider's encryption key pair for the unit tests: its certificate, and decryption of EncryptedIDs. */
final class SpEncryptionKey {

  final KeyPair keys;
  final String certificatePem;

  SpEncryptionKey() {
    CryptoIntegration.init(SpEncryptionKey.class.getClassLoader());
    keys = KeyUtils.generateRsaKeyPair(2048);
    certificatePem = PemUtils.encodeCertificate(CertificateUtils.generateV1SelfSignedCertificate(keys, "test-sp"));
  }

  /** The {@code NameID} inside an {@code EncryptedID} attribute value: {@code [NameQualifier, value]}. */
  List<String> decrypt(Object attributeValue) {
    if (!(attributeValue instanceof Element encryptedId) || !"EncryptedID".equals(encryptedId.getLocalName())) {
      throw new AssertionError("not an EncryptedID: " + attributeValue);
    }
    try {
      Document document = DocumentUtil.createDocument();
      document.appendChild(document.importNode(encryptedId, true));
      PrivateKey key = keys.getPrivate();
      Element nameId = XMLEncryptionUtil.decryptElementInDocument(document, data -> List.of(key));
      return List.of(nameId.getAttribute("NameQualifier"), nameId.getTextContent());
    } catch (Exception e) {
      throw new AssertionError("cannot decrypt", e);
    }
  }
}
