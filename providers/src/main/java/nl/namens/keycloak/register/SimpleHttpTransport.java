package nl.namens.keycloak.register;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.entity.ContentType;
import org.apache.http.entity.StringEntity;
import org.keycloak.http.simple.SimpleHttp;
import org.keycloak.http.simple.SimpleHttpRequest;
import org.keycloak.http.simple.SimpleHttpResponse;

/**
 * {@link BvdTransport} on Keycloak's {@link SimpleHttp} (the server's shared HTTP client). The one
 * place where requests to the register are built, so the one place that sends {@link
 * CorrelationIds#HEADER}.
 */
final class SimpleHttpTransport implements BvdTransport {

  private final SimpleHttp http;

  SimpleHttpTransport(SimpleHttp http, Duration timeout) {
    int ms = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
    this.http =
        http.withRequestConfig(
            RequestConfig.custom()
                .setConnectTimeout(ms)
                .setSocketTimeout(ms)
                .setConnectionRequestTimeout(ms)
                .build());
  }

  @Override
  public HttpReply postJson(String url, String bearerToken, String json) throws IOException {
    SimpleHttpRequest request =
        http.doPost(url)
            .header("Accept", "application/json")
            .entity(new StringEntity(json, ContentType.APPLICATION_JSON));
    if (bearerToken != null) {
      request.auth(bearerToken);
    }
    return send(request);
  }

  @Override
  public HttpReply postForm(String url, Map<String, String> form) throws IOException {
    SimpleHttpRequest request = http.doPost(url).header("Accept", "application/json").params(form);
    return send(request);
  }

  /**
   * Sends with the thread's correlation id (or a fresh one, in the MDC for the call), so a line
   * about this call on either side can be found by the id.
   */
  private static HttpReply send(SimpleHttpRequest request) throws IOException {
    try (CorrelationIds.Scope correlation = CorrelationIds.open();
        SimpleHttpResponse response =
            request.header(CorrelationIds.HEADER, correlation.id()).asResponse()) {
      int status = response.getStatus();
      return new HttpReply(status, response.asString());
    }
  }
}
