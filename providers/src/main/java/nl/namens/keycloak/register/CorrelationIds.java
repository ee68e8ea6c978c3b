package nl.namens.keycloak.register;

import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * The id that ties the broker's log lines about a call to the register to the register's own lines
 * about the same request: sent as {@value #HEADER} on every call and held in the JBoss Logging MDC
 * under {@value #MDC_KEY} while the call and its logging run, so JSON logs (which print the MDC)
 * and a format with {@code %X{correlation_id}} show it on both sides.
 *
 * <p>An id already in the MDC (an outer {@link #open()}, or whoever handles the request) is reused,
 * so the token call, a retry after 401 and the lines about the outcome share one id.
 */
public final class CorrelationIds {

  /** The request header; the register echoes it in its answer. */
  public static final String HEADER = "X-Correlation-ID";

  /** The MDC key, the same in the broker and the register. */
  public static final String MDC_KEY = "correlation_id";

  /**
   * What the register accepts as an id (it replaces anything else by a fresh one). A value in the
   * MDC that is not like this is not ours to send: it is replaced for the call, never put in a
   * header.
   */
  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  private CorrelationIds() {}

  /**
   * The current thread's id, or a fresh random one put into the MDC until the scope is closed.
   * Close it in the same thread (try-with-resources).
   */
  public static Scope open() {
    Object current = MDC.get(MDC_KEY);
    if (current instanceof String id && SAFE.matcher(id).matches()) {
      return new Scope(id, null, false);
    }
    String fresh = UUID.randomUUID().toString();
    MDC.put(MDC_KEY, fresh);
    return new Scope(fresh, current, true);
  }

  /**
   * The id a caller sent ({@value #HEADER} of a request the broker serves, e.g. the register telling it of a
   * revocation) when it is a plain token, put into the MDC until the scope is closed; otherwise as {@link #open()}.
   * A hostile value is never put in the MDC, so never logged.
   */
  public static Scope adopt(String header) {
    if (header != null && SAFE.matcher(header).matches()) {
      Object previous = MDC.get(MDC_KEY);
      MDC.put(MDC_KEY, header);
      return new Scope(header, previous, true);
    }
    return open();
  }

  /** An id in the MDC; {@link #close()} puts back what was there before. */
  public static final class Scope implements AutoCloseable {

    private final String id;
    private final Object previous;
    private final boolean owned;

    private Scope(String id, Object previous, boolean owned) {
      this.id = id;
      this.previous = previous;
      this.owned = owned;
    }

    public String id() {
      return id;
    }

    @Override
    public void close() {
      if (!owned) {
        return;
      }
      if (previous == null) {
        MDC.remove(MDC_KEY);
      } else {
        MDC.put(MDC_KEY, previous);
      }
    }
  }
}
