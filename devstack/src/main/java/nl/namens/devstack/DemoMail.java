package nl.namens.devstack;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;

/**
 * The demo's mail server: an embedded GreenMail SMTP server on a free loopback port (the register sends its
 * e-mail notifications there) and the demo inbox, a small page on {@code http://localhost:<inbox port>/} that lists
 * every mail received, per recipient: subject, to, date, text. Nothing leaves the machine.
 *
 * <pre>{@code
 * DemoMail mail = DemoMail.start(DemoMail.RUN_INBOX_PORT);
 * RegisterProcess.builder(jar).mail("127.0.0.1", mail.smtpPort())...
 * mail.messages(); // what arrived
 * }</pre>
 */
public final class DemoMail implements AutoCloseable {

  /** The demo inbox's port in {@code ./namens run}. */
  public static final int RUN_INBOX_PORT = 8480;

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss").withZone(ZoneId.of("Europe/Amsterdam"));

  /** One received mail. */
  public record ReceivedMail(String to, String subject, Date sent, String text, String jobId) {}

  private final GreenMail greenMail;
  private final HttpServer inbox;
  private final int smtpPort;

  private DemoMail(GreenMail greenMail, HttpServer inbox, int smtpPort) {
    this.greenMail = greenMail;
    this.inbox = inbox;
    this.smtpPort = smtpPort;
  }

  /**
   * Starts SMTP on a free loopback port and the inbox page on {@code inboxPort} (0: a free one; negative: no
   * page).
   */
  public static DemoMail start(int inboxPort) {
    int smtpPort = Ports.free();
    GreenMail greenMail =
        new GreenMail(new ServerSetup(smtpPort, InetAddress.getLoopbackAddress().getHostAddress(), "smtp"));
    greenMail.start();
    HttpServer inbox = null;
    if (inboxPort >= 0) {
      try {
        inbox = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), inboxPort), 0);
      } catch (IOException e) {
        greenMail.stop();
        throw new StartFailedException("demo inbox: cannot listen on port " + inboxPort, e);
      }
      DemoMail created = new DemoMail(greenMail, inbox, smtpPort);
      inbox.createContext("/", created::serve);
      inbox.setExecutor(Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "demo-inbox");
        t.setDaemon(true);
        return t;
      }));
      inbox.start();
      return created;
    }
    return new DemoMail(greenMail, null, smtpPort);
  }

  /** The SMTP server's port on the loopback address. */
  public int smtpPort() {
    return smtpPort;
  }

  /** {@code http://localhost:<port>/}, or {@code null} without an inbox page. */
  public String inboxUrl() {
    return inbox == null ? null : "http://localhost:" + inbox.getAddress().getPort() + "/";
  }

  /** Every mail received so far, oldest first. */
  public List<ReceivedMail> messages() {
    List<ReceivedMail> mails = new ArrayList<>();
    for (MimeMessage message : greenMail.getReceivedMessages()) {
      mails.add(read(message));
    }
    return mails;
  }

  /** The mails to {@code address} (case-insensitive), oldest first. */
  public List<ReceivedMail> messagesTo(String address) {
    return messages().stream().filter(m -> m.to().toLowerCase().contains(address.toLowerCase())).toList();
  }

  @Override
  public void close() {
    stop();
  }

  /** Stops the inbox page and the SMTP server. Idempotent. */
  public void stop() {
    if (inbox != null) {
      inbox.stop(0);
    }
    greenMail.stop();
  }

  /** The inbox page's own words, Dutch (the default) and English ({@code ?lang=en}); the mails keep their own. */
  enum Words {
    NL(
        "nl", "Demo-inbox", "Niet gevonden", "Naar de demo-inbox",
        "De e-mails die het register in deze demonstratie verstuurde, per ontvanger, nieuwste eerst."
            + " Niets hiervan verlaat deze computer.",
        "Vernieuwen",
        "Er zijn nog geen e-mails. Geef een demo-persoon een machtiging in Mijn machtigingen (Jan, Bea, Piet, Carla,"
            + " Ilse en Lotte hebben een e-mailadres).",
        "Aan", "Datum", "In English", "en"),
    EN(
        "en", "Demo inbox", "Not found", "To the demo inbox",
        "The e-mails the register sent in this demonstration, per recipient, newest first."
            + " None of them leaves this computer.",
        "Refresh",
        "No e-mails yet. Give a demo person a mandate in My mandates (Jan, Bea, Piet, Carla, Ilse and Lotte have an"
            + " e-mail address).",
        "To", "Date", "In het Nederlands", "nl");

    final String lang;
    final String title;
    final String notFound;
    final String back;
    final String intro;
    final String refresh;
    final String none;
    final String to;
    final String date;
    final String other;
    final String otherLang;

    Words(String lang, String title, String notFound, String back, String intro, String refresh, String none,
        String to, String date, String other, String otherLang) {
      this.lang = lang;
      this.title = title;
      this.notFound = notFound;
      this.back = back;
      this.intro = intro;
      this.refresh = refresh;
      this.none = none;
      this.to = to;
      this.date = date;
      this.other = other;
      this.otherLang = otherLang;
    }

    /** English for {@code lang=en} in the query, else Dutch. */
    static Words of(String query) {
      return query != null && Arrays.asList(query.split("&")).contains("lang=en") ? EN : NL;
    }

    /** The inbox's own address in this language. */
    String home() {
      return this == EN ? "/?lang=en" : "/";
    }
  }

  private void serve(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!"GET".equals(exchange.getRequestMethod()) && !"HEAD".equals(exchange.getRequestMethod())) {
        exchange.sendResponseHeaders(405, -1);
        return;
      }
      Words words = Words.of(exchange.getRequestURI().getRawQuery());
      if (!"/".equals(exchange.getRequestURI().getPath())) {
        send(exchange, 404, words, page(words, words.notFound,
            "<h1>" + words.notFound + "</h1><p><a href=\"" + words.home() + "\">" + words.back + "</a></p>"));
        return;
      }
      send(exchange, 200, words, page(words, words.title, inboxHtml(messages(), words)));
    }
  }

  static String inboxHtml(List<ReceivedMail> mails, Words words) {
    StringBuilder html = new StringBuilder();
    html.append("<h1>").append(words.title).append("</h1>\n");
    html.append("<p>").append(words.intro).append(" <a href=\"").append(words.home()).append("\">")
        .append(words.refresh).append("</a></p>\n");
    if (mails.isEmpty()) {
      html.append("<p id=\"no-mail\">").append(words.none).append("</p>\n");
      return html.toString();
    }
    Map<String, List<ReceivedMail>> byRecipient = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (ReceivedMail mail : mails) {
      byRecipient.computeIfAbsent(mail.to(), k -> new ArrayList<>()).add(mail);
    }
    int n = 0;
    for (Map.Entry<String, List<ReceivedMail>> entry : byRecipient.entrySet()) {
      n++;
      List<ReceivedMail> newestFirst = new ArrayList<>(entry.getValue());
      newestFirst.sort(Comparator.comparing(ReceivedMail::sent, Comparator.nullsLast(Comparator.naturalOrder())).reversed());
      html.append("<section aria-labelledby=\"r").append(n).append("\">\n");
      html.append("<h2 id=\"r").append(n).append("\">").append(escape(entry.getKey()))
          .append(" <span class=\"count\">(").append(newestFirst.size())
          .append(newestFirst.size() == 1 ? " e-mail" : " e-mails").append(")</span></h2>\n");
      for (ReceivedMail mail : newestFirst) {
        html.append("<article class=\"mail\">\n<h3>").append(escape(mail.subject())).append("</h3>\n");
        html.append("<dl><dt>").append(words.to).append("</dt><dd>").append(escape(mail.to())).append("</dd>");
        html.append("<dt>").append(words.date).append("</dt><dd>")
            .append(mail.sent() == null ? "-" : WHEN.format(mail.sent().toInstant()))
            .append("</dd></dl>\n");
        html.append("<pre>").append(escape(mail.text())).append("</pre>\n</article>\n");
      }
      html.append("</section>\n");
    }
    return html.toString();
  }

  private static String page(Words words, String title, String body) {
    return "<!DOCTYPE html>\n<html lang=\"" + words.lang + "\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<title>" + escape(title) + " — Namens (demo)</title>\n"
        + "<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:0 auto;padding:1rem;line-height:1.5;"
        + "color:#1a1a1a}h1{color:#154273}.mail{border:1px solid #767676;border-radius:4px;padding:0 1rem;"
        + "margin:1rem 0}dl{display:grid;grid-template-columns:auto 1fr;gap:0 1rem}dt{font-weight:bold}"
        + "dd{margin:0}pre{white-space:pre-wrap;overflow-wrap:anywhere;font-family:inherit}"
        + "a:focus{outline:3px solid #ffb612;outline-offset:2px}.count{font-weight:normal;font-size:1rem}"
        + "</style>\n</head>\n<body>\n<header><p><a id=\"language\" lang=\"" + words.otherLang + "\" href=\""
        + (words == Words.EN ? Words.NL : Words.EN).home() + "\">" + words.other + "</a></p></header>\n<main>\n"
        + body
        + "</main>\n</body>\n</html>\n";
  }

  private static void send(HttpExchange exchange, int status, Words words, String html) throws IOException {
    byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
    exchange.getResponseHeaders().set("Content-Language", words.lang);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    exchange.getResponseHeaders().set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
    if ("HEAD".equals(exchange.getRequestMethod())) {
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream body = exchange.getResponseBody()) {
      body.write(bytes);
    }
  }

  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static ReceivedMail read(MimeMessage message) {
    try {
      Address[] to = message.getRecipients(Message.RecipientType.TO);
      String recipients =
          to == null ? "" : String.join(", ", Arrays.stream(to).map(Address::toString).toList());
      String[] job = message.getHeader("X-Namens-Mail-Job");
      return new ReceivedMail(
          recipients,
          message.getSubject(),
          message.getSentDate(),
          text(message.getContent()),
          job == null || job.length == 0 ? null : job[0]);
    } catch (MessagingException | IOException e) {
      return new ReceivedMail("?", "(onleesbare e-mail)", null, "", null);
    }
  }

  private static String text(Object content) throws MessagingException, IOException {
    if (content instanceof Multipart multipart) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < multipart.getCount(); i++) {
        text.append(text(multipart.getBodyPart(i).getContent())).append('\n');
      }
      return text.toString();
    }
    return String.valueOf(content);
  }
}
