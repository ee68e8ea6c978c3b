package nl.namens.demosp;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sessions in memory, found by a random cookie value ({@value #COOKIE}; HttpOnly, SameSite=Lax).
 * Sessions unused for {@link #IDLE} are forgotten.
 */
final class SessionStore {
  static final String COOKIE = "namens_demo_session";
  static final Duration IDLE = Duration.ofHours(2);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Map<String, Session> sessions = new ConcurrentHashMap<>();

  static String randomToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** The session of this cookie header, or null. */
  Session find(String cookieHeader) {
    String id = cookieValue(cookieHeader, COOKIE);
    if (id == null) {
      return null;
    }
    Session session = sessions.get(id);
    if (session != null) {
      if (session.lastUsed().isBefore(Instant.now().minus(IDLE))) {
        sessions.remove(id);
        return null;
      }
      session.touch();
    }
    return session;
  }

  Session create() {
    sessions.values().removeIf(s -> s.lastUsed().isBefore(Instant.now().minus(IDLE)));
    Session session = new Session(randomToken(), randomToken());
    sessions.put(session.id(), session);
    return session;
  }

  static String setCookieHeader(Session session) {
    return COOKIE + "=" + session.id() + "; Path=/; HttpOnly; SameSite=Lax";
  }

  /** The value of one cookie in a Cookie request header, or null. */
  static String cookieValue(String cookieHeader, String name) {
    if (cookieHeader == null) {
      return null;
    }
    for (String part : cookieHeader.split(";")) {
      String trimmed = part.trim();
      int equals = trimmed.indexOf('=');
      if (equals > 0 && trimmed.substring(0, equals).equals(name)) {
        return trimmed.substring(equals + 1);
      }
    }
    return null;
  }
}
