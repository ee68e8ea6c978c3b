package nl.namens.tests.support;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.security.KeyPair;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javax.xml.parsers.DocumentBuilderFactory;
import org.keycloak.common.crypto.CryptoIntegration;
import org.keycloak.common.util.CertificateUtils;
import org.keycloak.common.util.KeyUtils;
import org.keycloak.dom.saml.v2.protocol.AuthnContextComparisonType;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.saml.BaseSAML2BindingBuilder;
import org.keycloak.dom.saml.v2.protocol.ArtifactResolveType;
import org.keycloak.saml.SAML2AuthnRequestBuilder;
import org.keycloak.saml.SAML2NameIDBuilder;
import org.keycloak.saml.processing.api.saml.v2.request.SAML2Request;
import org.keycloak.saml.processing.core.saml.v2.common.IDGenerator;
import org.keycloak.saml.processing.core.saml.v2.util.XMLTimeUtil;
import org.keycloak.saml.SAML2RequestedAuthnContextBuilder;
import org.keycloak.saml.SignatureAlgorithm;
import org.keycloak.saml.common.util.DocumentUtil;
import org.keycloak.saml.processing.core.util.XMLEncryptionUtil;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A minimal SAML service provider for tests: sends an AuthnRequest (HTTP-Redirect binding, built and signed with
 * Keycloak's SAML library, RSA-SHA256 with a key of its own) and receives the broker's response on its assertion
 * consumer service. {@link #registration} is its client at the broker: a copy of the demo SAML client with this
 * SP's entity id, assertion consumer service and signing and encryption certificate. Identifier attributes arrive
 * as {@code EncryptedID}s; {@link #lastAttributes} gives their decrypted values, {@link #lastNameQualifiers} their
 * types, {@link #lastResponseXml} the response as sent.
 */
public final class SamlServiceProvider implements AutoCloseable {

  private static final String SAML_NS = "urn:oasis:names:tc:SAML:2.0:assertion";
  private static final String SAMLP_NS = "urn:oasis:names:tc:SAML:2.0:protocol";

  /** The demo SAML client of the broker realm, the template of every test SP's registration. */
  public static final String TEMPLATE_CLIENT = "demo-saml-belastingaangifte";

  private final HttpServer server;
  private final AtomicReference<String> lastResponse = new AtomicReference<>();
  private final AtomicReference<String> lastArtifact = new AtomicReference<>();
  private final KeyPair keys;
  private final X509Certificate certificate;

  public SamlServiceProvider() {
    CryptoIntegration.init(SamlServiceProvider.class.getClassLoader());
    keys = KeyUtils.generateRsaKeyPair(2048);
    certificate = CertificateUtils.generateV1SelfSignedCertificate(keys, "namens-test-sp");
    try {
      server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext(
        "/saml/acs",
        exchange -> {
          String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          String query = exchange.getRequestURI().getRawQuery();
          for (String pair : (form + "&" + (query == null ? "" : query)).split("&")) {
            String[] kv = pair.split("=", 2);
            if (kv.length == 2 && kv[0].equals("SAMLResponse")) {
              lastResponse.set(URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
            } else if (kv.length == 2 && kv[0].equals("SAMLart")) {
              lastArtifact.set(URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
            }
          }
          byte[] body = "<html><body><p id=\"sp-received\">received</p></body></html>".getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "text/html");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
  }

  public String acsUrl() {
    return "http://localhost:" + server.getAddress().getPort() + "/saml/acs";
  }

  /**
   * This SP's client at the broker: the demo SAML client with {@code entityId} as client id, this SP's assertion
   * consumer service, and its signing certificate (signed AuthnRequests required).
   */
  public ClientRepresentation registration(String entityId) {
    ClientRepresentation client =
        RealmJson.load("namens").getClients().stream()
            .filter(c -> TEMPLATE_CLIENT.equals(c.getClientId()))
            .findFirst()
            .orElseThrow();
    client.setClientId(entityId);
    client.setRedirectUris(List.of(acsUrl()));
    client.getAttributes().put("saml_assertion_consumer_url_post", acsUrl());
    client.getAttributes().put("saml.client.signature", "true");
    client.getAttributes().put("saml.signing.certificate", certificate());
    // ST-SAML: identifiers are EncryptedIDs to the SP's encryption certificate (here the same key)
    client.getAttributes().put("saml.encryption.certificate", certificate());
    return client;
  }

  /** This SP's signing keys (an attack test signs with another SP's). */
  public KeyPair signingKeys() {
    return keys;
  }

  /** This SP's certificate (signing and encryption), base64 DER as in its registration. */
  public String certificate() {
    try {
      return Base64.getEncoder().encodeToString(certificate.getEncoded());
    } catch (CertificateEncodingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The last {@code SAMLResponse} form value as posted (base64), for a SAML library to validate. */
  public String lastResponseBase64() {
    String encoded = lastResponse.get();
    if (encoded == null) {
      throw new AssertionError("no SAML response received");
    }
    return encoded;
  }

  /** The URL that starts a login at the broker for {@code entityId}: a signed AuthnRequest. */
  public URI loginUrl(String brokerSamlEndpoint, String entityId) {
    return loginUrl(brokerSamlEndpoint, entityId, keys);
  }

  /** As {@link #loginUrl(String, String)}, signed with {@code signer} (null: unsigned): for the attack tests. */
  public URI loginUrl(String brokerSamlEndpoint, String entityId, KeyPair signer) {
    return loginUrl(brokerSamlEndpoint, entityId, signer, null);
  }

  /** As {@link #loginUrl(String, String)}, asking the level {@code classRef} ({@code RequestedAuthnContext}). */
  public URI loginUrlAsking(String brokerSamlEndpoint, String entityId, String classRef) {
    return loginUrl(brokerSamlEndpoint, entityId, keys, classRef);
  }

  /** As {@link #loginUrl(String, String)}, choosing the service by {@code AttributeConsumingServiceIndex}. */
  public URI loginUrlForService(String brokerSamlEndpoint, String entityId, int attributeConsumingServiceIndex) {
    return loginUrl(brokerSamlEndpoint, entityId, keys, null, attributeConsumingServiceIndex);
  }

  private URI loginUrl(String brokerSamlEndpoint, String entityId, KeyPair signer, String classRef) {
    return loginUrl(brokerSamlEndpoint, entityId, signer, classRef, null);
  }

  private URI loginUrl(
      String brokerSamlEndpoint, String entityId, KeyPair signer, String classRef, Integer serviceIndex) {
    try {
      SAML2AuthnRequestBuilder builder =
          new SAML2AuthnRequestBuilder()
              .destination(brokerSamlEndpoint)
              .issuer(entityId)
              .assertionConsumerUrl(acsUrl())
              .protocolBinding("urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST");
      if (serviceIndex != null) {
        builder.attributeConsumingServiceIndex(serviceIndex);
      }
      if (classRef != null) {
        builder.requestedAuthnContext(
            new SAML2RequestedAuthnContextBuilder()
                .setComparison(AuthnContextComparisonType.MINIMUM)
                .addAuthnContextClassRef(classRef));
      }
      Document request = builder.toDocument();
      BaseSAML2BindingBuilder binding = new BaseSAML2BindingBuilder().relayState("test");
      if (signer != null) {
        binding.signWith(null, signer).signatureAlgorithm(SignatureAlgorithm.RSA_SHA256).signDocument();
      }
      return binding.redirectBinding(request).requestURI(brokerSamlEndpoint);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** As {@link #loginUrl(String, String)}, asking to be answered by the artifact binding ({@code ProtocolBinding}). */
  public URI loginUrlByArtifact(String brokerSamlEndpoint, String entityId) {
    try {
      Document request =
          new SAML2AuthnRequestBuilder()
              .destination(brokerSamlEndpoint)
              .issuer(entityId)
              .assertionConsumerUrl(acsUrl())
              .protocolBinding("urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Artifact")
              .toDocument();
      BaseSAML2BindingBuilder binding = new BaseSAML2BindingBuilder().relayState("test");
      binding.signWith(null, keys).signatureAlgorithm(SignatureAlgorithm.RSA_SHA256).signDocument();
      return binding.redirectBinding(request).requestURI(brokerSamlEndpoint);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Resolves the artifact this SP received (SAML artifact binding): a signed {@code ArtifactResolve} in a SOAP
   * envelope to {@code resolveUrl}; the {@code Response} inside the {@code ArtifactResponse} becomes the last
   * response. False when no artifact arrived.
   */
  public boolean resolveArtifact(String resolveUrl, String entityId) {
    String artifact = lastArtifact.get();
    if (artifact == null) {
      return false;
    }
    try {
      ArtifactResolveType resolve =
          new ArtifactResolveType(IDGenerator.create("ID_"), XMLTimeUtil.getIssueInstant());
      resolve.setArtifact(artifact);
      resolve.setIssuer(SAML2NameIDBuilder.value(entityId).build());
      Document document = SAML2Request.convert(resolve);
      new BaseSAML2BindingBuilder()
          .signWith(null, keys)
          .signatureAlgorithm(SignatureAlgorithm.RSA_SHA256)
          .signDocument(document);
      String envelope =
          "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>"
              + DocumentUtil.asString(document).replaceFirst("^<\\?xml[^>]*\\?>", "")
              + "</soap:Body></soap:Envelope>";
      java.net.http.HttpResponse<String> answer =
          java.net.http.HttpClient.newHttpClient()
              .send(
                  java.net.http.HttpRequest.newBuilder(URI.create(resolveUrl))
                      .header("Content-Type", "text/xml; charset=utf-8")
                      .header("SOAPAction", "http://www.oasis-open.org/committees/security")
                      .POST(java.net.http.HttpRequest.BodyPublishers.ofString(envelope))
                      .build(),
                  java.net.http.HttpResponse.BodyHandlers.ofString());
      Document soap = parse(answer.body().getBytes(StandardCharsets.UTF_8));
      Element response = (Element) soap.getElementsByTagNameNS(SAMLP_NS, "Response").item(0);
      if (response == null) {
        throw new AssertionError("no Response in the ArtifactResponse: " + answer.body());
      }
      lastResponse.set(
          Base64.getEncoder().encodeToString(DocumentUtil.getNodeAsString(response).getBytes(StandardCharsets.UTF_8)));
      return true;
    } catch (Exception e) {
      throw new IllegalStateException("cannot resolve the artifact", e);
    }
  }

  /** Whether any SAML response arrived since this SP started or was {@link #forget() told to forget}. */
  public boolean received() {
    return lastResponse.get() != null;
  }

  /** Forgets the last response: the next login's answer is then the only one. */
  public void forget() {
    lastResponse.set(null);
    lastArtifact.set(null);
  }

  /**
   * The status codes of the last response, outermost first: {@code [Success]}, or e.g. {@code [Responder,
   * RequestDenied]} (the {@code urn:oasis:names:tc:SAML:2.0:status:} prefix left off).
   */
  public List<String> lastStatus() {
    Document doc = lastDocument();
    List<String> codes = new ArrayList<>();
    NodeList nodes = doc.getElementsByTagNameNS(SAMLP_NS, "StatusCode");
    for (int i = 0; i < nodes.getLength(); i++) {
      codes.add(((Element) nodes.item(i)).getAttribute("Value").replace("urn:oasis:names:tc:SAML:2.0:status:", ""));
    }
    return codes;
  }

  /** The last assertion's NameID: its {@code Format} and value. */
  public List<String> lastNameId() {
    Element nameId = (Element) lastDocument().getElementsByTagNameNS(SAML_NS, "NameID").item(0);
    return nameId == null ? List.of() : List.of(nameId.getAttribute("Format"), nameId.getTextContent().trim());
  }

  /** The last assertion's {@code AuthnContextClassRef}. */
  public String lastClassRef() {
    NodeList refs = lastDocument().getElementsByTagNameNS(SAML_NS, "AuthnContextClassRef");
    return refs.getLength() == 0 ? null : refs.item(0).getTextContent().trim();
  }

  /** How many assertions (plain or encrypted) the last response holds. */
  public int lastAssertionCount() {
    Document doc = lastDocument();
    return doc.getElementsByTagNameNS(SAML_NS, "Assertion").getLength()
        + doc.getElementsByTagNameNS(SAML_NS, "EncryptedAssertion").getLength();
  }

  private Document lastDocument() {
    String encoded = lastResponse.get();
    if (encoded == null) {
      throw new AssertionError("no SAML response received");
    }
    try {
      return parse(Base64.getMimeDecoder().decode(encoded));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static Document parse(byte[] xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
  }

  /** The last response as it was sent (base64-decoded XML). */
  public String lastResponseXml() {
    return new String(Base64.getMimeDecoder().decode(lastResponseBase64()), StandardCharsets.UTF_8);
  }

  /**
   * The attributes (name -> values) of the last SAML response received; an {@code EncryptedID} value decrypted
   * with this SP's key to its {@code NameID}'s value.
   */
  public Map<String, List<String>> lastAttributes() {
    return attributeValues(false);
  }

  /** The {@code NameQualifier}s (identifier types) of the last response's {@code EncryptedID} values, by attribute. */
  public Map<String, List<String>> lastNameQualifiers() {
    Map<String, List<String>> qualifiers = attributeValues(true);
    qualifiers.values().removeIf(List::isEmpty);
    return qualifiers;
  }

  private Map<String, List<String>> attributeValues(boolean qualifiers) {
    Document doc = lastDocument();
    Map<String, List<String>> attributes = new HashMap<>();
    NodeList nodes = doc.getElementsByTagNameNS(SAML_NS, "Attribute");
    for (int i = 0; i < nodes.getLength(); i++) {
      Element attribute = (Element) nodes.item(i);
      NodeList values = attribute.getElementsByTagNameNS(SAML_NS, "AttributeValue");
      List<String> list = new ArrayList<>();
      for (int j = 0; j < values.getLength(); j++) {
        Element value = (Element) values.item(j);
        Element encryptedId = firstChild(value, "EncryptedID");
        if (encryptedId != null) {
          Element nameId = decrypt(encryptedId);
          list.add(qualifiers ? nameId.getAttribute("NameQualifier") : nameId.getTextContent().trim());
        } else if (!qualifiers) {
          list.add(value.getTextContent().trim());
        }
      }
      attributes.put(attribute.getAttribute("Name"), list);
    }
    return attributes;
  }

  private static Element firstChild(Element parent, String localName) {
    NodeList children = parent.getElementsByTagNameNS(SAML_NS, localName);
    return children.getLength() == 0 ? null : (Element) children.item(0);
  }

  /** The {@code NameID} of an {@code EncryptedID}, decrypted with this SP's private key (Keycloak's XML encryption). */
  private Element decrypt(Element encryptedId) {
    try {
      Document single = DocumentUtil.createDocument();
      single.appendChild(single.importNode(encryptedId, true));
      return XMLEncryptionUtil.decryptElementInDocument(single, data -> List.of(keys.getPrivate()));
    } catch (Exception e) {
      Throwable cause = e;
      StringBuilder why = new StringBuilder();
      while (cause != null) {
        for (Throwable suppressed : cause.getSuppressed()) {
          why.append(suppressed).append("; ");
        }
        cause = cause.getCause();
      }
      throw new IllegalStateException("cannot decrypt an EncryptedID with this SP's key: " + why, e);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
