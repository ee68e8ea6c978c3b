package nl.namens.register.statement;

import com.fasterxml.jackson.annotation.JsonInclude;

/** {@code {"authorized": true, "representation": ...}} or {@code {"authorized": false}}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuthorizationAnswer(boolean authorized, Representation representation) {

  static AuthorizationAnswer denied() {
    return new AuthorizationAnswer(false, null);
  }

  static AuthorizationAnswer granted(Representation representation) {
    return new AuthorizationAnswer(true, representation);
  }
}
