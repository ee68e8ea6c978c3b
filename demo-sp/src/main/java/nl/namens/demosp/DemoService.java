package nl.namens.demosp;

import java.util.List;
import java.util.Optional;

/** One demo service = one confidential OIDC client of the broker realm. */
record DemoService(String clientId, String serviceUuid, String nameKey, String category) {
  static final List<DemoService> ALL =
      List.of(
          new DemoService(
              "demo-belastingaangifte",
              "5b1e2c64-0f55-4b8e-9d0a-3a1f2b3c4d01",
              "service.belastingaangifte",
              "financial"),
          new DemoService(
              "demo-zorgdossier",
              "5b1e2c64-0f55-4b8e-9d0a-3a1f2b3c4d02",
              "service.zorgdossier",
              "care"),
          new DemoService(
              "demo-afvalpas",
              "5b1e2c64-0f55-4b8e-9d0a-3a1f2b3c4d03",
              "service.afvalpas",
              "general"),
          new DemoService(
              "demo-nalatenschap",
              "5b1e2c64-0f55-4b8e-9d0a-3a1f2b3c4d04",
              "service.nalatenschap",
              "financial"));

  static Optional<DemoService> byClientId(String clientId) {
    return ALL.stream().filter(s -> s.clientId.equals(clientId)).findFirst();
  }

  /** The scope that tells the broker which service this login is for. */
  String serviceScope() {
    return "urn:uuid:" + serviceUuid;
  }
}
