package nl.namens.keycloak.register;

/** Status and body of an HTTP answer. */
record HttpReply(int status, String body) {

  boolean isSuccess() {
    return status >= 200 && status < 300;
  }
}
