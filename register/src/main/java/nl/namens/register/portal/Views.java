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
import java.net.URI;
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

  /** Where quarkus-rest-csrf keeps the request's token (read by {@code inject:csrf.token}). */
  private static final String CSRF_TOKEN_ATTRIBUTE = "csrf_token";

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
    return error(headers, status, new FieldError(null, message), loggedIn);
  }

  /** The error page with one error (status 4xx), and its way up to a higher level if it has one. */
  Response error(HttpHeaders headers, int status, FieldError error, boolean loggedIn) {
    Locale locale = Locales.of(headers);
    Me me =
        loggedIn
            ? new Me(user.displayName(), user.isHelpdesk(), user.isCompany(), locale.getLanguage(), other(locale), "", returnPath())
            : new Me(null, false, false, locale.getLanguage(), other(locale), "", "/portal");
    return render(locale, status, "error", me, Map.of("errors", List.of(error)));
  }

  private Response render(Locale locale, int status, String template, Me me, Map<String, Object> data) {
    TemplateInstance page = engine.getTemplate("portal/" + template).instance();
    page.setLocale(locale);
    page.data("me", me);
    data.forEach(page::data);
    page.data("errors", data.get("errors") instanceof List<?> errors ? withReturn(errors) : List.of());
    page.data("csrfReady", csrfReady());
    return Response.status(status)
        .type(HTML)
        .header("Content-Language", locale.getLanguage())
        .header("Cache-Control", "no-store")
        .entity(page.render())
        .build();
  }

  /**
   * Whether this request has a CSRF token for forms: not when a page family refused before its resource
   * method was chosen (the CSRF filter runs only then); the step-up is a link to its own page there.
   */
  private boolean csrfReady() {
    RoutingContext current = request.getCurrent();
    return current != null && current.get(CSRF_TOKEN_ATTRIBUTE) != null;
  }

  /** The errors, each way up returning to the page the user came from. */
  private List<?> withReturn(List<?> errors) {
    return errors.stream()
        .map(
            e ->
                e instanceof FieldError f && f.stepUp() != null && f.stepUp().returnPath() == null
                    ? new FieldError(f.field(), f.message(), f.stepUp().returningTo(pageBefore()))
                    : e)
        .toList();
  }

  /**
   * The page to come back to after a step-up: this page if it was a GET, else the portal page the form was on
   * (the {@code Referer}'s path, if inside the portal), else the overview.
   */
  private String pageBefore() {
    RoutingContext current = request.getCurrent();
    if (current == null) {
      return "/portal";
    }
    if (current.request().method() == HttpMethod.GET) {
      return current.normalizedPath();
    }
    String referer = current.request().getHeader("Referer");
    try {
      return referer == null ? "/portal" : StepUp.insidePortal(URI.create(referer).getRawPath());
    } catch (IllegalArgumentException e) {
      return "/portal";
    }
  }

  private static String other(Locale locale) {
    return Locales.ENGLISH.getLanguage().equals(locale.getLanguage()) ? "nl" : "en";
  }
}
