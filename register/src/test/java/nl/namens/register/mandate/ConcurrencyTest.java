package nl.namens.register.mandate;

import static nl.namens.register.PortalApi.activate;
import static nl.namens.register.PortalApi.get;
import static nl.namens.register.PortalApi.history;
import static nl.namens.register.PortalApi.registered;
import static nl.namens.register.PortalApi.revoke;
import static nl.namens.register.RegisterApi.authorizations;
import static nl.namens.register.RegisterApi.mandate;
import static nl.namens.register.RegisterApi.person;
import static nl.namens.register.RegisterApi.service;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import nl.namens.register.EmbeddedPostgresResource;
import nl.namens.register.TestClock;
import nl.namens.register.Tokens;
import org.junit.jupiter.api.Test;

/** Races on the real PostgreSQL: row locks make every outcome consistent. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class ConcurrencyTest {

  private static final int ACTIVATION_TRIALS = 20;
  private static final int REVOCATION_TRIALS = 1000;
  private static final int CHECKS_PER_TRIAL = 2;

  @Test
  void activationRacingRevocationNeverLeavesAnActiveMandate() throws Exception {
    String service = service("Belastingaangifte");
    ExecutorService pool = Executors.newFixedThreadPool(8);
    AtomicInteger activationWon = new AtomicInteger();
    AtomicInteger revocationFirst = new AtomicInteger();
    try {
      for (int i = 0; i < ACTIVATION_TRIALS; i++) {
        Map<String, Object> principal = person();
        Map<String, Object> representative = person();
        String[] m = registered(principal, representative, service);
        CountDownLatch start = new CountDownLatch(1);
        Future<Integer> activation =
            pool.submit(
                () -> {
                  start.await();
                  return activate(representative, m[0], m[1]).extract().statusCode();
                });
        Future<Integer> revocation =
            pool.submit(
                () -> {
                  start.await();
                  return revoke(principal, m[0]).extract().statusCode();
                });
        start.countDown();
        int activated = activation.get(30, TimeUnit.SECONDS);
        int revoked = revocation.get(30, TimeUnit.SECONDS);

        assertEquals(200, revoked, "the revocation always succeeds");
        assertEquals("revoked", get(principal, m[0]).extract().path("status"));
        List<String> actions = history(principal, m[0]).extract().path("action");
        if (activated == 200) {
          activationWon.incrementAndGet();
          assertEquals(List.of("register", "activate", "revoke"), actions);
        } else {
          revocationFirst.incrementAndGet();
          assertEquals(409, activated, "a refused activation is a conflict");
          assertEquals(List.of("register", "revoke"), actions);
        }
        assertFalse(
            authorizations(representative, principal, service, m[0]).extract().<Boolean>path("authorized"));
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(ACTIVATION_TRIALS, activationWon.get() + revocationFirst.get());
  }

  /** One authorization check: when it was sent and what it answered. */
  private record Check(long sentAt, boolean authorized) {}

  @TestHTTPResource("/")
  URI base;

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  /** A plain JDK HTTP call: RestAssured costs more CPU per request than the register does. */
  private String post(String token, String path, Object body, int expectedStatus) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve(path))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
            .build();
    HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
    assertEquals(expectedStatus, answer.statusCode(), answer.body());
    return answer.body();
  }

  private boolean authorized(
      Map<String, Object> actor, Map<String, Object> principal, String service, String id)
      throws Exception {
    String answer =
        post(
            Tokens.bvd(),
            "/bvd/v1/authorizations",
            Map.of("actor", actor, "principal", principal, "service", service, "mandateId", id),
            200);
    return json.readTree(answer).get("authorized").asBoolean();
  }

  @Test
  void noCheckStartedAfterACommittedRevocationIsAuthorized() throws Exception {
    String service = service("Belastingaangifte");
    ExecutorService trials = Executors.newFixedThreadPool(4);
    ExecutorService racers = Executors.newFixedThreadPool(8);
    AtomicInteger checksAfterRevoke = new AtomicInteger();
    AtomicInteger authorizedBeforeRevoke = new AtomicInteger();
    long began = System.nanoTime();
    try {
      List<Future<List<String>>> results = new ArrayList<>();
      for (int i = 0; i < REVOCATION_TRIALS; i++) {
        results.add(
            trials.submit(
                () -> {
                  Map<String, Object> principal = person();
                  Map<String, Object> representative = person();
                  String id =
                      json.readTree(
                              post(
                                  Tokens.admin(),
                                  "/admin/v1/mandates",
                                  mandate(
                                      principal,
                                      representative,
                                      List.of(service),
                                      TestClock.TODAY,
                                      TestClock.TODAY.plusYears(1),
                                      "active"),
                                  201))
                          .get("id")
                          .asText();
                  String principalToken = Tokens.portal(principal);
                  CountDownLatch start = new CountDownLatch(1);
                  Future<Long> revocation =
                      racers.submit(
                          () -> {
                            start.await();
                            post(principalToken, "/api/v1/mandates/" + id + "/revoke", Map.of(), 200);
                            return System.nanoTime(); // the revocation has committed by now
                          });
                  Future<List<Check>> checks =
                      racers.submit(
                          () -> {
                            start.await();
                            List<Check> done = new ArrayList<>();
                            for (int c = 0; c < CHECKS_PER_TRIAL; c++) {
                              long sentAt = System.nanoTime();
                              done.add(
                                  new Check(sentAt, authorized(representative, principal, service, id)));
                            }
                            return done;
                          });
                  start.countDown();
                  long committed = revocation.get(30, TimeUnit.SECONDS);
                  List<String> violations = new ArrayList<>();
                  for (Check check : checks.get(30, TimeUnit.SECONDS)) {
                    if (check.sentAt() > committed) {
                      checksAfterRevoke.incrementAndGet();
                      if (check.authorized()) {
                        violations.add("mandate " + id + " authorized after its revocation committed");
                      }
                    } else if (check.authorized()) {
                      authorizedBeforeRevoke.incrementAndGet();
                    }
                  }
                  // And afterwards, always refused.
                  if (authorized(representative, principal, service, id)) {
                    violations.add("mandate " + id + " still authorized after the race");
                  }
                  return violations;
                }));
      }
      List<String> violations = new ArrayList<>();
      for (Future<List<String>> result : results) {
        violations.addAll(result.get(120, TimeUnit.SECONDS));
      }
      assertEquals(List.of(), violations);
    } finally {
      trials.shutdownNow();
      racers.shutdownNow();
    }
    long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - began);
    System.out.printf(
        "%d revocation trials in %d s: %d checks sent after the commit (all refused), %d authorized before%n",
        REVOCATION_TRIALS, seconds, checksAfterRevoke.get(), authorizedBeforeRevoke.get());
    assertTrue(checksAfterRevoke.get() > 0, "some checks must have started after a revocation");
  }
}
