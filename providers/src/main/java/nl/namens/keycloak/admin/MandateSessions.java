package nl.namens.keycloak.admin;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import nl.namens.identifiers.SubjectType;
import nl.namens.keycloak.register.Party;
import nl.namens.keycloak.representation.ActingFor;
import nl.namens.keycloak.representation.ChoiceLedger;
import nl.namens.keycloak.representation.NamensNames;
import org.keycloak.util.JsonSerialization;

/**
 * Which sessions act under a revoked mandate: the pure part of {@code POST
 * /admin/realms/{realm}/namens/mandates/{mandateId}/revoked}, free of Keycloak session state.
 */
final class MandateSessions {

  private MandateSessions() {}

  /** A candidate session: its id, whether offline, and the notes of each of its client sessions. */
  record Candidate<S>(
      S session, String id, boolean offline, List<Map<String, String>> clientNotes) {

    /** Online and offline sessions may share an id; this key keeps them apart. */
    String key() {
      return (offline ? "offline:" : "online:") + id;
    }
  }

  /** The mandate id of the path in canonical lower-case form; empty when it is not a UUID. */
  static Optional<String> mandateId(String raw) {
    return ActingFor.uuid(raw == null ? null : raw.trim());
  }

  /**
   * Whether one of the client sessions acts under {@code mandateId}: any choice its {@link
   * ChoiceLedger} keeps (the newest or an earlier login's, whose tokens may still be refreshed),
   * compared as UUID, case-insensitive.
   */
  static boolean actsUnder(String mandateId, List<Map<String, String>> clientNotes) {
    return clientNotes.stream()
        .flatMap(ChoiceLedger::mandateIds)
        .anyMatch(noted -> noted.equalsIgnoreCase(mandateId));
  }

  /** The candidates acting under {@code mandateId}, each session once, in encounter order. */
  static <S> List<Candidate<S>> select(String mandateId, Stream<Candidate<S>> candidates) {
    Set<String> seen = new HashSet<>();
    List<Candidate<S>> selected = new ArrayList<>();
    candidates.forEach(
        candidate -> {
          if (seen.add(candidate.key()) && actsUnder(mandateId, candidate.clientNotes())) {
            selected.add(candidate);
          }
        });
    return selected;
  }

  /**
   * The broker user attribute that holds a representative's identifier: {@value
   * NamensNames#USER_BSN} for a BSN, {@value NamensNames#USER_KVK} for a KvK number, {@value
   * NamensNames#USER_RSIN} for an RSIN (every employee of that company).
   */
  static Optional<String> userAttribute(SubjectType type) {
    return switch (type) {
      case BSN -> Optional.of(NamensNames.USER_BSN);
      case KVK -> Optional.of(NamensNames.USER_KVK);
      case RSIN -> Optional.of(NamensNames.USER_RSIN);
    };
  }

  /**
   * The optional body {@code {"representative": {"type", "id"}}}. Empty for an empty body, an empty
   * object or a null representative.
   *
   * @throws InvalidRequestException for a body that is not such JSON, an unknown type or an
   *     identifier that fails its check (the message holds no identifier)
   */
  static Optional<Party> representative(String body) {
    if (body == null || body.isBlank()) {
      return Optional.empty();
    }
    JsonNode json;
    try {
      json = JsonSerialization.mapper.readTree(body);
    } catch (IOException e) {
      throw new InvalidRequestException("body is not JSON");
    }
    if (json == null || !json.isObject()) {
      throw new InvalidRequestException("body is not a JSON object");
    }
    JsonNode rep = json.get("representative");
    if (rep == null || rep.isNull()) {
      return Optional.empty();
    }
    if (!rep.isObject()) {
      throw new InvalidRequestException("representative is not an object");
    }
    String type = rep.path("type").isTextual() ? rep.get("type").asText() : null;
    String id = rep.path("id").isTextual() ? rep.get("id").asText().trim() : null;
    Party party =
        Party.of(type, id)
            .orElseThrow(() -> new InvalidRequestException("representative needs type and id"));
    if (!party.type().isValid(party.id())) {
      throw new InvalidRequestException("representative id is not a valid " + party.type());
    }
    return Optional.of(party);
  }
}
