package nl.namens.register.portal;

import io.quarkus.qute.Engine;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders the portal's Qute templates ({@code templates/portal/*.html}) in the user's language, with what
 * every page shows: who is logged in, the helpdesk link, the language switch. Qute escapes every value.
 */
@ApplicationScoped
class Views {

  static final String HTML = MediaType.TEXT_HTML + ";charset=UTF-8";

  /** The layout's facts about the logged-in user; {@code null} name when nobody is logged in. */
  public record Me(
      String name, boolean helpdesk, boolean company, String lang, String otherLang, String nav, String path) {}

  private final Engine engine;
  private final PortalUser user;
  private final CurrentVertxRequest request;

  Views(Engine engine, PortalUser user, CurrentVertxRequest request) {
    this.engine = engine;
    this.user = user;
    this.request = request;
  }

  /** Where the language switch returns to: this page if it was a GET, else the overview. */
  private String returnPath() {
    RoutingContext current = request.getCurrent();
    if (current == null || current.request().method() != HttpMethod.GET) {
      return "/portal";
    }
    String path = current.normalizedPath();
    return path.startsWith("/portal/public") ? "/portal" : path;
  }

  Texts texts(HttpHeaders headers) {
    return Texts.of(Locales.of(headers), engine);
  }

  /** A page for the logged-in user. */
  Response page(HttpHeaders headers, int status, String template, String nav, Map<String, Object> data) {
    Locale locale = Locales.of(headers);
    Me me =
        new Me(
            user.displayName(),
            user.isHelpdesk(),
            user.isCompany(),
            locale.getLanguage(),
            other(locale),
            nav,
            returnPath());
    return render(locale, status, template, me, data);
  }

  /** A page for anyone (logged out). */
  Response publicPage(HttpHeaders headers, String template) {
    Locale locale = Locales.of(headers);
    return render(locale, 200, template, new Me(null, false, false, locale.getLanguage(), other(locale), "", "/portal"), Map.of());
  }

  /** The error page with one message (status 4xx). */
  Response error(HttpHeaders headers, int status, String message, boolean loggedIn) {
    Locale locale = Locales.of(headers);
    Me me =
        loggedIn
            ? new Me(user.displayName(), user.isHelpdesk(), user.isCompany(), locale.getLanguage(), other(locale), "", returnPath())
            : new Me(null, false, false, locale.getLanguage(), other(locale), "", "/portal");
    return render(locale, status, "error", me, Map.of("errors", List.of(new FieldError(null, message))));
  }

  private Response render(Locale locale, int status, String template, Me me, Map<String, Object> data) {
    TemplateInstance page = engine.getTemplate("portal/" + template).instance();
    page.setLocale(locale);
    page.data("me", me);
    data.forEach(page::data);
    if (!data.containsKey("errors")) {
      page.data("errors", List.of());
    }
    return Response.status(status)
        .type(HTML)
        .header("Content-Language", locale.getLanguage())
        .header("Cache-Control", "no-store")
        .entity(page.render())
        .build();
  }

  private static String other(Locale locale) {
    return Locales.ENGLISH.getLanguage().equals(locale.getLanguage()) ? "nl" : "en";
  }
}
