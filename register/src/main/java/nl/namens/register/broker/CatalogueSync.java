package nl.namens.register.broker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.oidc.client.NamedOidcClient;
import io.quarkus.oidc.client.OidcClient;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.namens.register.http.CorrelationIds;
import nl.namens.register.service.Catalogue;
import nl.namens.register.service.CatalogueFeed;
import nl.namens.register.service.CatalogueSource;
import nl.namens.register.service.NewService;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Keeps the register's copy of the service catalogue equal to its source ({@link CatalogueSource}): the broker's
 * catalogue page in every deployment. Taken at start (waiting up to {@code namens.catalogue.startup-wait} for the
 * broker, before the demo data loads), every {@code namens.catalogue.refresh-every}, and when a question names a service
 * the register does not know (at most once per {@code namens.catalogue.unknown-refresh-interval}). An answer with an
 * invalid entry is refused whole: the register keeps the copy it had (a service it does not know is refused, never
 * guessed). Logs counts, never names.
 */
@ApplicationScoped
public class CatalogueSync implements CatalogueFeed {

  private static final Logger LOG = Logger.getLogger(CatalogueSync.class);
  private static final Duration TOKEN_TIMEOUT = Duration.ofSeconds(3);

  /** The admin console's page components in a realm export. */
  static final String PAGE_TYPE = "org.keycloak.services.ui.extend.UiPageProvider";

  static final String PAGE_ID = "namens-dienstencatalogus";

  private final CatalogueSource source;

  @ConfigProperty(name = "namens.catalogue.realm-file")
  Optional<Path> realmFile;

  @ConfigProperty(name = "namens.catalogue.startup-wait", defaultValue = "30s")
  Duration startupWait;

  @ConfigProperty(name = "namens.catalogue.unknown-refresh-interval", defaultValue = "5s")
  Duration unknownRefreshInterval;

  @ConfigProperty(name = "namens.broker.realm", defaultValue = "namens")
  String realm;

  @Inject
  @NamedOidcClient("broker-notifier")
  Provider<OidcClient> tokens;

  @Inject @RestClient Provider<BrokerCatalogueApi> broker;

  @Inject Provider<Catalogue> catalogue;

  @Inject Validator validator;

  @Inject ObjectMapper json;

  private Instant lastUnknownRefresh = Instant.EPOCH;

  CatalogueSync(@ConfigProperty(name = "namens.catalogue.source", defaultValue = "broker") String source) {
    this.source = CatalogueSource.parse(source);
  }

  @Override
  public CatalogueSource source() {
    return source;
  }

  /** At start, before the demo data: the catalogue from its source. A broker that does not answer delays, not stops. */
  void onStart(@Observes @Priority(10) StartupEvent event) {
    switch (source) {
      case REGISTER -> {}
      case REALM_FILE -> {
        Path file = realmFile.orElseThrow(
            () -> new IllegalStateException("namens.catalogue.source=realm-file needs namens.catalogue.realm-file"));
        int changed = apply(fromRealmExport(file));
        LOG.infof("Service catalogue taken from the realm export: %d change(s)", changed);
      }
      case BROKER -> {
        Instant deadline = Instant.now().plus(startupWait);
        while (!refresh() && Instant.now().isBefore(deadline)) {
          try {
            Thread.sleep(1000);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
        }
      }
    }
  }

  @Scheduled(
      every = "${namens.catalogue.refresh-every:60s}",
      delayed = "${namens.catalogue.refresh-every:60s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void scheduledRefresh() {
    if (source == CatalogueSource.BROKER) {
      refresh();
    }
  }

  /**
   * For a service the register does not know: asks the broker again unless it was asked very recently. Returns whether
   * it asked and took an answer.
   */
  @Override
  public boolean refreshForUnknown() {
    if (source != CatalogueSource.BROKER) {
      return false;
    }
    synchronized (this) {
      Instant now = Instant.now();
      if (now.isBefore(lastUnknownRefresh.plus(unknownRefreshInterval))) {
        return false;
      }
      lastUnknownRefresh = now;
    }
    return refresh();
  }

  /** Takes the broker's catalogue now. Returns false (and keeps the copy) when the broker cannot give a valid one. */
  public synchronized boolean refresh() {
    List<NewService> entries;
    try {
      String token = tokens.get().getTokens().await().atMost(TOKEN_TIMEOUT).getAccessToken();
      entries = broker.get().catalogue("Bearer " + token, CorrelationIds.current(), realm);
    } catch (RuntimeException e) {
      LOG.warnf("Service catalogue: the broker did not answer (%s); the register keeps its copy", e.getClass().getSimpleName());
      return false;
    }
    try {
      int changed = apply(entries);
      if (changed > 0) {
        LOG.infof("Service catalogue taken from the broker: %d service(s), %d change(s)", entries.size(), changed);
      }
      return true;
    } catch (IllegalStateException e) {
      LOG.warnf("Service catalogue: the broker's answer is refused, the register keeps its copy: %s", e.getMessage());
      return false;
    }
  }

  private int apply(List<NewService> entries) {
    List<String> problems = new ArrayList<>();
    Set<UUID> ids = new java.util.HashSet<>();
    for (int i = 0; i < (entries == null ? 0 : entries.size()); i++) {
      NewService entry = entries.get(i);
      if (entry == null) {
        problems.add("[" + i + "] is empty");
        continue;
      }
      for (ConstraintViolation<NewService> v : validator.validate(entry)) {
        problems.add("[" + i + "]." + v.getPropertyPath() + " " + v.getMessage());
      }
      if (entry.id() != null && !ids.add(entry.id())) {
        problems.add("[" + i + "].id is listed twice");
      }
    }
    if (entries == null || !problems.isEmpty()) {
      throw new IllegalStateException(entries == null ? "no list" : String.join("; ", problems));
    }
    return QuarkusTransaction.requiringNew().call(() -> catalogue.get().replaceWith(entries));
  }

  /** The catalogue components of a realm export (realm-config's namens-realm.json). */
  public List<NewService> fromRealmExport(Path file) {
    JsonNode realmJson;
    try {
      realmJson = json.readTree(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException("namens.catalogue.realm-file " + file + " cannot be read", e);
    }
    List<NewService> entries = new ArrayList<>();
    for (JsonNode component : realmJson.path("components").path(PAGE_TYPE)) {
      if (!PAGE_ID.equals(component.path("providerId").asText())) {
        continue;
      }
      JsonNode config = component.path("config");
      entries.add(
          new NewService(
              UUID.fromString(first(config, "serviceId")),
              first(config, "name"),
              first(config, "provider"),
              first(config, "category"),
              first(config, "minimumLoa"),
              "true".equals(first(config, "retired")),
              "true".equals(first(config, "allowsSelfServiceUnderRepresentation")),
              "true".equals(first(config, "settlesEstate"))));
    }
    return entries;
  }

  private static String first(JsonNode config, String key) {
    JsonNode values = config.path(key);
    return values.isArray() && !values.isEmpty() ? values.get(0).asText() : null;
  }
}
