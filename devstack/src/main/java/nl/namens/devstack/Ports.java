package nl.namens.devstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/** Port checks, so a process already listening is never mistaken for the one we start. */
final class Ports {
  private Ports() {}

  /** True when something accepts connections on localhost:port. */
  static boolean inUse(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** Fails with a clear message when the port is taken. */
  static void requireFree(int port, String what) {
    if (inUse(port)) {
      throw new StartFailedException(
          "port "
              + port
              + " ("
              + what
              + ") is already in use: is an earlier run still going?"
              + " Stop it, or find it with: ss -ltnp 'sport = :"
              + port
              + "'");
    }
  }

  /** A free port chosen by the operating system. */
  static int free() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new StartFailedException("could not find a free port", e);
    }
  }
}
