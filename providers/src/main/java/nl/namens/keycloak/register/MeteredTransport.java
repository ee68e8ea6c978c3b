package nl.namens.keycloak.register;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import nl.namens.keycloak.metrics.NamensMetrics;

/** Times every call to the register ({@link NamensMetrics#bvdCall}): the BVD API and its token endpoint. */
final class MeteredTransport implements BvdTransport {

  private final BvdTransport delegate;

  MeteredTransport(BvdTransport delegate) {
    this.delegate = delegate;
  }

  @Override
  public HttpReply postJson(String url, String bearerToken, String json) throws IOException {
    return timed("bvd", () -> delegate.postJson(url, bearerToken, json));
  }

  @Override
  public HttpReply postForm(String url, Map<String, String> form) throws IOException {
    return timed("token", () -> delegate.postForm(url, form));
  }

  private interface Call {
    HttpReply send() throws IOException;
  }

  private static HttpReply timed(String call, Call send) throws IOException {
    long start = System.nanoTime();
    int status = 0;
    try {
      HttpReply reply = send.send();
      status = reply.status();
      return reply;
    } finally {
      NamensMetrics.bvdCall(call, status, Duration.ofNanos(System.nanoTime() - start));
    }
  }
}
