package nl.namens.bench;

/**
 * What one scenario measured at one size. Latencies in milliseconds; {@code rssMaxMb} the register's largest
 * VmRSS seen while the scenario ran; {@code listSize} the {@code total} of the first answer (representations)
 * or -1;
 * {@code loadAverage} the machine's 1-minute load average when the scenario ended (other processes count).
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
    double loadAverage) {

  static final String CSV_HEADER =
      "size,mandates,scenario,callers,requests,errors,seconds,p50_ms,p90_ms,p99_ms,max_ms,requests_per_s,rss_max_mb,list_size,load_avg";

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
        String.format(java.util.Locale.ROOT, "%.2f", loadAverage));
  }

  private static String ms(double value) {
    return String.format(java.util.Locale.ROOT, "%.3f", value);
  }
}
