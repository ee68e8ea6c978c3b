package nl.namens.demosp;

import static nl.namens.demosp.Html.escape;

/** The pages of the demo service provider, as HTML strings (every dynamic value escaped). */
final class Pages {
  private Pages() {}

  static String home(Messages m, Session session, String switchHref) {
    StringBuilder body = new StringBuilder();
    body.append("<h1>").append(escape(m.get("home.title"))).append("</h1>\n");
    body.append("<p class=\"intro\">").append(escape(m.get("home.intro"))).append("</p>\n");
    body.append("<ul class=\"services\">\n");
    for (DemoService service : DemoService.ALL) {
      String name = m.get(service.nameKey());
      boolean loggedIn = session != null && session.login(service.clientId()) != null;
      String titleId = service.clientId() + "-title";
      body.append("<li><article aria-labelledby=\"").append(escape(titleId)).append("\">\n");
      body.append("<h2 id=\"")
          .append(escape(titleId))
          .append("\">")
          .append(escape(name))
          .append("</h2>\n");
      body.append("<p>")
          .append(escape(m.get("category.label")))
          .append(": ")
          .append(escape(m.get("category." + service.category())))
          .append("</p>\n");
      body.append("<p class=\"status\">")
          .append(escape(m.get(loggedIn ? "home.status.in" : "home.status.out")))
          .append("</p>\n");
      body.append(loginForm(m, service));
      if (loggedIn) {
        body.append("<p><a href=\"/")
            .append(escape(service.clientId()))
            .append("/\">")
            .append(escape(m.get("home.open")))
            .append("<span class=\"visually-hidden\">: ")
            .append(escape(name))
            .append("</span></a></p>\n");
      }
      body.append("</article></li>\n");
    }
    body.append("</ul>\n");
    return Html.page(m, m.get("home.title"), switchHref, body.toString());
  }

  private static String loginForm(Messages m, DemoService service) {
    return "<form method=\"get\" action=\"/"
        + escape(service.clientId())
        + "/login\">"
        + "<button type=\"submit\">"
        + escape(m.get("button.login"))
        + "<span class=\"visually-hidden\">: "
        + escape(m.get(service.nameKey()))
        + "</span></button></form>\n";
  }

  static String service(
      Messages m, DemoService service, Session.Login login, String csrf, String switchHref) {
    String name = m.get(service.nameKey());
    StringBuilder body = new StringBuilder();
    body.append("<h1>").append(escape(name)).append("</h1>\n");
    if (login == null) {
      body.append("<p>").append(escape(m.get("service.notloggedin"))).append("</p>\n");
      body.append(loginForm(m, service));
    } else {
      if (login.flash != null) {
        body.append("<div role=\"status\" class=\"notice ")
            .append(login.flashIsError ? "error" : "ok")
            .append("\"><p>")
            .append(escape(login.flash))
            .append("</p></div>\n");
      }
      if (login.ended) {
        body.append(loginForm(m, service));
      } else {
        body.append(ClaimsView.render(login.idTokenClaims, m));
      }
      body.append("<section aria-labelledby=\"actions-title\">\n<h2 id=\"actions-title\">")
          .append(escape(m.get("actions.title")))
          .append("</h2>\n<div class=\"actions\">\n");
      if (!login.ended) {
        body.append(postForm(service, "refresh", csrf, m.get("button.refresh"), ""));
      }
      body.append(postForm(service, "logout", csrf, m.get("button.logout"), "secondary"));
      body.append("</div>\n</section>\n");
    }
    body.append("<p><a href=\"/\">").append(escape(m.get("back.home"))).append("</a></p>\n");
    return Html.page(m, name, switchHref, body.toString());
  }

  private static String postForm(
      DemoService service, String action, String csrf, String label, String cssClass) {
    return "<form method=\"post\" action=\"/"
        + escape(service.clientId())
        + "/"
        + escape(action)
        + "\">"
        + "<input type=\"hidden\" name=\"csrf\" value=\""
        + escape(csrf)
        + "\">"
        + "<button type=\"submit\""
        + (cssClass.isEmpty() ? "" : " class=\"" + escape(cssClass) + "\"")
        + ">"
        + escape(label)
        + "</button></form>\n";
  }

  static String error(Messages m, String messageKey, String detail, String switchHref) {
    StringBuilder body = new StringBuilder();
    body.append("<h1>").append(escape(m.get("error.title"))).append("</h1>\n");
    body.append("<div role=\"alert\" class=\"notice error\"><p>")
        .append(escape(m.get(messageKey)))
        .append("</p></div>\n");
    if (detail != null && !detail.isBlank()) {
      body.append("<h2>").append(escape(m.get("error.details"))).append("</h2>\n");
      body.append("<p><code>").append(escape(detail)).append("</code></p>\n");
    }
    body.append("<p><a href=\"/\">").append(escape(m.get("back.home"))).append("</a></p>\n");
    return Html.page(m, m.get("error.title"), switchHref, body.toString());
  }

  static String loggedOut(Messages m, DemoService service, String switchHref) {
    String body =
        "<h1>"
            + escape(m.get("loggedout.title"))
            + "</h1>\n"
            + "<p>"
            + escape(m.get("loggedout.text", m.get(service.nameKey())))
            + "</p>\n"
            + "<p><a href=\"/\">"
            + escape(m.get("back.home"))
            + "</a></p>\n";
    return Html.page(m, m.get("loggedout.title"), switchHref, body);
  }
}
