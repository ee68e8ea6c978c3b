package nl.namens.keycloak.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import nl.namens.identifiers.SubjectType;
import org.junit.jupiter.api.Test;

class RegisterConfigTest {

  @Test
  void defaultsFollowTheContract() {
    RegisterConfig config = RegisterConfig.from(null);

    assertEquals("http://localhost:8281", config.baseUrl());
    assertEquals("namens-bvd-client", config.clientId());
    assertEquals(Duration.ofMillis(2000), config.timeout());
    assertNull(config.tokenUrl(), "no token endpoint unless configured: never one from a request");
  }

  @Test
  void theTokenUrlIsTakenAsConfiguredAndMustBeAbsolute() {
    RegisterConfig config =
        new RegisterConfig(
            "http://register:8280",
            " https://broker.example/realms/namens/protocol/openid-connect/token ",
            "c",
            Duration.ofSeconds(1));

    assertEquals(
        "https://broker.example/realms/namens/protocol/openid-connect/token", config.tokenUrl());
    assertThrows(
        IllegalArgumentException.class,
        () -> new RegisterConfig("http://register:8280", "/realms/namens/token", "c", null));
  }

  @Test
  void trailingSlashesAreDropped() {
    RegisterConfig config =
        new RegisterConfig("http://register:8280//", "c", Duration.ofSeconds(1));

    assertEquals("http://register:8280/bvd/v1/representations", config.representationsUrl());
    assertEquals("http://register:8280/bvd/v1/authorizations", config.authorizationsUrl());
  }

  @Test
  void relativeUrlIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new RegisterConfig("register", "c", Duration.ofSeconds(1)));
  }

  @Test
  void partyRefsRoundTripAndLogRefsHideTheBsn() {
    Party party = new Party(SubjectType.BSN, "999990019");

    assertEquals(party, Party.parseRef(party.ref()).orElseThrow());
    assertEquals("BSN:999990019", party.ref());
    assertEquals(false, party.toString().contains("999990019"));
    assertEquals(true, Party.parseRef("XYZ:1").isEmpty());
    assertEquals(true, Party.parseRef("BSN:").isEmpty());
    assertEquals(true, Party.parseRef("").isEmpty());
  }
}
