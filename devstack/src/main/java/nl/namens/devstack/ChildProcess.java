package nl.namens.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One operating-system process of the stack: started with its output appended to a log file, ready
 * when an HTTP URL answers 200, stopped with SIGTERM (then SIGKILL) together with its descendants.
 * Can be started again after {@link #stop()}.
 */
final class ChildProcess {
  private static final Duration POLL_INTERVAL = Duration.ofMillis(300);
  private static final Duration STOP_GRACE = Duration.ofSeconds(30);
  private static final int LOG_TAIL_LINES = 25;

  private final String name;
  private final List<String> command;
  private final Map<String, String> environment;
  private final Path workingDirectory;
  private final Path logFile;
  private final URI readinessUri;
  private final Duration startTimeout;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private Process process;

  ChildProcess(
      String name,
      List<String> command,
      Map<String, String> environment,
      Path workingDirectory,
      Path logFile,
      URI readinessUri,
      Duration startTimeout) {
    this.name = name;
    this.command = List.copyOf(command);
    this.environment = Map.copyOf(environment);
    this.workingDirectory = workingDirectory;
    this.logFile = logFile;
    this.readinessUri = readinessUri;
    this.startTimeout = startTimeout;
  }

  /** Starts the process and waits until it is ready; on failure the process is stopped again. */
  synchronized void start() {
    if (isRunning()) {
      throw new IllegalStateException(name + " is already running");
    }
    try {
      Files.createDirectories(logFile.toAbsolutePath().getParent());
      Files.writeString(
          logFile,
          System.lineSeparator()
              + "=== namens devstack: starting "
              + name
              + " at "
              + LocalDateTime.now()
              + System.lineSeparator()
              + "=== "
              + String.join(" ", command)
              + System.lineSeparator(),
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .directory(workingDirectory.toFile())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
      builder.environment().putAll(environment);
      process = builder.start();
      process.getOutputStream().close();
    } catch (IOException e) {
      process = null;
      throw new StartFailedException("could not start " + name + ": " + e.getMessage(), e);
    }
    try {
      awaitReady();
    } catch (RuntimeException e) {
      stop();
      throw e;
    }
  }

  private void awaitReady() {
    Instant deadline = Instant.now().plus(startTimeout);
    HttpRequest request =
        HttpRequest.newBuilder(readinessUri).timeout(Duration.ofSeconds(5)).GET().build();
    while (true) {
      if (!process.isAlive()) {
        throw new StartFailedException(
            name
                + " exited with code "
                + process.exitValue()
                + " while starting; its log is "
                + logFile.toAbsolutePath()
                + logTail());
      }
      try {
        HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new StartFailedException("interrupted while waiting for " + name, e);
      }
      if (Instant.now().isAfter(deadline)) {
        throw new StartFailedException(
            name
                + " did not answer 200 on "
                + readinessUri
                + " within "
                + startTimeout.toSeconds()
                + " s; its log is "
                + logFile.toAbsolutePath()
                + logTail());
      }
      try {
        Thread.sleep(POLL_INTERVAL.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new StartFailedException("interrupted while waiting for " + name, e);
      }
    }
  }

  private String logTail() {
    try {
      List<String> lines = Files.readAllLines(logFile, StandardCharsets.UTF_8);
      List<String> tail = lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size());
      return System.lineSeparator()
          + "--- last lines of "
          + logFile.getFileName()
          + " ---"
          + System.lineSeparator()
          + String.join(System.lineSeparator(), tail);
    } catch (IOException | UncheckedIOException e) {
      return "";
    }
  }

  synchronized boolean isRunning() {
    return process != null && process.isAlive();
  }

  synchronized boolean hasEnded() {
    return process != null && !process.isAlive();
  }

  /** SIGTERM to the process and its descendants, wait, then SIGKILL what is left. Idempotent. */
  synchronized void stop() {
    if (process == null) {
      return;
    }
    List<ProcessHandle> all = new ArrayList<>();
    process.descendants().forEach(all::add);
    all.add(process.toHandle());
    all.forEach(ProcessHandle::destroy);
    long deadline = System.nanoTime() + STOP_GRACE.toNanos();
    for (ProcessHandle handle : all) {
      long remaining = Math.max(0, deadline - System.nanoTime());
      try {
        handle.onExit().get(remaining, TimeUnit.NANOSECONDS);
      } catch (TimeoutException | ExecutionException e) {
        // killed below
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    for (ProcessHandle handle : all) {
      if (handle.isAlive()) {
        handle.destroyForcibly();
      }
    }
    try {
      process.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    process = null;
  }

  /**
   * SIGKILL to the process and its descendants at once, as a crashed machine would end it: no
   * shutdown hook runs, nothing is flushed or handed over. Idempotent.
   */
  synchronized void kill() {
    if (process == null) {
      return;
    }
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    try {
      process.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    process = null;
  }

  static Path javaExecutable() {
    return Path.of(System.getProperty("java.home"), "bin", "java");
  }
}
