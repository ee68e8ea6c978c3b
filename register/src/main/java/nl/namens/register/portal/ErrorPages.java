package nl.namens.register.portal;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import nl.namens.register.problem.ProblemException;

/** Failures of portal pages as readable pages in the user's language (never JSON). */
final class ErrorPages {

  private ErrorPages() {}

  static Response of(Views views, HttpHeaders headers, PortalError e) {
    Texts texts = views.texts(headers);
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

  static Response of(Views views, HttpHeaders headers, ProblemException e) {
    String message = RefusalMessages.message(e.code(), e.parameters(), views.texts(headers));
    return views.error(headers, RefusalMessages.status(e), message, true);
  }
}
