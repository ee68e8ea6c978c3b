package nl.namens.keycloak.actingfor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.namens.keycloak.register.Actor;
import nl.namens.keycloak.register.AuthorizationQuery;
import nl.namens.keycloak.register.AuthorizationResult;
import nl.namens.keycloak.register.CapacityResult;
import nl.namens.keycloak.register.PrincipalSearch;
import nl.namens.keycloak.register.RegisterClient;
import nl.namens.keycloak.register.Representation;
import nl.namens.keycloak.register.RepresentationsQuery;
import nl.namens.keycloak.register.RepresentationsResult;
import nl.namens.keycloak.register.Unavailability;
import nl.namens.keycloak.register.Usage;
import org.keycloak.models.RealmModel;

/**
 * A register in memory: searches and pages its principals as the BVD API does (display name order
 * is the order they were added), answers capacity as told, and records what it was asked.
 */
final class FakeRegister implements RegisterClient {

  final List<Representation> principals = new ArrayList<>();
  final List<RepresentationsQuery> queries = new ArrayList<>();
  final List<Actor> capacityAsked = new ArrayList<>();
  final List<Usage> usages = new ArrayList<>();

  boolean representationsDown;
  /** Principals the register counts but whose entries the broker could not read (dropped as malformed). */
  int unreadable;
  CapacityResult capacity = new CapacityResult.Free();
  boolean usageRecorded = true;
  RuntimeException usageFailure;

  static final RepresentationsResult.Unavailable DOWN =
      new RepresentationsResult.Unavailable(
          new Unavailability(Unavailability.Reason.TIMEOUT, "representations: timeout"));

  static final CapacityResult.Unavailable CAPACITY_DOWN =
      new CapacityResult.Unavailable(
          new Unavailability(Unavailability.Reason.SERVER_ERROR, "capacity: HTTP 503"));

  @Override
  public RepresentationsResult representations(RealmModel realm, RepresentationsQuery query) {
    queries.add(query);
    if (representationsDown) {
      return DOWN;
    }
    List<Representation> matches =
        principals.stream().filter(r -> matches(r, query.search())).toList();
    int from = Math.min(query.offset(), matches.size());
    int to =
        query.limit() == null ? matches.size() : Math.min(from + query.limit(), matches.size());
    return new RepresentationsResult.Principals(
        matches.subList(from, to), matches.size() + unreadable);
  }

  private static boolean matches(Representation r, PrincipalSearch search) {
    if (search == null) {
      return true;
    }
    if (search.name() != null
        && !r.principalDisplayName()
            .toLowerCase(Locale.ROOT)
            .contains(search.name().toLowerCase(Locale.ROOT))) {
      return false;
    }
    if (search.birthYear() != null && !search.birthYear().equals(r.principalBirthYear())) {
      return false;
    }
    return search.bsnPart() == null || r.principal().id().contains(search.bsnPart());
  }

  RepresentationsQuery lastQuery() {
    return queries.get(queries.size() - 1);
  }

  @Override
  public CapacityResult capacity(RealmModel realm, Actor actor, String service) {
    capacityAsked.add(actor);
    return capacity;
  }

  @Override
  public AuthorizationResult authorize(RealmModel realm, AuthorizationQuery query) {
    return new AuthorizationResult.NotAuthorized();
  }

  @Override
  public boolean recordUsage(RealmModel realm, Usage usage) {
    usages.add(usage);
    if (usageFailure != null) {
      throw usageFailure;
    }
    return usageRecorded;
  }

  @Override
  public nl.namens.keycloak.register.ServiceUse serviceUse(RealmModel realm, String serviceId) {
    return new nl.namens.keycloak.register.ServiceUse.Unused();
  }

  @Override
  public void close() {}
}
