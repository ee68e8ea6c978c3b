package nl.namens.demosp;

import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.Nonce;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * One browser's state, kept in memory: language, CSRF token, logins in progress, logins per
 * service.
 */
final class Session {
  /** A login that was sent to the broker and has not come back yet (keyed by its state). */
  record PendingLogin(String clientId, Nonce nonce, CodeVerifier codeVerifier, Instant started) {}

  /** The tokens of a finished login at one service. */
  static final class Login {
    String idToken;
    String refreshToken;
    Map<String, Object> idTokenClaims;

    /** Message about the last refresh (already localised), shown once. */
    String flash;

    boolean flashIsError;

    /** True once the broker refused to renew the tokens: the claims are gone, the person logs in again. */
    boolean ended;

    /** The broker refused the tokens: forget what they said and keep only {@code explanation} to show. */
    void end(String explanation) {
      ended = true;
      idTokenClaims = null;
      refreshToken = null;
      flash = explanation;
      flashIsError = true;
    }
  }

  private final String id;
  private final String csrfToken;
  private volatile Instant lastUsed = Instant.now();
  private String language;
  private final Map<String, PendingLogin> pending = new HashMap<>();
  private final Map<String, Login> logins = new HashMap<>();
  private final Map<String, String> logoutStates = new HashMap<>();

  Session(String id, String csrfToken) {
    this.id = id;
    this.csrfToken = csrfToken;
  }

  String id() {
    return id;
  }

  String csrfToken() {
    return csrfToken;
  }

  void touch() {
    lastUsed = Instant.now();
  }

  Instant lastUsed() {
    return lastUsed;
  }

  synchronized String language() {
    return language;
  }

  synchronized void language(String language) {
    this.language = language;
  }

  synchronized void addPending(String state, PendingLogin login) {
    pending.put(state, login);
  }

  /** Removes and returns the pending login of this state, or null. */
  synchronized PendingLogin takePending(String state) {
    return state == null ? null : pending.remove(state);
  }

  synchronized Login login(String clientId) {
    return logins.get(clientId);
  }

  synchronized void login(String clientId, Login login) {
    logins.put(clientId, login);
  }

  synchronized void logout(String clientId) {
    logins.remove(clientId);
  }

  synchronized void addLogoutState(String state, String clientId) {
    logoutStates.put(state, clientId);
  }

  synchronized String takeLogoutState(String state) {
    return state == null ? null : logoutStates.remove(state);
  }
}
