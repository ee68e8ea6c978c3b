package nl.namens.bench;

/**
 * What one scenario measured at one size. Latencies in milliseconds; {@code rssMaxMb} the register's largest
 * VmRSS seen while the scenario ran; {@code listSize} the {@code total} of the first answer (representations)
 * or -1;
 * {@code loadAverage} the machine's 1-minute load average when the scenario ended (other processes count);
 * {@code registerCpuMs} and {@code postgresCpuMs} CPU milliseconds per request of the register's JVM and of
 * PostgreSQL (server and backends).
 */
record ScenarioResult(
    String size,
    long mandates,
    String scenario,
    String title,
    int callers,
    long requests,
    long errors,
    double seconds,
    double p50,
    double p90,
    double p99,
    double max,
    double requestsPerSecond,
    long rssMaxMb,
    long listSize,
    double loadAverage,
    double registerCpuMs,
    double postgresCpuMs) {

  static final String CSV_HEADER =
      "size,mandates,scenario,callers,requests,errors,seconds,p50_ms,p90_ms,p99_ms,max_ms,requests_per_s,rss_max_mb,list_size,load_avg,register_cpu_ms_per_req,postgres_cpu_ms_per_req";

  /** A line of {@code results.csv} read back (for {@code ./namens bench chart}). */
  static ScenarioResult parse(String line, java.util.Map<String, String> titles) {
    String[] f = line.split(",");
    double loadAverage = f.length > 14 ? Double.parseDouble(f[14]) : -1;
    double registerCpu = f.length > 15 ? Double.parseDouble(f[15]) : 0;
    double postgresCpu = f.length > 16 ? Double.parseDouble(f[16]) : 0;
    return new ScenarioResult(
        Size.label(Long.parseLong(f[1])), Long.parseLong(f[1]), f[2], titles.getOrDefault(f[2], f[2]),
        Integer.parseInt(f[3]), Long.parseLong(f[4]), Long.parseLong(f[5]), Double.parseDouble(f[6]),
        Double.parseDouble(f[7]), Double.parseDouble(f[8]), Double.parseDouble(f[9]), Double.parseDouble(f[10]),
        Double.parseDouble(f[11]), Long.parseLong(f[12]), Long.parseLong(f[13]), loadAverage, registerCpu,
        postgresCpu);
  }

  String csv() {
    return String.join(
        ",",
        size.replace(" ", ""),
        Long.toString(mandates),
        scenario,
        Integer.toString(callers),
        Long.toString(requests),
        Long.toString(errors),
        String.format(java.util.Locale.ROOT, "%.2f", seconds),
        ms(p50),
        ms(p90),
        ms(p99),
        ms(max),
        String.format(java.util.Locale.ROOT, "%.1f", requestsPerSecond),
        Long.toString(rssMaxMb),
        Long.toString(listSize),
        String.format(java.util.Locale.ROOT, "%.2f", loadAverage),
        String.format(java.util.Locale.ROOT, "%.3f", registerCpuMs),
        String.format(java.util.Locale.ROOT, "%.3f", postgresCpuMs));
  }

  /** This result as the baseline register's: its scenario name prefixed, its title marked. */
  ScenarioResult asBaseline(String prefix) {
    return new ScenarioResult(size, mandates, prefix + scenario, "(baseline) " + title, callers, requests,
        errors, seconds, p50, p90, p99, max, requestsPerSecond, rssMaxMb, listSize, loadAverage,
        registerCpuMs, postgresCpuMs);
  }

  /** Requests per second two dedicated cores could serve at this CPU cost (register + PostgreSQL only). */
  double capacityOnTwoCores() {
    double cpu = registerCpuMs + postgresCpuMs;
    return cpu <= 0 ? 0 : 2_000 / cpu;
  }

  private static String ms(double value) {
    return String.format(java.util.Locale.ROOT, "%.3f", value);
  }
}
