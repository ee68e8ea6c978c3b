package nl.namens.register.portal;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Failures of portal pages as readable pages in the user's language (never JSON). {@link PortalError} is
 * thrown by the portal only, so this mapper, global as every {@code @ServerExceptionMapper} outside a resource
 * class, never touches the JSON APIs; the pages turn the register's refusals into it ({@link
 * PortalError#refused}).
 */
final class ErrorPages {

  private final Views views;

  ErrorPages(Views views) {
    this.views = views;
  }

  @ServerExceptionMapper
  Response portalError(PortalError e, HttpHeaders headers) {
    Texts texts = views.texts(headers);
    if (e.refusal() != null) {
      String message =
          RefusalMessages.message(e.refusal().code(), e.refusal().parameters(), texts);
      return views.error(
          headers, e.status(), new FieldError(null, message, RefusalMessages.stepUp(e.refusal(), texts)), true);
    }
    String message =
        switch (e.messageKey()) {
          case "error_no_identity" -> texts.msg().error_no_identity();
          case "error_helpdesk_only" -> texts.msg().error_helpdesk_only();
          case "error_not_found" -> texts.msg().error_not_found();
          case "error_forbidden" -> texts.msg().error_forbidden();
          default -> texts.msg().error_generic();
        };
    return views.error(headers, e.status(), message, !"error_no_identity".equals(e.messageKey()));
  }
}
