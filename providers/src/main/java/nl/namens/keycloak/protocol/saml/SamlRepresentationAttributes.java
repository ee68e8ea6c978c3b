package nl.namens.keycloak.protocol.saml;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.namens.keycloak.register.Representation;
import nl.namens.keycloak.representation.SubjectId;

/** The {@code urn:nl-eid-gdi:*} attributes of a represented login, by name, in statement order. */
final class SamlRepresentationAttributes {

  static final String SERVICE_UUID = "urn:nl-eid-gdi:1.0:ServiceUUID";
  static final String ACTING_SUBJECT_ID = "urn:nl-eid-gdi:1.0:ActingSubjectID";
  static final String LEGAL_SUBJECT_ID = "urn:nl-eid-gdi:1.0:LegalSubjectID";
  static final String REPRESENTATION_TYPE = "urn:nl-eid-gdi:1.1:RepresentationType";

  /**
   * The intermediary of a chain mandate (the company whose employee acts). Named in the family of
   * the other {@code urn:nl-eid-gdi:1.0:*} attributes; eToegang calls it {@code
   * IntermediateSubjectID}.
   */
  static final String INTERMEDIATE_SUBJECT_ID = "urn:nl-eid-gdi:1.0:IntermediateSubjectID";

  private SamlRepresentationAttributes() {}

  /** A login as oneself: the service and who acts (ST-SAML: in every assertion). */
  static Map<String, String> ofSelf(String service, SubjectId actingSubject) {
    Map<String, String> attributes = new LinkedHashMap<>();
    attributes.put(SERVICE_UUID, service);
    attributes.put(ACTING_SUBJECT_ID, actingSubject.value());
    return attributes;
  }

  /**
   * @param intermediateSubject the intermediary of a chain mandate; null for every other kind
   */
  static Map<String, String> of(
      String service,
      SubjectId actingSubject,
      SubjectId legalSubject,
      SubjectId intermediateSubject,
      Representation representation) {
    Map<String, String> attributes = new LinkedHashMap<>();
    attributes.put(SERVICE_UUID, service);
    attributes.put(ACTING_SUBJECT_ID, actingSubject.value());
    if (intermediateSubject != null) {
      attributes.put(INTERMEDIATE_SUBJECT_ID, intermediateSubject.value());
    }
    attributes.put(LEGAL_SUBJECT_ID, legalSubject.value());
    RepresentationTypes.of(representation)
        .ifPresent(type -> attributes.put(REPRESENTATION_TYPE, type));
    return attributes;
  }
}
