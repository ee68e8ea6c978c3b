package nl.namens.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.Histogram;

/**
 * N concurrent callers (platform threads, each waiting for its answer before the next request: a closed loop,
 * as the broker's login threads are) over one JDK {@link HttpClient} speaking HTTP/1.1 with keep-alive. A
 * scenario runs a warm-up, then a fixed number of requests (or until its time cap, whichever comes first);
 * each latency, from send to the whole body read, goes into an HdrHistogram in microseconds.
 */
final class LoadGenerator {

  private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final String baseUrl;
  private final String token;
  private final int callers;

  LoadGenerator(String baseUrl, String token, int callers) {
    this.baseUrl = baseUrl;
    this.token = token;
    this.callers = callers;
  }

  /** Measured figures of one phase. */
  record Phase(Histogram histogram, long requests, long errors, double seconds) {}

  /**
   * One request, checked: the answer must be 200 (and for an authorization, {@code "authorized":true}: the
   * samples are relations in force, so the bench measures the path that finds one). Returns the answer's {@code total} (representations) or -1.
   */
  long probe(Scenario scenario) {
    try {
      HttpResponse<String> answer = http.send(request(scenario, scenario.bodies().get(0)), HttpResponse.BodyHandlers.ofString());
      if (answer.statusCode() != 200) {
        throw new IllegalStateException(
            scenario.name() + ": the register answered " + answer.statusCode() + ": " + answer.body());
      }
      if (scenario.path().endsWith("/authorizations") && !answer.body().contains("\"authorized\":true")) {
        throw new IllegalStateException(
            scenario.name() + ": a sampled relation in force was not authorized: " + answer.body());
      }
      Matcher total = TOTAL.matcher(answer.body());
      return total.find() ? Long.parseLong(total.group(1)) : -1;
    } catch (IOException e) {
      throw new IllegalStateException(scenario.name() + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  Phase run(Scenario scenario, long requests, Duration cap) {
    AtomicLong next = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    long deadline = System.nanoTime() + cap.toNanos();
    List<Histogram> histograms = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < callers; c++) {
      Histogram histogram = new Histogram(60_000_000L, 3);
      histograms.add(histogram);
      Thread caller =
          new Thread(
              () -> call(scenario, requests, deadline, next, errors, histogram),
              "caller-" + scenario.name() + "-" + c);
      threads.add(caller);
    }
    long start = System.nanoTime();
    threads.forEach(Thread::start);
    for (Thread thread : threads) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    Histogram all = new Histogram(60_000_000L, 3);
    histograms.forEach(all::add);
    return new Phase(all, all.getTotalCount(), errors.get(), seconds);
  }

  private void call(
      Scenario scenario, long requests, long deadline, AtomicLong next, AtomicLong errors, Histogram histogram) {
    List<String> bodies = scenario.bodies();
    while (System.nanoTime() < deadline) {
      long i = next.getAndIncrement();
      if (i >= requests) {
        return;
      }
      HttpRequest request = request(scenario, bodies.get((int) (i % bodies.size())));
      long sent = System.nanoTime();
      try {
        HttpResponse<byte[]> answer = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        long micros = (System.nanoTime() - sent) / 1_000;
        histogram.recordValue(Math.min(micros, histogram.getHighestTrackableValue()));
        if (answer.statusCode() != 200) {
          errors.incrementAndGet();
        }
      } catch (IOException e) {
        errors.incrementAndGet();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private HttpRequest request(Scenario scenario, String body) {
    return HttpRequest.newBuilder(URI.create(baseUrl + scenario.path()))
        .timeout(Duration.ofSeconds(60))
        .header("Authorization", "Bearer " + token)
        .header("Content-Type", "application/json")
        .header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }
}
