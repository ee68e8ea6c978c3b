package nl.namens.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reads the register process's resident set from {@code /proc/<pid>/status} (Linux): {@code VmRSS} sampled
 * every 100 ms, the largest in the current window kept, and {@code VmHWM} (the peak since start) on demand.
 */
final class RssProbe implements AutoCloseable {

  private final long pid;
  private final AtomicLong windowMaxKb = new AtomicLong();
  private final Thread sampler;
  private volatile boolean running = true;

  RssProbe(long pid) {
    this.pid = pid;
    this.sampler = new Thread(this::sample, "rss-probe");
    sampler.setDaemon(true);
    sampler.start();
  }

  /** The register's JVM: the descendant of this process that runs {@code quarkus-run.jar}. */
  static long registerPid() {
    return ProcessHandle.current()
        .descendants()
        .filter(p -> p.info().commandLine().orElse("").contains("quarkus-run.jar"))
        .mapToLong(ProcessHandle::pid)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("the register's process was not found"));
  }

  private void sample() {
    while (running) {
      long rss = read("VmRSS:");
      windowMaxKb.accumulateAndGet(rss, Math::max);
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /** Starts a new window: the maximum is reset to the current VmRSS. */
  void newWindow() {
    windowMaxKb.set(read("VmRSS:"));
  }

  long windowMaxMb() {
    return Math.max(windowMaxKb.get(), read("VmRSS:")) / 1024;
  }

  long rssMb() {
    return read("VmRSS:") / 1024;
  }

  /** Peak resident set since the register started (VmHWM). */
  long hwmMb() {
    return read("VmHWM:") / 1024;
  }

  private long read(String field) {
    try {
      List<String> lines = Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"));
      for (String line : lines) {
        if (line.startsWith(field)) {
          return Long.parseLong(line.substring(field.length()).replace("kB", "").strip());
        }
      }
      return 0;
    } catch (IOException | NumberFormatException e) {
      return 0;
    }
  }

  @Override
  public void close() {
    running = false;
    sampler.interrupt();
  }
}
