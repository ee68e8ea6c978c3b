package nl.namens.keycloak.protocol.saml;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.namens.keycloak.register.Representation;
import nl.namens.keycloak.representation.SubjectId;

/**
 * The attributes of a login (ST-SAML's {@code urn:nl-eid-gdi:*}, and the project's {@code urn:namens:1.0:*} where
 * the standard has none), by name, in statement order. A value is a {@link String} (service, type), sent as it is,
 * or a {@link SubjectId} (who acts, for whom, through whom), sent as an {@code EncryptedID} ({@link EncryptedIds}).
 */
final class SamlRepresentationAttributes {

  static final String SERVICE_UUID = "urn:nl-eid-gdi:1.0:ServiceUUID";
  static final String ACTING_SUBJECT_ID = "urn:nl-eid-gdi:1.0:ActingSubjectID";
  static final String LEGAL_SUBJECT_ID = "urn:nl-eid-gdi:1.0:LegalSubjectID";
  /** ST-SAML's attribute, only with a value the standard defines ({@link #STANDARD_TYPE_PREFIX}). */
  static final String REPRESENTATION_TYPE = "urn:nl-eid-gdi:1.1:RepresentationType";

  /** The values ST-SAML defines for {@link #REPRESENTATION_TYPE} (types.md: {@code …:RT:Zorg_Volledig_Gezag_Kind}). */
  static final String STANDARD_TYPE_PREFIX = "urn:nl-eid-gdi:1.1:RT:";

  /**
   * The project's own kinds ({@code urn:namens:1.0:RT:*}, docs/representation-types.md), in an attribute of
   * the project's namespace: ST-SAML's {@link #REPRESENTATION_TYPE} carries only the standard's values.
   */
  static final String NAMENS_REPRESENTATION_TYPE = "urn:namens:1.0:RepresentationType";

  /**
   * The intermediary: of a chain mandate, or the company an eHerkenning employee logged in for and acts through
   * (the company whose employee acts). ST-SAML defines no attribute for
   * it (eToegang calls it {@code urn:etoegang:core:IntermediateSubjectID}): the project's namespace, never an
   * invented {@code urn:nl-eid-gdi} name.
   */
  static final String INTERMEDIATE_SUBJECT_ID = "urn:namens:1.0:IntermediateSubjectID";

  /** eToegang's branch restriction of an eHerkenning login, copied unaltered (messages_dv_rd, eTD conversion). */
  static final String BRANCH_RESTRICTION = "urn:etoegang:1.9:ServiceRestriction:Vestigingsnr";

  private SamlRepresentationAttributes() {}

  /**
   * A login as oneself: the service and who acts (ST-SAML: in every assertion); for an eHerkenning employee also
   * the company they act for ({@code company}, null for a DigiD user) as {@code LegalSubjectID}, as eToegang's
   * {@code LegalSubjectID} converts (messages_dv_rd, "Attribute type conversion eTD").
   */
  static Map<String, Object> ofSelf(String service, SubjectId actingSubject, SubjectId company) {
    Map<String, Object> attributes = new LinkedHashMap<>();
    attributes.put(SERVICE_UUID, service);
    attributes.put(ACTING_SUBJECT_ID, actingSubject);
    if (company != null) {
      attributes.put(LEGAL_SUBJECT_ID, company);
    }
    return attributes;
  }

  /**
   * @param intermediateSubject the intermediary: of a chain mandate, or the company through which an eHerkenning
   *     employee acts; null for a DigiD user's other kinds
   */
  static Map<String, Object> of(
      String service,
      SubjectId actingSubject,
      SubjectId legalSubject,
      SubjectId intermediateSubject,
      Representation representation) {
    Map<String, Object> attributes = new LinkedHashMap<>();
    attributes.put(SERVICE_UUID, service);
    attributes.put(ACTING_SUBJECT_ID, actingSubject);
    if (intermediateSubject != null) {
      attributes.put(INTERMEDIATE_SUBJECT_ID, intermediateSubject);
    }
    attributes.put(LEGAL_SUBJECT_ID, legalSubject);
    RepresentationTypes.of(representation)
        .ifPresent(
            type ->
                attributes.put(
                    type.startsWith(STANDARD_TYPE_PREFIX) ? REPRESENTATION_TYPE : NAMENS_REPRESENTATION_TYPE,
                    type));
    return attributes;
  }
}
