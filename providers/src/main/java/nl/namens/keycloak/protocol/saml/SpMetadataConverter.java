package nl.namens.keycloak.protocol.saml;

import com.google.auto.service.AutoService;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.namens.keycloak.representation.ActingFor;
import nl.namens.keycloak.representation.NamensNames;
import org.keycloak.Config;
import org.keycloak.dom.saml.v2.metadata.AttributeConsumingServiceType;
import org.keycloak.dom.saml.v2.metadata.EntitiesDescriptorType;
import org.keycloak.dom.saml.v2.metadata.EntityDescriptorType;
import org.keycloak.dom.saml.v2.metadata.RequestedAttributeType;
import org.keycloak.dom.saml.v2.metadata.SPSSODescriptorType;
import org.keycloak.exportimport.ClientDescriptionConverter;
import org.keycloak.exportimport.ClientDescriptionConverterFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.protocol.saml.EntityDescriptorDescriptionConverter;
import org.keycloak.protocol.saml.SamlConfigAttributes;
import org.keycloak.protocol.saml.SamlProtocol;
import org.keycloak.protocol.saml.mappers.AttributeStatementHelper;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.saml.common.exceptions.ParsingException;
import org.keycloak.saml.processing.core.parsers.saml.SAMLParser;
import org.keycloak.services.ErrorResponse;

/**
 * A service provider's ST-SAML metadata as a client of the broker (admin console "Import client", admin API
 * {@code POST /admin/realms/{realm}/client-description-converter}). Keycloak's own converter (same id, which this one
 * replaces) reads the entity id, assertion consumer services and the signing and encryption certificates; on top of
 * that, as ST-SAML wants it (metadata_dv_rd):
 *
 * <ul>
 *   <li>each {@code AttributeConsumingService} names its service by a {@code RequestedAttribute}
 *       {@code urn:nl-eid-gdi:1.0:ServiceUUID}: those services become the client's {@code namens.services}, their
 *       indexes its {@code namens.saml.service-indexes} (the AuthnRequest's {@code AttributeConsumingServiceIndex});
 *   <li>the encryption certificate encrypts the identifiers ({@code EncryptedID}), never the whole assertion
 *       ({@code saml.encrypt} off: ST-SAML has no {@code EncryptedAssertion});
 *   <li>NameID transient, forced; signed AuthnRequests (the signing certificate) and signed assertions;
 *   <li>{@code namens-saml-representation-mapper} instead of Keycloak's user-attribute mappers for the {@code
 *       urn:nl-eid-gdi} attributes, which the broker fills itself.
 * </ul>
 *
 * The result is a proposal: nothing is stored until the administrator creates the client. A service UUID that is not
 * a UUID, or an index naming two services, is refused with a clear message; metadata without a signing certificate
 * too (signed AuthnRequests are required), and metadata without an HTTP-POST assertion consumer service (the answer
 * goes by POST: Keycloak's artifact store cannot carry EncryptedID values).
 */
@AutoService(ClientDescriptionConverterFactory.class)
public final class SpMetadataConverter implements ClientDescriptionConverter, ClientDescriptionConverterFactory {

  /** Keycloak's converter's id: this one replaces it (a custom factory wins over the built-in one). */
  public static final String PROVIDER_ID = EntityDescriptorDescriptionConverter.ID;

  static final String SERVICE_UUID = SamlRepresentationAttributes.SERVICE_UUID;

  private final EntityDescriptorDescriptionConverter keycloaks = new EntityDescriptorDescriptionConverter();

  @Override
  public boolean isSupported(String description) {
    return keycloaks.isSupported(description);
  }

  /** The client for {@code description}; {@code 400} with a clear {@code errorMessage} for unusable metadata. */
  @Override
  public ClientRepresentation convertToInternal(String description) {
    try {
      return convert(description);
    } catch (InvalidMetadataException e) {
      throw ErrorResponse.error(e.getMessage(), Response.Status.BAD_REQUEST);
    }
  }

  /** As {@link #convertToInternal}; unusable metadata throws {@link InvalidMetadataException}. */
  ClientRepresentation convert(String description) {
    ClientRepresentation client = keycloaks.convertToInternal(description);
    Map<String, String> attributes = client.getAttributes();
    if (attributes.get(SamlConfigAttributes.SAML_SIGNING_CERTIFICATE_ATTRIBUTE) == null) {
      throw new InvalidMetadataException(
          "The metadata has no signing certificate (KeyDescriptor use=\"signing\"): signed AuthnRequests are required");
    }
    if (attributes.get(SamlProtocol.SAML_ASSERTION_CONSUMER_URL_POST_ATTRIBUTE) == null) {
      throw new InvalidMetadataException(
          "The metadata has no HTTP-POST AssertionConsumerService: Namens answers by HTTP-POST (the artifact binding"
              + " cannot carry EncryptedID values through Keycloak)");
    }
    Map<Integer, String> services = services(spDescriptor(description));
    if (!services.isEmpty()) {
      attributes.put(
          NamensNames.CLIENT_SERVICES, services.values().stream().distinct().collect(Collectors.joining(" ")));
      attributes.put(
          NamensNames.CLIENT_SAML_SERVICE_INDEXES,
          services.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" ")));
    }
    attributes.put(SamlConfigAttributes.SAML_ENCRYPT, "false");
    attributes.put(SamlConfigAttributes.SAML_ARTIFACT_BINDING, "false");
    attributes.put(SamlConfigAttributes.SAML_FORCE_POST_BINDING, "true");
    attributes.put(SamlConfigAttributes.SAML_CLIENT_SIGNATURE_ATTRIBUTE, "true");
    attributes.put(SamlConfigAttributes.SAML_ASSERTION_SIGNATURE, "true");
    attributes.put(SamlConfigAttributes.SAML_NAME_ID_FORMAT_ATTRIBUTE, "transient");
    attributes.put(SamlConfigAttributes.SAML_FORCE_NAME_ID_FORMAT_ATTRIBUTE, "true");
    client.setProtocolMappers(mappers(client.getProtocolMappers()));
    return client;
  }

  /**
   * Index to service UUID (lower case) of every {@code AttributeConsumingService} that requests {@code ServiceUUID}
   * with a value.
   */
  static Map<Integer, String> services(SPSSODescriptorType sp) {
    Map<Integer, String> services = new LinkedHashMap<>();
    for (AttributeConsumingServiceType service : sp.getAttributeConsumingService()) {
      List<String> uuids = new ArrayList<>();
      for (RequestedAttributeType requested : service.getRequestedAttribute()) {
        if (!SERVICE_UUID.equals(requested.getName())) {
          continue;
        }
        for (Object value : requested.getAttributeValue()) {
          String text = value == null ? "" : value.toString().replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
          Optional<String> uuid = ActingFor.uuid(text);
          if (uuid.isEmpty()) {
            throw new InvalidMetadataException(
                "AttributeConsumingService " + service.getIndex() + ": ServiceUUID is not a UUID");
          }
          if (!uuids.contains(uuid.get())) {
            uuids.add(uuid.get());
          }
        }
      }
      if (uuids.size() > 1) {
        throw new InvalidMetadataException(
            "AttributeConsumingService " + service.getIndex() + " names more than one ServiceUUID");
      }
      if (uuids.size() == 1) {
        services.put(service.getIndex(), uuids.get(0));
      }
    }
    return services;
  }

  /** Keycloak's mappers without those of ST-SAML's names, plus the broker's representation mapper. */
  private static List<ProtocolMapperRepresentation> mappers(List<ProtocolMapperRepresentation> keycloaks) {
    List<ProtocolMapperRepresentation> mappers = new ArrayList<>();
    if (keycloaks != null) {
      for (ProtocolMapperRepresentation mapper : keycloaks) {
        String attribute = mapper.getConfig() == null ? null : mapper.getConfig().get(AttributeStatementHelper.SAML_ATTRIBUTE_NAME);
        if (attribute == null || !attribute.startsWith("urn:nl-eid-gdi:")) {
          mappers.add(mapper);
        }
      }
    }
    ProtocolMapperRepresentation representation = new ProtocolMapperRepresentation();
    representation.setName("namens representation");
    representation.setProtocol("saml");
    representation.setProtocolMapper(SamlRepresentationMapper.PROVIDER_ID);
    representation.setConfig(Map.of());
    mappers.add(representation);
    return mappers;
  }

  private static SPSSODescriptorType spDescriptor(String description) {
    Object metadata;
    try {
      metadata =
          SAMLParser.getInstance().parse(new ByteArrayInputStream(description.getBytes(StandardCharsets.UTF_8)));
    } catch (ParsingException e) {
      throw new InvalidMetadataException("The metadata cannot be read as SAML metadata");
    }
    EntityDescriptorType entity =
        metadata instanceof EntitiesDescriptorType entities
            ? (EntityDescriptorType) entities.getEntityDescriptor().get(0)
            : (EntityDescriptorType) metadata;
    return EntityDescriptorDescriptionConverter.getSPDescriptor(entity);
  }

  /** Metadata the broker cannot use as a client (the message says why, without identifiers). */
  static final class InvalidMetadataException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InvalidMetadataException(String message) {
      super(message, null, false, false);
    }
  }

  @Override
  public ClientDescriptionConverter create(KeycloakSession session) {
    return this;
  }

  @Override
  public void init(Config.Scope config) {}

  @Override
  public void postInit(KeycloakSessionFactory factory) {}

  @Override
  public void close() {}

  @Override
  public String getId() {
    return PROVIDER_ID;
  }

  @Override
  public int order() {
    return 1;
  }
}
