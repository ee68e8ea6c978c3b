package nl.namens.keycloak.register;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import org.apache.http.conn.ConnectTimeoutException;
import org.apache.http.conn.HttpHostConnectException;

/** Internal signal that the register (or the token endpoint) gave no usable answer. */
final class RegisterUnavailableException extends Exception {

  private static final long serialVersionUID = 1L;

  private final Unavailability unavailability;

  RegisterUnavailableException(Unavailability.Reason reason, String detail) {
    super(reason + ": " + detail, null, false, false);
    this.unavailability = new Unavailability(reason, detail);
  }

  Unavailability unavailability() {
    return unavailability;
  }

  /** Classifies a transport failure: timeouts apart from refused/unreachable connections. */
  static RegisterUnavailableException from(IOException e, String what) {
    String detail = what + ": " + e.getClass().getSimpleName();
    if (e instanceof SocketTimeoutException
        || e instanceof ConnectTimeoutException
        || e instanceof InterruptedIOException) {
      return new RegisterUnavailableException(Unavailability.Reason.TIMEOUT, detail);
    }
    if (e instanceof ConnectException
        || e instanceof HttpHostConnectException
        || e instanceof NoRouteToHostException
        || e instanceof UnknownHostException) {
      return new RegisterUnavailableException(Unavailability.Reason.CONNECTION, detail);
    }
    return new RegisterUnavailableException(Unavailability.Reason.CONNECTION, detail);
  }

  /** Classifies a non-2xx status. */
  static RegisterUnavailableException fromStatus(int status, String what) {
    String detail = what + ": HTTP " + status;
    if (status >= 500) {
      return new RegisterUnavailableException(Unavailability.Reason.SERVER_ERROR, detail);
    }
    if (status == 401 || status == 403) {
      return new RegisterUnavailableException(Unavailability.Reason.UNAUTHORIZED, detail);
    }
    if (status >= 400) {
      return new RegisterUnavailableException(Unavailability.Reason.REJECTED, detail);
    }
    return new RegisterUnavailableException(Unavailability.Reason.BAD_RESPONSE, detail);
  }
}
