package nl.namens.devstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

/** Port checks, so a process already listening is never mistaken for the one we start. */
public final class Ports {
  private Ports() {}

  /** True when something accepts connections on localhost:port. */
  public static boolean inUse(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** Fails with a clear message when the port is taken. */
  public static void requireFree(int port, String what) {
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
  public static int free() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new StartFailedException("could not find a free port", e);
    }
  }

  /**
   * {@code count} ports in 7800-7899 for a Keycloak cluster's JGroups transport (jdbc-ping) on loopback, each free
   * for binding together with its failure-detection port (port + 50000).
   */
  public static int[] clusterTransport(int count) {
    List<Integer> found = new ArrayList<>();
    for (int port = 7800; port < 7900 && found.size() < count; port++) {
      if (bindable(port) && bindable(port + 50000)) {
        found.add(port);
      }
    }
    if (found.size() < count) {
      throw new StartFailedException("no " + count + " free cluster transport ports in 7800-7899");
    }
    return found.stream().mapToInt(Integer::intValue).toArray();
  }

  private static boolean bindable(int port) {
    try (ServerSocket socket = new ServerSocket(port)) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
