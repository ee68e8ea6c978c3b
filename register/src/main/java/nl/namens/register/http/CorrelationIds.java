package nl.namens.register.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The correlation id of a request: the broker sends one ({@value #HEADER}) on every call, so its lines
 * about a call and the register's lines about the same request can be found together. Held in the MDC
 * under {@value #MDC_KEY} while the request runs (JSON logs print the MDC; the plain format has {@code
 * %X{correlation_id}}) and echoed in the answer.
 *
 * <p>The header is the caller's text and ends up in every log line of the request, so only a plain token is
 * taken over ({@link #SAFE}); anything else, or no header, gets a fresh random id. A hostile value is never
 * logged, not even as the reason it was replaced.
 */
public final class CorrelationIds {

  public static final String HEADER = "X-Correlation-ID";

  /** The MDC key, the same in the broker. */
  public static final String MDC_KEY = "correlation_id";

  /** Letters, digits, {@code . _ -}, at most 64: a UUID, or any id a log search can take as it is. */
  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  /** Before matching, so a 404 or a refusal of the request still carries the id. */
  @ServerRequestFilter(preMatching = true)
  void begin(ContainerRequestContext request) {
    String id = accepted(request.getHeaderString(HEADER));
    request.setProperty(MDC_KEY, id);
    MDC.put(MDC_KEY, id);
  }

  @ServerResponseFilter
  void end(ContainerRequestContext request, ContainerResponseContext response) {
    Object id = request.getProperty(MDC_KEY);
    if (id != null) {
      response.getHeaders().putSingle(HEADER, id);
    }
    MDC.remove(MDC_KEY);
  }

  /**
   * The id of the request this thread serves (for the register's own calls, e.g. telling the broker of a
   * revocation), or a fresh one where none runs (a scheduled job).
   */
  public static String current() {
    Object id = MDC.get(MDC_KEY);
    return id instanceof String s && SAFE.matcher(s).matches() ? s : UUID.randomUUID().toString();
  }

  /** The caller's id when it is a plain token, else a fresh one. */
  static String accepted(String header) {
    return header != null && SAFE.matcher(header).matches() ? header : UUID.randomUUID().toString();
  }
}
