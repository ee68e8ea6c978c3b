package nl.namens.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time (user + system, from {@code /proc/<pid>/stat}) used by a process and its descendants: the register's
 * JVM, and the PostgreSQL server with its backends. Divided by the requests of a scenario it gives CPU
 * milliseconds per request, a figure that other load on the machine disturbs far less than latency and
 * throughput do. Assumes the usual 100 clock ticks per second.
 */
final class CpuProbe {

  private static final double MS_PER_TICK = 10.0;

  private final long registerPid;
  private final long postgresPid;

  CpuProbe(long registerPid, long postgresPid) {
    this.registerPid = registerPid;
    this.postgresPid = postgresPid;
  }

  /** CPU milliseconds used so far: {register, postgres}. */
  double[] snapshot() {
    return new double[] {treeTicks(registerPid) * MS_PER_TICK, treeTicks(postgresPid) * MS_PER_TICK};
  }

  /** The PostgreSQL server listening on {@code port} (its postmaster, daemonised by pg_ctl). */
  static long postgresPid(int port) {
    return ProcessHandle.allProcesses()
        .filter(p -> {
          String line = p.info().commandLine().orElse("");
          return line.contains("bin/postgres") && line.contains(" -p " + port);
        })
        .mapToLong(ProcessHandle::pid)
        .findFirst()
        .orElse(-1);
  }

  /** CPU milliseconds of process {@code pid} and its descendants (0 if it is gone). */
  static double treeMs(long pid) {
    return treeTicks(pid) * MS_PER_TICK;
  }

  /** CPU milliseconds of process {@code pid} alone, all its threads. */
  static double ownMs(long pid) {
    return ticks(pid) * MS_PER_TICK;
  }

  private static long treeTicks(long pid) {
    if (pid < 0) {
      return 0;
    }
    return ProcessHandle.of(pid)
        .map(root -> Stream.concat(Stream.of(root), root.descendants()).mapToLong(p -> ticks(p.pid())).sum())
        .orElse(0L);
  }

  private static long ticks(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }
}
