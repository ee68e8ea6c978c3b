package nl.namens.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class DemoMailTest {

  @Test
  void inboxShowsEachMailPerRecipientEscaped() throws Exception {
    try (DemoMail mail = DemoMail.start(0)) {
      ServerSetup smtp = new ServerSetup(mail.smtpPort(), "127.0.0.1", "smtp");
      GreenMailUtil.sendTextEmail(
          "jan@example.nl", "noreply@namens.example", "Er is een machtiging voor u geregistreerd — Namens",
          "Beste Jan,\n<script>alert(1)</script> & meer", smtp);

      assertEquals(1, mail.messagesTo("jan@example.nl").size());
      HttpResponse<String> page =
          HttpClient.newHttpClient()
              .send(HttpRequest.newBuilder(URI.create(mail.inboxUrl())).build(), HttpResponse.BodyHandlers.ofString());

      assertEquals(200, page.statusCode());
      assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
      String html = page.body();
      assertTrue(html.contains("<html lang=\"nl\">"), html);
      assertTrue(html.contains("<title>Demo-inbox — Namens (demo)</title>"), html);
      assertTrue(html.contains("jan@example.nl"), html);
      assertTrue(html.contains("Er is een machtiging voor u geregistreerd — Namens"), html);
      assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; meer"), html);
      assertFalse(html.contains("<script>"), html);
    }
  }

  @Test
  void emptyInboxSaysSo() throws Exception {
    try (DemoMail mail = DemoMail.start(0)) {
      String html =
          HttpClient.newHttpClient()
              .send(HttpRequest.newBuilder(URI.create(mail.inboxUrl())).build(), HttpResponse.BodyHandlers.ofString())
              .body();
      assertTrue(html.contains("Er zijn nog geen e-mails"), html);
    }
  }

  @Test
  void inboxSpeaksEnglishWhenAskedAndOffersTheOtherLanguage() throws Exception {
    try (DemoMail mail = DemoMail.start(0)) {
      HttpResponse<String> english =
          HttpClient.newHttpClient()
              .send(HttpRequest.newBuilder(URI.create(mail.inboxUrl() + "?lang=en")).build(),
                  HttpResponse.BodyHandlers.ofString());
      assertEquals("en", english.headers().firstValue("Content-Language").orElse(""));
      assertTrue(english.body().contains("<html lang=\"en\">"), english.body());
      assertTrue(english.body().contains("<title>Demo inbox — Namens (demo)</title>"), english.body());
      assertTrue(english.body().contains("No e-mails yet"), english.body());
      assertTrue(english.body().contains("lang=\"nl\" href=\"/\">In het Nederlands</a>"), english.body());

      String dutch =
          HttpClient.newHttpClient()
              .send(HttpRequest.newBuilder(URI.create(mail.inboxUrl() + "?lang=xx")).build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      assertTrue(dutch.contains("<html lang=\"nl\">"), dutch);
      assertTrue(dutch.contains("href=\"/?lang=en\">In English</a>"), dutch);
    }
  }
}
