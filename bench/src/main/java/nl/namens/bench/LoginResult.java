package nl.namens.bench;

import java.util.Locale;

/**
 * One variant of one login scenario, summed over its rounds: how many operations (logins, refreshes, pages),
 * errors, wall time, their rate, latency percentiles and the CPU milliseconds per operation of the broker node(s),
 * the register and PostgreSQL.
 */
record LoginResult(
    String scenario,
    String variant,
    String title,
    int users,
    long operations,
    long errors,
    double seconds,
    double p50,
    double p90,
    double max,
    double brokerCpuMs,
    double registerCpuMs,
    double postgresCpuMs,
    long pageTotal) {

  static final String CSV_HEADER =
      "scenario,variant,title,users,operations,errors,seconds,per_second,p50_ms,p90_ms,max_ms,"
          + "broker_cpu_ms,register_cpu_ms,postgres_cpu_ms,page_total";

  double perSecond() {
    return seconds <= 0 ? 0 : operations / seconds;
  }

  double totalCpuMs() {
    return brokerCpuMs + registerCpuMs + postgresCpuMs;
  }

  String csv() {
    return String.format(Locale.ROOT, "%s,%s,\"%s\",%d,%d,%d,%.3f,%.3f,%.2f,%.2f,%.2f,%.2f,%.2f,%.2f,%d",
        scenario, variant, title.replace("\"", "'"), users, operations, errors, seconds, perSecond(), p50, p90, max,
        brokerCpuMs, registerCpuMs, postgresCpuMs, pageTotal);
  }
}
