package nl.namens.register.mandate;

import static nl.namens.register.PortalApi.history;
import static nl.namens.register.PortalApi.outbox;
import static nl.namens.register.PortalApi.registered;
import static nl.namens.register.RegisterApi.person;
import static nl.namens.register.RegisterApi.service;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.namens.register.EmbeddedPostgresResource;
import nl.namens.register.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two register replicas (docker/kubernetes: two instances on one database) both run the lifecycle jobs. The lapse job
 * locks each mandate and checks it again, so running it twice at once lapses each mandate once: one history entry,
 * one letter to each party, never two. Here the two replicas are two threads released together.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class TwoReplicasTest {

  @Inject Lapsing lapsing;

  @AfterEach
  void resetClock() {
    TestClock.reset();
  }

  @Test
  void twoReplicasLapsingAtOnceLapseEachMandateOnce() throws Exception {
    String service = service("Belastingaangifte");
    List<Map<String, Object>> representatives = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    Map<String, Object> principal = person();
    for (int i = 0; i < 8; i++) {
      Map<String, Object> representative = person();
      representatives.add(representative);
      ids.add(registered(principal, representative, service)[0]);
    }
    TestClock.advance(Period.ofDays(31));

    CyclicBarrier together = new CyclicBarrier(2);
    ExecutorService replicas = Executors.newFixedThreadPool(2);
    try {
      List<Future<Integer>> runs = new ArrayList<>();
      for (int r = 0; r < 2; r++) {
        runs.add(
            replicas.submit(
                () -> {
                  together.await(30, TimeUnit.SECONDS);
                  return lapsing.lapseDue();
                }));
      }
      // both runs finish (other test classes' overdue mandates share this database: the totals are not ours)
      runs.get(0).get(60, TimeUnit.SECONDS);
      runs.get(1).get(60, TimeUnit.SECONDS);
    } finally {
      replicas.shutdownNow();
    }
    for (int i = 0; i < ids.size(); i++) {
      List<String> actions = history(principal, ids.get(i)).extract().jsonPath().getList("action");
      assertEquals(1, actions.stream().filter("lapse"::equals).count(), "one lapse in the history: " + actions);
      List<String> kinds = outbox(representatives.get(i)).extract().jsonPath().getList("kind");
      assertEquals(1, kinds.stream().filter("mandate-lapsed"::equals).count(), "one letter: " + kinds);
    }
  }
}
