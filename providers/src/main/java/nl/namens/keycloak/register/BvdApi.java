package nl.namens.keycloak.register;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import org.keycloak.util.JsonSerialization;

/**
 * The BVD API calls: request bodies, answer parsing and the classification of everything that is
 * not a usable answer as {@link Unavailability}. Free of Keycloak session state, so tests can run
 * it against a stand-in server.
 *
 * <p>Each question runs under one correlation id ({@link CorrelationIds}): its token call, a retry
 * after 401 and the lines about its outcome ("register cannot answer ...") share the id the
 * register logs too.
 */
final class BvdApi {

  private static final Logger LOG = Logger.getLogger(BvdApi.class);

  /**
   * Sanity bounds of {@code principal.birthYear}; outside them the entry is malformed (dropped from
   * a list, "cannot answer" for an authorization).
   */
  static final int MIN_BIRTH_YEAR = 1800;

  static final int MAX_BIRTH_YEAR = 2200;

  /** The contract's date: {@code yyyy-mm-dd}, a year of four digits without a sign. */
  private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  /** A date whose year has a sign or more (or fewer) digits: {@code +99999-12-31}. */
  private static final Pattern SIGNED_OR_LONG_YEAR =
      Pattern.compile("[+-]?[0-9]+-[0-9]{2}-[0-9]{2}");

  private final BvdTransport transport;
  private final RegisterConfig config;
  private final ServiceTokens tokens;

  BvdApi(BvdTransport transport, RegisterConfig config, ServiceTokens tokens) {
    this.transport = transport;
    this.config = config;
    this.tokens = tokens;
  }

  /**
   * {@code {"actor", "service", "search"?, "offset"?, "limit"?}}; the register pages and counts
   * ({@code total}; without it, the number of entries sent).
   *
   * <p>One malformed entry (a bad date or a year that is not four digits, no or an unusable
   * principal, a field of the wrong type, ...) is dropped and logged by its index and reason, never
   * by an identifier; the other entries are kept, so one bad record does not hide every mandate.
   * {@code total} stays what the register reported (without it: the number of entries it sent), not
   * reduced by the dropped entries: offsets and pages are the register's, and a dropped entry still
   * counts there. An answer that is not JSON or has no {@code principals} array is still "cannot
   * answer".
   */
  RepresentationsResult representations(RepresentationsQuery query) {
    try (CorrelationIds.Scope correlation = CorrelationIds.open()) {
      Map<String, Object> body = representationsBody(query);
      try {
        JsonNode json = call(config.representationsUrl(), body, "representations");
        JsonNode principals = json.get("principals");
        if (principals == null || !principals.isArray()) {
          throw badResponse("representations: no principals array");
        }
        Integer total = count(json, "total");
        List<Representation> received = new ArrayList<>(principals.size());
        for (int i = 0; i < principals.size(); i++) {
          received.add(entry(principals.get(i), i));
        }
        if (total == null) {
          total = received.size();
        }
        List<Representation> list = received.stream().filter(Objects::nonNull).toList();
        LOG.debugf("register: %d principal(s) of %d for %s", list.size(), total, query);
        return new RepresentationsResult.Principals(list, total);
      } catch (RegisterUnavailableException e) {
        LOG.warnf("register cannot answer %s: %s", query, e.unavailability());
        return new RepresentationsResult.Unavailable(e.unavailability());
      }
    }
  }

  /**
   * One entry of {@code principals}, or null when it is malformed: then it is logged with its
   * {@code index} and the reason (which names fields, never values).
   */
  private static Representation entry(JsonNode node, int index) {
    try {
      return representation(node);
    } catch (RegisterUnavailableException e) {
      LOG.warnf(
          "register: principals[%d] dropped, the other entries are kept: %s",
          index, e.unavailability().detail());
      return null;
    }
  }

  static Map<String, Object> representationsBody(RepresentationsQuery query) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("actor", actor(query.actor()));
    body.put("service", query.service());
    PrincipalSearch search = query.search();
    if (search != null) {
      Map<String, Object> criteria = new LinkedHashMap<>();
      if (search.name() != null) {
        criteria.put("name", search.name());
      }
      if (search.birthYear() != null) {
        criteria.put("birthYear", search.birthYear());
      }
      if (search.bsnPart() != null) {
        criteria.put("bsnPart", search.bsnPart());
      }
      body.put("search", criteria);
    }
    if (query.limit() != null) {
      body.put("offset", query.offset());
      body.put("limit", query.limit());
    } else if (query.offset() > 0) {
      body.put("offset", query.offset());
    }
    return body;
  }

  /**
   * {@code POST /bvd/v1/capacity} {@code {"subject": party, "service"}}. A clear "no" is read
   * leniently: a representative entry without a display name is skipped rather than turning the
   * "no" into "cannot answer" (which would let the person continue as themselves).
   */
  CapacityResult capacity(Actor actor, String service) {
    try (CorrelationIds.Scope correlation = CorrelationIds.open()) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("subject", party(actor.party()));
      body.put("service", service);
      try {
        JsonNode json = call(config.capacityUrl(), body, "capacity");
        JsonNode may = json.get("mayActForSelf");
        if (may == null || !may.isBoolean()) {
          throw badResponse("capacity: no mayActForSelf boolean");
        }
        if (may.booleanValue()) {
          LOG.debugf("register: actor %s may act for self at service %s", actor.logRef(), service);
          return new CapacityResult.Free();
        }
        List<CapacityResult.Representative> representatives = new ArrayList<>();
        JsonNode list = json.get("representatives");
        if (list != null && list.isArray()) {
          for (JsonNode r : list) {
            String name = r.isObject() ? text(r, "displayName") : null;
            if (name == null) {
              LOG.warn("register: capacity answer with an unusable representative entry (skipped)");
              continue;
            }
            representatives.add(new CapacityResult.Representative(name, text(r, "kind")));
          }
        }
        String reason = text(json, "reason");
        LOG.debugf(
            "register: actor %s may not act for self at service %s: %s, %d representative(s)",
            actor.logRef(), service, reason, representatives.size());
        return new CapacityResult.Incapable(reason, representatives);
      } catch (RegisterUnavailableException e) {
        LOG.warnf(
            "register cannot answer capacity for actor %s, service %s: %s",
            actor.logRef(), service, e.unavailability());
        return new CapacityResult.Unavailable(e.unavailability());
      }
    }
  }

  /**
   * {@code POST /bvd/v1/service-use} {@code {"service"}} → {@code {"mandates": n}}: how many mandates that have not
   * ended name the service. Anything else is "cannot say".
   */
  ServiceUse serviceUse(String serviceId) {
    try (CorrelationIds.Scope correlation = CorrelationIds.open()) {
      try {
        JsonNode json = call(config.serviceUseUrl(), Map.of("service", serviceId), "service-use");
        JsonNode mandates = json.get("mandates");
        if (mandates == null || !mandates.isInt() || mandates.intValue() < 0) {
          throw badResponse("service-use: no mandates count");
        }
        return mandates.intValue() == 0 ? new ServiceUse.Unused() : new ServiceUse.InUse(mandates.intValue());
      } catch (RegisterUnavailableException e) {
        LOG.warnf("register cannot say whether mandates name service %s: %s", serviceId, e.unavailability());
        return new ServiceUse.Unavailable(e.unavailability().toString());
      }
    }
  }

  AuthorizationResult authorize(AuthorizationQuery query) {
    try (CorrelationIds.Scope correlation = CorrelationIds.open()) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("actor", actor(query.actor()));
      body.put("principal", party(query.principal()));
      body.put("service", query.service());
      if (query.mandateId() != null) {
        body.put("mandateId", query.mandateId());
      }
      try {
        JsonNode json = call(config.authorizationsUrl(), body, "authorizations");
        JsonNode authorized = json.get("authorized");
        if (authorized == null || !authorized.isBoolean()) {
          throw badResponse("authorizations: no authorized boolean");
        }
        if (!authorized.booleanValue()) {
          LOG.debugf("register: not authorized: %s", query);
          return new AuthorizationResult.NotAuthorized();
        }
        JsonNode representation = json.get("representation");
        if (representation == null || !representation.isObject()) {
          throw badResponse("authorizations: authorized without representation");
        }
        return new AuthorizationResult.Authorized(representation(representation));
      } catch (RegisterUnavailableException e) {
        LOG.warnf("register cannot answer %s: %s", query, e.unavailability());
        return new AuthorizationResult.Unavailable(e.unavailability());
      }
    }
  }

  /**
   * {@code POST /bvd/v1/usages}: records one use of a mandate. Any 2xx counts as recorded; the
   * answer's body is not read.
   *
   * @return true when the register confirmed the record
   */
  boolean recordUsage(Usage usage) {
    try (CorrelationIds.Scope correlation = CorrelationIds.open()) {
      Map<String, Object> body = usageBody(usage);
      try {
        String json = JsonSerialization.writeValueAsString(body);
        HttpReply reply = post(config.usagesUrl(), json, "usages");
        if (!reply.isSuccess()) {
          throw RegisterUnavailableException.fromStatus(reply.status(), "usages");
        }
        LOG.debugf("register: recorded %s", usage);
        return true;
      } catch (RegisterUnavailableException e) {
        LOG.warnf("register did not record %s: %s", usage, e.unavailability());
        return false;
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /** {@code {"mandateId", "actor", "principal", "service", "loa"}}; a null LoA is left out. */
  static Map<String, Object> usageBody(Usage usage) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("mandateId", usage.mandateId());
    body.put("actor", actor(usage.actor()));
    body.put("principal", party(usage.principal()));
    body.put("service", usage.service());
    if (usage.loa() != null) {
      body.put("loa", usage.loa());
    }
    return body;
  }

  /**
   * POSTs {@code body} with a bearer token; on 401 renews the token once. Returns the parsed JSON.
   */
  private JsonNode call(String url, Map<String, Object> body, String what)
      throws RegisterUnavailableException {
    String json;
    try {
      json = JsonSerialization.writeValueAsString(body);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    HttpReply reply = post(url, json, what);
    if (!reply.isSuccess()) {
      throw RegisterUnavailableException.fromStatus(reply.status(), what);
    }
    if (reply.status() != 200) {
      throw badResponse(what + ": HTTP " + reply.status());
    }
    try {
      JsonNode node = JsonSerialization.mapper.readTree(reply.body() == null ? "" : reply.body());
      if (node == null || !node.isObject()) {
        throw badResponse(what + ": not a JSON object");
      }
      return node;
    } catch (IOException e) {
      throw badResponse(what + ": not JSON");
    }
  }

  private HttpReply post(String url, String json, String what) throws RegisterUnavailableException {
    String token = tokens.token();
    try {
      HttpReply reply = transport.postJson(url, token, json);
      if (reply.status() == 401) {
        tokens.invalidate(token);
        reply = transport.postJson(url, tokens.token(), json);
      }
      return reply;
    } catch (IOException e) {
      throw RegisterUnavailableException.from(e, what);
    }
  }

  /** A party reference, plus {@code actingSubjectId} for an eHerkenning employee. */
  static Map<String, Object> actor(Actor actor) {
    Map<String, Object> map = party(actor.party());
    if (actor.actingSubjectId() != null) {
      map.put("actingSubjectId", actor.actingSubjectId());
    }
    return map;
  }

  private static Map<String, Object> party(Party party) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("type", party.type().name());
    map.put("id", party.id());
    return map;
  }

  static Representation representation(JsonNode node) throws RegisterUnavailableException {
    if (node == null || !node.isObject()) {
      throw badResponse("representation is not an object");
    }
    String mandateId = text(node, "mandateId");
    if (mandateId == null) {
      throw badResponse("representation without mandateId");
    }
    JsonNode principalNode = node.get("principal");
    if (principalNode == null || !principalNode.isObject()) {
      throw badResponse("representation without principal");
    }
    Party principal =
        Party.of(text(principalNode, "type"), text(principalNode, "id"))
            .orElseThrow(() -> badResponse("representation with an unusable principal"));
    List<ServiceRef> services = new ArrayList<>();
    JsonNode servicesNode = node.get("services");
    if (servicesNode != null && servicesNode.isArray()) {
      for (JsonNode s : servicesNode) {
        String id = s.isTextual() ? s.asText() : text(s, "id");
        if (id == null) {
          throw badResponse("representation with a service without id");
        }
        services.add(new ServiceRef(id, s.isObject() ? text(s, "name") : null));
      }
    }
    Party intermediary = null;
    String intermediaryName = null;
    JsonNode intermediaryNode = node.get("intermediary");
    if (intermediaryNode != null && !intermediaryNode.isNull()) {
      if (!intermediaryNode.isObject()) {
        throw badResponse("representation with an intermediary that is not an object");
      }
      intermediary =
          Party.of(text(intermediaryNode, "type"), text(intermediaryNode, "id"))
              .orElseThrow(() -> badResponse("representation with an unusable intermediary"));
      intermediaryName = text(intermediaryNode, "displayName");
    }
    return new Representation(
        mandateId,
        text(node, "kind"),
        principal,
        text(principalNode, "displayName"),
        text(node, "relation"),
        services,
        date(node, "validFrom"),
        date(node, "validUntil"),
        text(node, "requiredLoa"),
        intermediary,
        intermediaryName,
        strictText(node, "representationType"),
        strictText(node, "source"),
        legalBasis(node.get("legalBasis")),
        birthYear(principalNode));
  }

  /**
   * {@code legalBasis}: absent or null is no basis; anything but an object, a field of the wrong
   * type or a malformed {@code decisionDate} makes the answer unusable. {@code evidenceReference}
   * is not read (least data).
   */
  private static LegalBasis legalBasis(JsonNode node) throws RegisterUnavailableException {
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isObject()) {
      throw badResponse("representation with a legalBasis that is not an object");
    }
    return new LegalBasis(
        strictText(node, "law"),
        strictText(node, "register"),
        strictText(node, "court"),
        date(node, "decisionDate"),
        strictText(node, "decisionId"),
        strictText(node, "evidence"));
  }

  /** {@code principal.birthYear}: an integer year, or absent. */
  private static Integer birthYear(JsonNode principal) throws RegisterUnavailableException {
    JsonNode value = principal.get("birthYear");
    if (value == null || value.isNull()) {
      return null;
    }
    int year;
    if (value.isIntegralNumber() && value.canConvertToInt()) {
      year = value.intValue();
    } else if (value.isTextual() && value.asText().trim().matches("[0-9]{4}")) {
      year = Integer.parseInt(value.asText().trim());
    } else {
      throw badResponse("representation with a malformed principal.birthYear");
    }
    if (year < MIN_BIRTH_YEAR || year > MAX_BIRTH_YEAR) {
      throw badResponse("representation with a principal.birthYear out of range");
    }
    return year;
  }

  /** A non-negative integer field, or null when absent. */
  private static Integer count(JsonNode node, String field) throws RegisterUnavailableException {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < 0) {
      throw badResponse("malformed " + field);
    }
    return value.intValue();
  }

  /** Like {@link #text} but a value that is not a string (an object, a number) is malformed. */
  private static String strictText(JsonNode node, String field)
      throws RegisterUnavailableException {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw badResponse("representation with a malformed " + field);
    }
    String s = value.asText();
    return s.isBlank() ? null : s.trim();
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull() || !value.isValueNode()) {
      return null;
    }
    String s = value.asText();
    return s.isBlank() ? null : s.trim();
  }

  /**
   * A {@code yyyy-mm-dd} date: exactly four digits of year, as the contract says. Java reads {@code
   * +99999-12-31} as a date too; such a year would end up in a token's {@code valid_until}, so it
   * is malformed here.
   */
  private static LocalDate date(JsonNode node, String field) throws RegisterUnavailableException {
    String value = text(node, field);
    if (value == null) {
      return null;
    }
    if (!ISO_DATE.matcher(value).matches()) {
      throw badResponse(
          SIGNED_OR_LONG_YEAR.matcher(value).matches()
              ? "representation with a " + field + " whose year is not four digits"
              : "representation with a malformed " + field);
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw badResponse("representation with a malformed " + field);
    }
  }

  private static RegisterUnavailableException badResponse(String detail) {
    return new RegisterUnavailableException(Unavailability.Reason.BAD_RESPONSE, detail);
  }
}
